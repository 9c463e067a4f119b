package dev.relata.examples.relations.model;

import dev.relata.Entity;

/**
 * An asset of an org, also the mascot of one: a record with a {@code Long} key. A "pinned:" asset
 * refuses to lose its org, so clearing its key (SET_NULL) fails, as entity code may.
 */
@Entity(name = "relAssets")
public record Asset(Long id, String label, Long orgId, Long mascotOfId) {

  public Asset {
    if (label != null && label.startsWith("pinned:") && orgId == null) {
      throw new IllegalArgumentException("a pinned asset needs an org: " + label);
    }
  }
}
