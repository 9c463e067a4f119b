package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A customer's avatar, which stays with its key cleared: a record. */
@Entity(name = "intAvatars")
public record Avatar(Long id, String url, Long customerId) {

  public static Avatar of(String url) {
    return new Avatar(null, url, null);
  }
}
