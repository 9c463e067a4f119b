package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/**
 * A draft of the fault-injection schema: a writer's drafts stay when the writer goes (onDelete
 * NOTHING), and a story's draft keeps the story from being deleted (RESTRICT). Private fields whose
 * accessors and constructor report to {@link Faults}.
 */
@Entity(name = "intDrafts")
public class Draft {
  private Long id;
  private String text;
  private Long writerId;
  private Long storyId;

  public Draft() {
    Faults.construct("Draft()");
  }

  /** For tests: reports nothing. */
  public Draft(String text) {
    this.text = text;
  }

  public Long getId() {
    Faults.get("Draft.getId");
    return id;
  }

  public void setId(Long id) {
    Faults.set("Draft.setId");
    this.id = id;
  }

  public String getText() {
    Faults.get("Draft.getText");
    return text;
  }

  public void setText(String text) {
    Faults.set("Draft.setText");
    this.text = text;
  }

  public Long getWriterId() {
    Faults.get("Draft.getWriterId");
    return writerId;
  }

  public void setWriterId(Long writerId) {
    Faults.set("Draft.setWriterId");
    this.writerId = writerId;
  }

  public Long getStoryId() {
    Faults.get("Draft.getStoryId");
    return storyId;
  }

  public void setStoryId(Long storyId) {
    Faults.set("Draft.setStoryId");
    this.storyId = storyId;
  }

  @Override
  public String toString() {
    return "Draft{id="
        + id
        + ", text="
        + text
        + ", writerId="
        + writerId
        + ", storyId="
        + storyId
        + "}";
  }
}
