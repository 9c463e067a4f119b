package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A relation whose foreign key sits on the target rows: {@link HasOneRelation} and {@link
 * HasManyRelation}. The target's foreign key column is indexed.
 */
public abstract class ChildRelation<O, T> extends Relation<O, T> {
  private final Column<O> localKey;
  private final Column<T> foreignKey;
  private final OnDelete onDelete;

  ChildRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, ?> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      Column<O> localKey,
      Column<T> foreignKey,
      OnDelete onDelete) {
    super(name, ordinal, owner, target, getter, setter);
    this.localKey = localKey;
    this.foreignKey = foreignKey;
    this.onDelete = onDelete;
  }

  /** The column of the owner that the foreign key matches. */
  public final Column<O> localKey() {
    return localKey;
  }

  /** The column of the target that holds the owner's key. */
  public final Column<T> foreignKey() {
    return foreignKey;
  }

  @Override
  public final OnDelete onDelete() {
    return onDelete;
  }

  @Override
  final void register(Registrar registrar) {
    registrar.register(target());
    registrar.index(target(), foreignKey);
  }

  @Override
  final Lookup bind(Tables tables) {
    return new KeyLookup(tables.of(target()), localKey, foreignKey);
  }

  @Override
  final void link(SavedRow owner, List<? extends SavedRow> targets) {
    Object key = owner.value(localKey);
    for (SavedRow child : targets) {
      child.write(foreignKey, key);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  final Object cleared(Object targetRow) {
    return foreignKey.set(target().copy((T) targetRow), null);
  }
}
