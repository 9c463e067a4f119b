package dev.relata.internal;

import dev.relata.OnDelete;

/**
 * A relation whose key sits on the owner and matches the target's owner key: {@link
 * BelongsToRelation} (one key) and {@link HasManyByRelation} (a list of keys). The target's owner
 * key column is indexed.
 */
public abstract class KeyedRelation<O, T> extends DirectRelation<O, T> {

  KeyedRelation(
      RelationField<O, T, ?> field,
      Cardinality cardinality,
      Column<O> foreignKey,
      Column<T> ownerKey,
      OnDelete onDelete) {
    super(field, cardinality, foreignKey, ownerKey, onDelete);
  }

  /** The column of the owner that holds the target's key (or keys). */
  public final Column<O> foreignKey() {
    return ownerColumn();
  }

  /** The column of the target that the foreign key matches. */
  public final Column<T> ownerKey() {
    return targetColumn();
  }
}
