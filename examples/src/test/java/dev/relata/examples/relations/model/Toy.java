package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A toy of the property-test schema: it may belong to an owner and be chewed by a pet. */
@Entity(name = "relToys")
public class Toy {
  public Long id;
  public String name;
  public Long ownerId;
  public Long petId;

  public Toy() {}

  @Override
  public String toString() {
    return "Toy#" + id + " " + name + " owner=" + ownerId + " pet=" + petId;
  }
}
