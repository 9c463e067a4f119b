package dev.relata.examples.json.model;

import dev.relata.Entity;

/** What a {@link Volume} stands on; {@link #UNSORTED} is the shelf of a volume given none. */
@Entity(name = "jsonShelves")
public class Shelf {
  /**
   * One object that every volume without a shelf returns: entity code that makes objects read from
   * JSON share a target. Tests reset its key before use.
   */
  public static final Shelf UNSORTED = new Shelf();

  public Long id;
  public String name = "unsorted";
}
