package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A member's laptop: non-private fields, a {@code Long} key. */
@Entity(name = "relLaptops")
public class Laptop {
  public Long id;
  public String serial;
  public String memberId;

  public Laptop() {}

  public Laptop(Long id, String serial, String memberId) {
    this.id = id;
    this.serial = serial;
    this.memberId = memberId;
  }

  @Override
  public String toString() {
    return "Laptop#" + id + " " + serial + " member=" + memberId;
  }
}
