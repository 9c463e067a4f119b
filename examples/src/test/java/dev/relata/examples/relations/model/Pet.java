package dev.relata.examples.relations.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

/** A pet of the property-test schema: its chew toys go with it; it belongs to its owner. */
@Entity(name = "relPets")
public class Pet {
  public Long id;
  public String name;
  public Long ownerId;

  @HasMany(onDelete = OnDelete.CASCADE)
  public List<Toy> toys;

  @BelongsTo public Owner owner;

  public Pet() {}

  @Override
  public String toString() {
    return "Pet#" + id + " " + name + " owner=" + ownerId;
  }
}
