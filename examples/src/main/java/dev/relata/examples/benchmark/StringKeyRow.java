package dev.relata.examples.benchmark;

import dev.relata.Entity;

/** A row of {@link AdversarialKeysBenchmark}: a key of type {@code String} and a number. */
@Entity(name = "floodStringRows")
public class StringKeyRow {
  private String id;
  private long value;

  /** An empty row, for Relata. */
  public StringKeyRow() {}

  /** A row with its fields. */
  public StringKeyRow(String id, long value) {
    this.id = id;
    this.value = value;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getValue() {
    return value;
  }

  public void setValue(long value) {
    this.value = value;
  }
}
