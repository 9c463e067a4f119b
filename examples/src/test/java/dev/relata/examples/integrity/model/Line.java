package dev.relata.examples.integrity.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/** An order line: a record that belongs to a product. */
@Entity(name = "intLines")
public record Line(Long id, String text, Long productId, @BelongsTo Product product) {

  public static Line of(String text) {
    return new Line(null, text, null, null);
  }
}
