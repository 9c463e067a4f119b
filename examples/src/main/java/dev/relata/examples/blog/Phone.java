package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import dev.relata.Index;
import java.util.UUID;

/** A user's phone: a record (immutable) with a {@code UUID} key; one user per number. */
@Entity
public record Phone(
    @Id UUID id, @Index(unique = true) String number, Long userId, @BelongsTo User user) {

  /** A phone not saved yet. */
  public static Phone of(String number) {
    return new Phone(null, number, null, null);
  }
}
