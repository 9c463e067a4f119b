package dev.relata.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link dev.relata.BelongsTo}: the target row whose owner key equals this row's foreign key (the
 * first inserted, where the owner key is not the primary key and several match).
 */
public final class BelongsToRelation<O, T> extends KeyedRelation<O, T> {

  /** Generated code creates one per {@code @BelongsTo} field. */
  public BelongsToRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, T> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      Column<O> foreignKey,
      Column<T> ownerKey) {
    super(name, ordinal, owner, getter, setter, target, foreignKey, ownerKey);
  }

  @Override
  public boolean toMany() {
    return false;
  }

  @Override
  boolean savedBeforeOwner() {
    return true;
  }

  @Override
  Lookup bind(Tables tables) {
    return new KeyLookup(tables.of(target()), foreignKey(), ownerKey());
  }

  @Override
  void link(SavedRow owner, List<? extends SavedRow> targets) {
    owner.write(foreignKey(), targets.get(0).value(ownerKey()));
  }

  @Override
  Object container(List<Object> loaded) {
    return loaded.isEmpty() ? null : loaded.get(0);
  }
}
