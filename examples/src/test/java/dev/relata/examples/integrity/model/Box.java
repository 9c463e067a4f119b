package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import java.util.ArrayList;
import java.util.List;

/** A box listing things by key: public fields, a {@code Long} key. */
@Entity(name = "intBoxes")
public class Box {
  public Long id;
  public String name;
  public List<Long> thingIds = new ArrayList<>();

  @HasManyBy public List<Thing> things;

  public Box() {}

  public Box(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Box#" + id + " " + name + " " + thingIds;
  }
}
