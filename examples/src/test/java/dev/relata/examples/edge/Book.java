package dev.relata.examples.edge;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/** A book on a {@link Shelf}, linked by the shelf's code (a custom ownerKey). */
@Entity
public class Book {
  Long id;
  String title;
  String shelfCode;

  @BelongsTo(foreignKey = "shelfCode", ownerKey = "code")
  Shelf shelf;

  Book() {}

  Book(String title) {
    this.title = title;
  }
}
