package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/**
 * A writer's desk: a record of the fault-injection schema whose accessors and constructor report to
 * {@link Faults}.
 */
@Entity(name = "intDesks")
public record Desk(Long id, String spot, Long writerId) {
  public Desk {
    Faults.construct("Desk(..)");
  }

  public static Desk of(String spot) {
    return new Desk(null, spot, null);
  }

  @Override
  public Long id() {
    Faults.get("Desk.id");
    return id;
  }

  @Override
  public String spot() {
    Faults.get("Desk.spot");
    return spot;
  }

  @Override
  public Long writerId() {
    Faults.get("Desk.writerId");
    return writerId;
  }

  @Override
  public String toString() {
    return "Desk{id=" + id + ", spot=" + spot + ", writerId=" + writerId + "}";
  }
}
