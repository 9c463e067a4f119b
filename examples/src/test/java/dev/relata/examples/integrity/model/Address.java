package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A customer's address, deleted with it: public fields, a {@code Long} key. */
@Entity(name = "intAddresses")
public class Address {
  public Long id;
  public String street;
  public Long customerId;

  public Address() {}

  public Address(String street) {
    this.street = street;
  }

  @Override
  public String toString() {
    return "Address#" + id + " " + street + " customer=" + customerId;
  }
}
