package dev.relata.examples.cluster;

import dev.relata.Entity;

/** A node of clusters: a record with a {@code Long} key. */
@Entity
public record Node(Long id, String host) {

  /** A node not saved yet. */
  public static Node of(String host) {
    return new Node(null, host);
  }
}
