package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import java.util.UUID;

/** A user's phone: a record (immutable) with a {@code UUID} key. */
@Entity
public record Phone(@Id UUID id, String number, Long userId, @BelongsTo User user) {

  /** A phone not saved yet. */
  public static Phone of(String number) {
    return new Phone(null, number, null, null);
  }
}
