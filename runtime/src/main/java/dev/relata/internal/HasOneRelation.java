package dev.relata.internal;

import dev.relata.OnDelete;

/**
 * {@link dev.relata.HasOne}: the first target row, in insertion order, whose foreign key matches.
 */
public final class HasOneRelation<O, T> extends ChildRelation<O, T> {

  /**
   * Generated code creates one per {@code @HasOne} field.
   *
   * @param localKey the owner's column that the foreign key matches
   * @param foreignKey the target's column holding the owner's key
   */
  public HasOneRelation(
      RelationField<O, T, ? extends T> field,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete) {
    super(field, Cardinality.ONE, localKey, foreignKey, onDelete);
  }
}
