package dev.relata.examples.core.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/** A record with a primitive {@code int} key, a list held in a component, and children. */
@Entity(name = "coreBoards")
public record Board(int id, String title, List<String> members, @HasMany List<Ticket> tickets) {

  public static Board of(String title) {
    return new Board(0, title, null, null);
  }
}
