package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyBy;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A writer of the fault-injection schema: private fields whose accessors and constructor report to
 * {@link Faults}; its stories go with it, its desk stays with its key cleared, it lists labels, and
 * its drafts stay as they are when it goes.
 */
@Entity(name = "intWriters")
public class Writer {
  private Long id;
  private String name;
  private List<Long> labelIds;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Story> stories;

  @HasOne(onDelete = OnDelete.SET_NULL)
  private Desk desk;

  @HasManyBy private List<Label> labels;

  @HasMany(onDelete = OnDelete.NOTHING)
  private List<Draft> drafts;

  public Writer() {
    Faults.construct("Writer()");
  }

  /** For tests: reports nothing. */
  public Writer(String name) {
    this.name = name;
  }

  public Long getId() {
    Faults.get("Writer.getId");
    return id;
  }

  public void setId(Long id) {
    Faults.set("Writer.setId");
    this.id = id;
  }

  public String getName() {
    Faults.get("Writer.getName");
    return name;
  }

  public void setName(String name) {
    Faults.set("Writer.setName");
    this.name = name;
  }

  public List<Long> getLabelIds() {
    Faults.get("Writer.getLabelIds");
    return labelIds;
  }

  public void setLabelIds(List<Long> labelIds) {
    Faults.set("Writer.setLabelIds");
    this.labelIds = labelIds;
  }

  public List<Story> getStories() {
    Faults.get("Writer.getStories");
    return stories;
  }

  public void setStories(List<Story> stories) {
    Faults.set("Writer.setStories");
    this.stories = stories;
  }

  public Desk getDesk() {
    Faults.get("Writer.getDesk");
    return desk;
  }

  public void setDesk(Desk desk) {
    Faults.set("Writer.setDesk");
    this.desk = desk;
  }

  public List<Label> getLabels() {
    Faults.get("Writer.getLabels");
    return labels;
  }

  public void setLabels(List<Label> labels) {
    Faults.set("Writer.setLabels");
    this.labels = labels;
  }

  public List<Draft> getDrafts() {
    Faults.get("Writer.getDrafts");
    return drafts;
  }

  public void setDrafts(List<Draft> drafts) {
    Faults.set("Writer.setDrafts");
    this.drafts = drafts;
  }

  /** Every field, read directly (no entity code runs), with what the relation fields hold. */
  @Override
  public String toString() {
    return "Writer{id="
        + id
        + ", name="
        + name
        + ", labelIds="
        + labelIds
        + ", stories="
        + Describe.of(stories)
        + ", desk="
        + desk
        + ", labels="
        + Describe.of(labels)
        + ", drafts="
        + Describe.of(drafts)
        + "}";
  }
}
