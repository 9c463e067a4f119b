package dev.relata.examples.relations.model;

import dev.relata.Entity;

/**
 * An asset of an org, also the mascot of one: a record with a {@code Long} key. Two ways for entity
 * code to make clearing its org key (SET_NULL) fail, as entity code may: a "pinned:" asset refuses
 * to be built without an org, and while {@link #refuseMissingOrg} is set, reading a missing org
 * throws.
 */
@Entity(name = "relAssets")
public record Asset(Long id, String label, Long orgId, Long mascotOfId) {
  /** While set, {@link #orgId()} throws for an asset without an org. */
  public static volatile boolean refuseMissingOrg;

  public Asset {
    if (label != null && label.startsWith("pinned:") && orgId == null) {
      throw new IllegalArgumentException("a pinned asset needs an org: " + label);
    }
  }

  @Override
  public Long orgId() {
    if (refuseMissingOrg && orgId == null) {
      throw new IllegalStateException("asset " + id + " has no org");
    }
    return orgId;
  }
}
