package dev.relata.examples.integrity.model;

import dev.relata.Entity;

/** A customer's nickname, which stays with its key cleared (onDelete NOTHING): a record. */
@Entity(name = "intNicknames")
public record Nickname(Long id, String text, Long customerId) {

  public static Nickname of(String text) {
    return new Nickname(null, text, null);
  }
}
