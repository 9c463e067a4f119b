package dev.relata.internal;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A relation whose key sits on the owner and matches the target's owner key: {@link
 * BelongsToRelation} (one key) and {@link HasManyByRelation} (a list of keys). The target's owner
 * key column is indexed.
 */
public abstract class KeyedRelation<O, T> extends Relation<O, T> {
  private final Column<O> foreignKey;
  private final Column<T> ownerKey;

  KeyedRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, ?> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      Column<O> foreignKey,
      Column<T> ownerKey) {
    super(name, ordinal, owner, target, getter, setter);
    this.foreignKey = foreignKey;
    this.ownerKey = ownerKey;
  }

  /** The column of the owner that holds the target's key (or keys). */
  public final Column<O> foreignKey() {
    return foreignKey;
  }

  /** The column of the target that the foreign key matches. */
  public final Column<T> ownerKey() {
    return ownerKey;
  }

  @Override
  final void register(Registrar registrar) {
    registrar.register(target());
    registrar.index(target(), ownerKey);
  }
}
