package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A customer's locker, whose foreign key is primitive and so cannot be cleared. */
@Entity(name = "intLockers")
public class Locker {
  public Long id;
  public String code;
  public long customerId;

  public Locker() {}

  public Locker(String code) {
    this.code = code;
  }

  @Override
  public String toString() {
    return "Locker#" + id + " " + code + " customer=" + customerId;
  }
}
