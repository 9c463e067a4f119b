package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;

/**
 * A relation whose foreign key sits on the target rows: {@link HasOneRelation} and {@link
 * HasManyRelation}. The target's foreign key column is indexed.
 */
public abstract class ChildRelation<O, T> extends DirectRelation<O, T> {

  ChildRelation(
      RelationField<O, T, ?> field,
      Cardinality cardinality,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete) {
    super(field, cardinality, localKey, foreignKey, onDelete);
  }

  /** The column of the owner that the foreign key matches. */
  public final Column<O> localKey() {
    return ownerColumn();
  }

  /** The column of the target that holds the owner's key. */
  public final Column<T> foreignKey() {
    return targetColumn();
  }

  @Override
  final void link(SavedRow owner, List<? extends SavedRow> targets) {
    Object key = owner.value(localKey());
    for (SavedRow child : targets) {
      child.write(foreignKey(), key);
    }
  }
}
