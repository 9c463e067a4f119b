package dev.relata.internal;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The field that declares a relation, as generated code describes it to every relation kind: its
 * name and position, the entities at both ends, and the code that reads and writes it. What sets
 * the kinds apart (keys, {@code onDelete}) comes beside it, in each kind's constructor.
 *
 * @param name the field name
 * @param ordinal the position among the owner's relations, from 0 in declaration order
 * @param owner the entity that declares the field
 * @param target the related entity
 * @param getter reads the field of an owner instance ({@code null}: not loaded)
 * @param setter writes the field of an owner instance and returns it, or for a record a new
 *     instance
 * @param <O> the owner entity
 * @param <T> the target entity
 * @param <V> the type of the field: {@code T}, or a collection of {@code T}
 */
public record RelationField<O, T, V>(
    String name,
    int ordinal,
    EntityType<O, ?> owner,
    EntityType<T, ?> target,
    Function<? super O, ? extends V> getter,
    BiFunction<O, Object, O> setter) {

  /**
   * Checks that every part is given.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code ordinal} is negative
   */
  public RelationField {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(getter, "getter must not be null");
    Objects.requireNonNull(setter, "setter must not be null");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative: " + ordinal);
    }
  }
}
