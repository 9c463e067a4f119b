package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A tag: a record with a {@code Long} key. */
@Entity(name = "intTags")
public record Tag(Long id, String name) {

  public static Tag of(String name) {
    return new Tag(null, name);
  }
}
