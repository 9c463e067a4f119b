package dev.relata.examples.benchmark;

import dev.relata.Entity;

/** A child of {@link Owner}, indexed by its foreign key {@code ownerCode}. */
@Entity(name = "floodOwned")
public class Owned {
  private Long id;
  private String ownerCode;

  /** An empty row, for Relata. */
  public Owned() {}

  /** A row with its fields. */
  public Owned(Long id, String ownerCode) {
    this.id = id;
    this.ownerCode = ownerCode;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public void setOwnerCode(String ownerCode) {
    this.ownerCode = ownerCode;
  }
}
