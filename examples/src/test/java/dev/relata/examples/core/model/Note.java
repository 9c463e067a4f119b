package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;
import java.util.UUID;

/** A record with a {@code UUID} key. */
@Entity(name = "coreNotes")
public record Note(@Id UUID id, String text, Integer articleId, @BelongsTo Article article) {

  public static Note of(String text) {
    return new Note(null, text, null, null);
  }
}
