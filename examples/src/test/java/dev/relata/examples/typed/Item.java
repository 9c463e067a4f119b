package dev.relata.examples.typed;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Index;
import java.math.BigDecimal;

/**
 * A row with a field of each kind of index and, beside each, a field of the same values without
 * one: the planner's answers must not depend on which of them a condition names.
 */
@Entity(name = "typedItems")
public class Item {
  public Long id;

  /** A relation key (of {@link Owner#items}): indexed by the relation. */
  public Long ownerId;

  @Index public String tag;

  /** The values of {@link #tag}, without an index. */
  public String label;

  @Index(sorted = true)
  public Integer rank;

  /** The values of {@link #rank}, without an index. */
  public Integer score;

  @Index(sorted = true)
  public String name;

  @Index(unique = true)
  public String code;

  /** Sorted by {@code compareTo}, which finds 1.0 and 1.00 equal where {@code equals} does not. */
  @Index(sorted = true)
  public BigDecimal price;

  @BelongsTo public Owner owner;

  public Item() {}

  public Item(Long id, Long ownerId, String tag, Integer rank, String name, String code) {
    this.id = id;
    this.ownerId = ownerId;
    this.tag = tag;
    this.label = tag;
    this.rank = rank;
    this.score = rank;
    this.name = name;
    this.code = code;
  }

  @Override
  public String toString() {
    return "Item#" + id + "(" + ownerId + ", " + tag + ", " + rank + ", " + name + ", " + code
        + ")";
  }
}
