package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A record with a {@code String} key; the {@code @HasOne} of an author. */
@Entity(name = "coreProfiles")
public record Profile(@Id String handle, String bio, Long authorId, @BelongsTo Author author) {

  public static Profile of(String bio) {
    return new Profile(null, bio, null, null);
  }
}
