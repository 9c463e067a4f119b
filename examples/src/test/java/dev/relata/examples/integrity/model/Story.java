package dev.relata.examples.integrity.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A story of the fault-injection schema: private fields whose accessors and constructor report to
 * {@link Faults}; its remarks go with it, and a draft keeps it from being deleted.
 */
@Entity(name = "intStories")
public class Story {
  private Long id;
  private String title;
  private Long writerId;

  @BelongsTo private Writer writer;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Remark> remarks;

  @HasOne(onDelete = OnDelete.RESTRICT)
  private Draft draft;

  public Story() {
    Faults.construct("Story()");
  }

  /** For tests: reports nothing. */
  public Story(String title, Remark... remarks) {
    this.title = title;
    this.remarks = remarks.length == 0 ? null : List.of(remarks);
  }

  public Long getId() {
    Faults.get("Story.getId");
    return id;
  }

  public void setId(Long id) {
    Faults.set("Story.setId");
    this.id = id;
  }

  public String getTitle() {
    Faults.get("Story.getTitle");
    return title;
  }

  public void setTitle(String title) {
    Faults.set("Story.setTitle");
    this.title = title;
  }

  public Long getWriterId() {
    Faults.get("Story.getWriterId");
    return writerId;
  }

  public void setWriterId(Long writerId) {
    Faults.set("Story.setWriterId");
    this.writerId = writerId;
  }

  public Writer getWriter() {
    Faults.get("Story.getWriter");
    return writer;
  }

  public void setWriter(Writer writer) {
    Faults.set("Story.setWriter");
    this.writer = writer;
  }

  public List<Remark> getRemarks() {
    Faults.get("Story.getRemarks");
    return remarks;
  }

  public void setRemarks(List<Remark> remarks) {
    Faults.set("Story.setRemarks");
    this.remarks = remarks;
  }

  public Draft getDraft() {
    Faults.get("Story.getDraft");
    return draft;
  }

  public void setDraft(Draft draft) {
    Faults.set("Story.setDraft");
    this.draft = draft;
  }

  /** Every field, read directly; the writer by its own fields only, so that cycles end. */
  @Override
  public String toString() {
    return "Story{id="
        + id
        + ", title="
        + title
        + ", writerId="
        + writerId
        + ", writer="
        + Describe.shallow(writer)
        + ", remarks="
        + Describe.of(remarks)
        + ", draft="
        + draft
        + "}";
  }
}
