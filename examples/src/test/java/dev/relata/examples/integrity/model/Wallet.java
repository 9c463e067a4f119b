package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A customer's wallet, which restricts its release: public fields, a {@code Long} key. */
@Entity(name = "intWallets")
public class Wallet {
  public Long id;
  public String label;
  public Long customerId;

  public Wallet() {}

  public Wallet(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return "Wallet#" + id + " " + label + " customer=" + customerId;
  }
}
