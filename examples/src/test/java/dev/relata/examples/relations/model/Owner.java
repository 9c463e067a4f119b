package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyBy;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * The owner of the property-test schema: pets go with it, its toys stay with their key cleared, the
 * toys it lists as favorites restrict its deletion, and its collar stays as it is.
 */
@Entity(name = "relOwners")
public class Owner {
  public Long id;
  public String name;
  public List<Long> toyIds;

  @HasMany(onDelete = OnDelete.CASCADE)
  public List<Pet> pets;

  @HasMany(onDelete = OnDelete.SET_NULL)
  public List<Toy> toys;

  @HasManyBy(foreignKey = "toyIds", onDelete = OnDelete.RESTRICT)
  public List<Toy> favorites;

  @HasOne(onDelete = OnDelete.NOTHING)
  public Collar collar;

  public Owner() {}

  @Override
  public String toString() {
    return "Owner#" + id + " " + name + " " + toyIds;
  }
}
