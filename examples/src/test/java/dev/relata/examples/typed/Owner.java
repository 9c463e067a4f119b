package dev.relata.examples.typed;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Index;
import dev.relata.OnDelete;
import java.util.List;

/** The owner of {@link Item}s, which go when it goes. */
@Entity(name = "typedOwners")
public class Owner {
  public Long id;

  @Index(sorted = true)
  public Integer level;

  @HasMany(onDelete = OnDelete.CASCADE)
  public List<Item> items;

  public Owner() {}

  public Owner(Long id, Integer level) {
    this.id = id;
    this.level = level;
  }

  @Override
  public String toString() {
    return "Owner#" + id + "(" + level + ")";
  }
}
