package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/**
 * A remark on a story: a record of the fault-injection schema whose accessors and constructor
 * report to {@link Faults}.
 */
@Entity(name = "intRemarks")
public record Remark(Long id, String text, Long storyId) {
  public Remark {
    Faults.construct("Remark(..)");
  }

  public static Remark of(String text) {
    return new Remark(null, text, null);
  }

  @Override
  public Long id() {
    Faults.get("Remark.id");
    return id;
  }

  @Override
  public String text() {
    Faults.get("Remark.text");
    return text;
  }

  @Override
  public Long storyId() {
    Faults.get("Remark.storyId");
    return storyId;
  }

  @Override
  public String toString() {
    return "Remark{id=" + id + ", text=" + text + ", storyId=" + storyId + "}";
  }
}
