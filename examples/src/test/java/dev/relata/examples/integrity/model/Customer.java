package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasOne;
import dev.relata.OnDelete;

/**
 * A customer with one {@code @HasOne} per {@code onDelete} rule, and one whose foreign key is
 * primitive: public fields, a {@code Long} key.
 */
@Entity(name = "intCustomers")
public class Customer {
  public Long id;
  public String name;

  @HasOne(onDelete = OnDelete.CASCADE)
  public Address address;

  @HasOne(onDelete = OnDelete.SET_NULL)
  public Avatar avatar;

  @HasOne(onDelete = OnDelete.RESTRICT)
  public Wallet wallet;

  @HasOne public Nickname nickname;

  @HasOne public Locker locker;

  public Customer() {}

  public Customer(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Customer#" + id + " " + name;
  }
}
