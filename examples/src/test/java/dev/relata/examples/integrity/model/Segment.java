package dev.relata.examples.integrity.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A segment of a chain of its own kind, for saves, deletes and loads of any depth: public fields, a
 * {@code Long} key; the next segments go with their previous one.
 */
@Entity(name = "intSegments")
public class Segment {
  public Long id;
  public String name;
  public Long previousId;

  @BelongsTo(foreignKey = "previousId")
  public Segment previous;

  @HasMany(foreignKey = "previousId", onDelete = OnDelete.CASCADE)
  public List<Segment> next;

  /** The first next segment: a {@code @HasOne} over the same key as {@link #next}. */
  @HasOne(foreignKey = "previousId")
  public Segment following;

  public Segment() {}

  public Segment(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Segment#" + id + " " + name + " previous=" + previousId;
  }
}
