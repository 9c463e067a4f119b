package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/**
 * A label that writers list: private fields whose accessors and constructor report to {@link
 * Faults}.
 */
@Entity(name = "intLabels")
public class Label {
  private Long id;
  private String text;

  public Label() {
    Faults.construct("Label()");
  }

  /** For tests: reports nothing. */
  public Label(String text) {
    this.text = text;
  }

  public Long getId() {
    Faults.get("Label.getId");
    return id;
  }

  public void setId(Long id) {
    Faults.set("Label.setId");
    this.id = id;
  }

  public String getText() {
    Faults.get("Label.getText");
    return text;
  }

  public void setText(String text) {
    Faults.set("Label.setText");
    this.text = text;
  }

  @Override
  public String toString() {
    return "Label{id=" + id + ", text=" + text + "}";
  }
}
