package dev.relata.examples.transactions.model;

import dev.relata.Entity;

/** An account whose balance transactions move to other accounts: public fields, a Long key. */
@Entity(name = "txAccounts")
public class Account {
  public Long id;
  public String owner;
  public long balance;

  public Account() {}

  public Account(String owner, long balance) {
    this.owner = owner;
    this.balance = balance;
  }

  @Override
  public String toString() {
    return "Account#" + id + " " + owner + " " + balance;
  }
}
