package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/** A record in a chain of records, which a save rebuilds with the keys it assigns. */
@Entity(name = "intKnots")
public record Knot(Long id, String name, Long upId, @HasMany(foreignKey = "upId") List<Knot> down) {

  public static Knot of(String name, List<Knot> down) {
    return new Knot(null, name, null, down);
  }
}
