package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link dev.relata.HasOne}: the first target row, in insertion order, whose foreign key matches.
 */
public final class HasOneRelation<O, T> extends ChildRelation<O, T> {

  /** Generated code creates one per {@code @HasOne} field. */
  public HasOneRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, T> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete) {
    super(name, ordinal, owner, getter, setter, target, localKey, foreignKey, onDelete);
  }

  @Override
  public boolean toMany() {
    return false;
  }

  @Override
  Object container(List<Object> loaded) {
    return loaded.isEmpty() ? null : loaded.get(0);
  }
}
