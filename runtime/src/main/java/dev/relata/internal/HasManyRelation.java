package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** {@link dev.relata.HasMany}: every target row whose foreign key matches, in insertion order. */
public final class HasManyRelation<O, T> extends ChildRelation<O, T> {
  private final CollectionKind collection;

  /**
   * Generated code creates one per {@code @HasMany} field.
   *
   * @param localKey the owner's column that the foreign key matches
   * @param foreignKey the target's column holding the owner's key
   * @param collection what the field is loaded as: a {@code Set} field as a {@code LinkedHashSet},
   *     a {@code List} or {@code Collection} field as an {@code ArrayList}
   */
  public HasManyRelation(
      RelationField<O, T, ? extends Collection<T>> field,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete,
      CollectionKind collection) {
    super(field, Cardinality.MANY, localKey, foreignKey, onDelete);
    this.collection = collection;
  }

  @Override
  public Object container(List<Object> loaded) {
    return collection == CollectionKind.SET ? new LinkedHashSet<>(loaded) : loaded;
  }
}
