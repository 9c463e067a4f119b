package dev.relata.jdbc.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/**
 * A record entity with primitive and nullable columns, read through its canonical constructor; the
 * constructor refuses a negative {@code amount}, so that a row holding one cannot be read.
 */
@Entity
public record Reading(
    long id,
    Long sampleId,
    int amount,
    double level,
    float gain,
    short step,
    byte bits,
    boolean valid,
    Integer maybe,
    String label,
    @BelongsTo Sample sample) {
  public Reading {
    if (amount < 0) {
      throw new IllegalArgumentException("a reading is never negative: " + amount);
    }
  }
}
