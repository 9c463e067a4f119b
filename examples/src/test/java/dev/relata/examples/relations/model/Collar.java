package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** An owner's collar: it stays, key and all, when the owner goes (onDelete NOTHING). */
@Entity(name = "relCollars")
public class Collar {
  public Long id;
  public String name;
  public Long ownerId;

  public Collar() {}

  @Override
  public String toString() {
    return "Collar#" + id + " " + name + " owner=" + ownerId;
  }
}
