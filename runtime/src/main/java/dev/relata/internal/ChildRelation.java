package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A relation whose foreign key sits on the target rows: {@link HasOneRelation} and {@link
 * HasManyRelation}. The target's foreign key column is indexed.
 */
public abstract class ChildRelation<P, C> extends Relation<P, C> {
  private final Column<P> localKey;
  private final Column<C> foreignKey;
  private final OnDelete onDelete;

  ChildRelation(
      String name,
      int ordinal,
      EntityType<P, ?> owner,
      Function<? super P, ?> getter,
      BiFunction<P, Object, P> setter,
      EntityType<C, ?> target,
      Column<P> localKey,
      Column<C> foreignKey,
      OnDelete onDelete) {
    super(name, ordinal, owner, target, getter, setter);
    this.localKey = localKey;
    this.foreignKey = foreignKey;
    this.onDelete = onDelete;
  }

  /** The column of the owner that the foreign key matches. */
  public final Column<P> localKey() {
    return localKey;
  }

  /** The column of the target that holds the owner's key. */
  public final Column<C> foreignKey() {
    return foreignKey;
  }

  @Override
  public final OnDelete onDelete() {
    return onDelete;
  }

  @Override
  final void register(Database database) {
    database.registerTarget(target());
    database.index(target(), foreignKey);
  }

  @Override
  final Lookup bind(Database database) {
    Table<C> table = database.table(target());
    return new Lookup() {
      @Override
      public Table<?> table() {
        return table;
      }

      @Override
      @SuppressWarnings("unchecked")
      public int[] related(Object owner) {
        return table.bucket(foreignKey, localKey.get((P) owner));
      }
    };
  }

  @Override
  final void link(SaveOperation.Node owner, List<SaveOperation.Node> targets) {
    Object key = owner.value(localKey);
    for (SaveOperation.Node child : targets) {
      child.write(foreignKey, key);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  final Object cleared(Object targetRow) {
    return foreignKey.set(target().copy((C) targetRow), null);
  }
}
