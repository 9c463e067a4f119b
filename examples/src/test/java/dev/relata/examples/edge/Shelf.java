package dev.relata.examples.edge;

import dev.relata.Entity;

/** A shelf, referred to by its {@code code} rather than its key. */
@Entity
public class Shelf {
  Long id;
  String code;

  Shelf() {}

  Shelf(String code) {
    this.code = code;
  }
}
