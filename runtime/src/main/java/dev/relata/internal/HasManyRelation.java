package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link dev.relata.HasMany}: every target row whose foreign key matches, in insertion order. */
public final class HasManyRelation<O, T> extends ChildRelation<O, T> {
  private final boolean set;

  /**
   * Generated code creates one per {@code @HasMany} field.
   *
   * @param set whether the field is a {@code Set} (loaded as a {@code LinkedHashSet}); otherwise it
   *     is a {@code List} or {@code Collection} (loaded as an {@code ArrayList})
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
      boolean set) {
    super(name, ordinal, owner, getter, setter, target, localKey, foreignKey, onDelete);
    this.set = set;
  }

  @Override
  public boolean toMany() {
    return true;
  }

  @Override
  Object container(List<Object> loaded) {
    return set ? new LinkedHashSet<>(loaded) : loaded;
  }
}
