package dev.relata.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link dev.relata.BelongsTo}: the target row whose owner key equals this row's foreign key (the
 * first inserted, where the owner key is not the primary key and several match).
 */
public final class BelongsToRelation<O, T> extends Relation<O, T> {
  private final Column<O> foreignKey;
  private final Column<T> ownerKey;

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
    super(name, ordinal, owner, target, getter, setter);
    this.foreignKey = foreignKey;
    this.ownerKey = ownerKey;
  }

  /** The column of this entity that holds the parent's key. */
  public Column<O> foreignKey() {
    return foreignKey;
  }

  /** The column of the parent that the foreign key matches. */
  public Column<T> ownerKey() {
    return ownerKey;
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
  void register(Database database) {
    database.registerTarget(target());
    database.index(target(), ownerKey);
  }

  @Override
  Lookup bind(Database database) {
    Table<T> table = database.table(target());
    return new Lookup() {
      @Override
      public Table<?> table() {
        return table;
      }

      @Override
      @SuppressWarnings("unchecked")
      public int[] related(Object owner) {
        return table.bucket(ownerKey, foreignKey.get((O) owner));
      }

      @Override
      @SuppressWarnings("unchecked")
      public int first(Object owner) {
        return table.firstSlot(ownerKey, foreignKey.get((O) owner));
      }
    };
  }

  @Override
  void link(SaveOperation.Node owner, List<SaveOperation.Node> targets) {
    owner.write(foreignKey, targets.get(0).value(ownerKey));
  }

  @Override
  Object container(List<Object> loaded) {
    return loaded.isEmpty() ? null : loaded.get(0);
  }
}
