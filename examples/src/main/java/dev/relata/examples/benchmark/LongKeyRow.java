package dev.relata.examples.benchmark;

import dev.relata.Entity;

/** A row of {@link AdversarialKeysBenchmark}: a key of type {@code Long} and a number. */
@Entity(name = "floodLongRows")
public class LongKeyRow {
  private Long id;
  private long value;

  /** An empty row, for Relata. */
  public LongKeyRow() {}

  /** A row with its fields. */
  public LongKeyRow(Long id, long value) {
    this.id = id;
    this.value = value;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getValue() {
    return value;
  }

  public void setValue(long value) {
    this.value = value;
  }
}
