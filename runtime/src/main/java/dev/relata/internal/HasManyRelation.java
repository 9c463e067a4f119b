package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link dev.relata.HasMany}: every target row whose foreign key matches, in insertion order. */
public final class HasManyRelation<O, T> extends ChildRelation<O, T> {
  private final CollectionKind collection;

  /**
   * Generated code creates one per {@code @HasMany} field.
   *
   * @param collection what the field is loaded as: a {@code Set} field as a {@code LinkedHashSet},
   *     a {@code List} or {@code Collection} field as an {@code ArrayList}
   */
  public HasManyRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, ? extends Collection<T>> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete,
      CollectionKind collection) {
    super(name, ordinal, owner, getter, setter, target, localKey, foreignKey, onDelete);
    this.collection = collection;
  }

  @Override
  public boolean toMany() {
    return true;
  }

  @Override
  Object container(List<Object> loaded) {
    return collection == CollectionKind.SET ? new LinkedHashSet<>(loaded) : loaded;
  }
}
