package dev.relata.internal;

import dev.relata.RelataException;
import java.util.List;

/**
 * The writes of a {@link dev.relata.BelongsToResolver}: they change the foreign key of the child's
 * stored row, and only that, since the instance the resolver was made for may be stale. Each is
 * atomic.
 */
public final class Association {
  private Association() {}

  /**
   * Makes {@code parent} the parent of {@code child} through {@code relation}: a parent not stored
   * yet is saved first (a stored one is left as stored, since the caller's copy may be stale, and
   * its owner key is read from the store), then the child's stored row gets that key in its foreign
   * key and nothing else changes; a child not stored yet is saved whole. The caller's child gets
   * the key and the parent.
   */
  public static <C, P> C associate(
      Database database, BelongsToRelation<C, P> relation, C child, P parent) {
    EntityType<P, ?> parentType = relation.target();
    return database.write(
        "associate " + relation,
        tx -> {
          Table<P> parents = database.tables.of(parentType);
          Object parentKey = parentType.key().get(parent);
          int slot = parentType.unassigned(parentKey) ? -1 : parents.slotOf(parentKey);
          if (slot >= 0) {
            Object ownerKey = relation.ownerKey().get(parents.row(slot));
            return setForeignKey(database.tables, tx, relation, child, ownerKey, parent);
          }
          P saved =
              SaveOperation.run(
                      database.tables,
                      tx,
                      parentType,
                      List.of(parent),
                      SaveOperation.Mode.UPSERT,
                      null)
                  .get(0);
          Object ownerKey = relation.ownerKey().get(saved);
          return setForeignKey(database.tables, tx, relation, child, ownerKey, saved);
        });
  }

  /**
   * Clears the foreign key of {@code child}'s stored row (a child not stored yet is saved whole
   * without it) and of the caller's child, and its relation field. A primitive foreign key cannot
   * be cleared: a {@link RelataException}, and nothing changes.
   */
  public static <C> C dissociate(Database database, BelongsToRelation<C, ?> relation, C child) {
    if (relation.foreignKey().primitive()) {
      throw new RelataException(
          relation.owner().name()
              + "."
              + relation.foreignKey().name()
              + " is primitive and cannot be cleared; declare it with a boxed type to dissociate");
    }
    return database.write(
        "dissociate " + relation,
        tx -> setForeignKey(database.tables, tx, relation, child, null, null));
  }

  private static <C, P> C setForeignKey(
      Tables tables,
      Transaction tx,
      BelongsToRelation<C, P> relation,
      C child,
      Object key,
      P parent) {
    EntityType<C, ?> type = relation.owner();
    Table<C> table = tables.of(type);
    Object childKey = type.key().get(child);
    int slot = type.unassigned(childKey) ? -1 : table.slotOf(childKey);
    Column<C> foreignKey = relation.foreignKey();
    if (slot >= 0) {
      tx.replace(table, slot, foreignKey.set(type.copy(table.row(slot)), key));
      return handBack(tx, relation, child, key, parent);
    }
    // Not stored yet: saved whole, with the key written as a resolver writes it, and without the
    // parent it may carry (that one is stored already, and the caller's copy may be stale).
    C cleared;
    if (type.record()) {
      cleared = relation.withValue(child, null);
    } else {
      tx.setCallerRelation(relation, child, null, relation.valueOf(child));
      cleared = child;
    }
    C saved =
        SaveOperation.run(
                tables,
                tx,
                type,
                List.of(cleared),
                SaveOperation.Mode.UPSERT,
                row -> row.write(foreignKey, key))
            .get(0);
    return handBack(tx, relation, saved, key, parent);
  }

  /**
   * {@code child} with {@code key} in its foreign key and {@code parent} in its relation field: the
   * caller's object itself, its previous values logged for undo, or for a record a new instance.
   */
  private static <C, P> C handBack(
      Transaction tx, BelongsToRelation<C, P> relation, C child, Object key, P parent) {
    Column<C> foreignKey = relation.foreignKey();
    if (relation.owner().record()) {
      return relation.withValue(foreignKey.set(child, key), parent);
    }
    Object previousKey = foreignKey.get(child);
    Object previousParent = relation.valueOf(child);
    tx.setCallerColumn(foreignKey, child, key, previousKey);
    tx.setCallerRelation(relation, child, parent, previousParent);
    return child;
  }
}
