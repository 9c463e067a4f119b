package dev.relata.examples.relations.model;

import dev.relata.Entity;

/**
 * An org's charter: a record with a {@code Long} key. Its {@code orgId} accessor throws while
 * {@link #failReads} is set, so that tests can make a delete fail part way, as entity code may.
 */
@Entity(name = "relCharters")
public record Charter(Long id, String text, Long orgId) {
  /** While set, reading {@code orgId} throws. */
  public static volatile boolean failReads;

  @Override
  public Long orgId() {
    if (failReads) {
      throw new IllegalStateException("charter " + id + " cannot be read now");
    }
    return orgId;
  }
}
