package dev.relata.examples.json.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/**
 * A volume on a {@link Shelf}, whose getter returns the one {@link Shelf#UNSORTED} where it has
 * none: two volumes read from JSON then share a shelf object, which a save must store once.
 */
@Entity(name = "jsonVolumes")
public class Volume {
  public Long id;
  public String title;
  public Long shelfId;

  @BelongsTo private Shelf shelf;

  public Shelf getShelf() {
    return shelf == null ? Shelf.UNSORTED : shelf;
  }

  public void setShelf(Shelf shelf) {
    this.shelf = shelf;
  }
}
