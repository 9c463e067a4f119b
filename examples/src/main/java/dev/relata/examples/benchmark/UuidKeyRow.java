package dev.relata.examples.benchmark;

import dev.relata.Entity;
import java.util.UUID;

/** A row of {@link AdversarialKeysBenchmark}: a key of type {@code UUID} and a number. */
@Entity(name = "floodUuidRows")
public class UuidKeyRow {
  private UUID id;
  private long value;

  /** An empty row, for Relata. */
  public UuidKeyRow() {}

  /** A row with its fields. */
  public UuidKeyRow(UUID id, long value) {
    this.id = id;
    this.value = value;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public long getValue() {
    return value;
  }

  public void setValue(long value) {
    this.value = value;
  }
}
