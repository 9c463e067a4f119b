package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A thing that boxes list: public fields, a {@code Long} key. */
@Entity(name = "intThings")
public class Thing {
  public Long id;
  public String name;

  public Thing() {}

  public Thing(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Thing#" + id + " " + name;
  }
}
