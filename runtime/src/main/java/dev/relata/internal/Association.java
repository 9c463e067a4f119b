package dev.relata.internal;

import dev.relata.RelataException;
import java.util.List;

/**
 * The writes of a {@link dev.relata.BelongsToResolver}: they change the foreign key of the child's
 * stored row (the row of the key the resolver is bound to), and only that, since the instance the
 * resolver was made for may be stale. That instance gets the new key and parent too. Each write is
 * atomic.
 */
public final class Association {
  private Association() {}

  /**
   * Makes {@code parent} the parent of the stored row of {@code child} through {@code relation}: a
   * parent not stored yet is saved first (a stored one is left as stored, since the caller's copy
   * may be stale, and its owner key is read from the store), then the child's stored row gets that
   * key in its foreign key and nothing else changes. {@code instance}, the object the resolver was
   * made for, gets the key and the parent (for a record: a new instance does); it is returned.
   */
  public static <C, P> C associate(
      Database database,
      BelongsToRelation<C, P> relation,
      BoundParent<C> child,
      C instance,
      P parent) {
    EntityType<P, ?> parentType = relation.target();
    String what = "associate " + relation;
    return database.write(
        what,
        tx -> {
          child.requireSlot(database.tables, what); // refused before anything is saved
          Table<P> parents = database.tables.of(parentType);
          Object parentKey = parentType.key().get(parent);
          int slot = parentType.unassigned(parentKey) ? -1 : parents.slotOf(parentKey);
          P linked = parent;
          Object ownerKey;
          if (slot >= 0) {
            ownerKey = relation.ownerKey().get(parents.row(slot));
          } else {
            linked =
                SaveOperation.run(
                        database.tables,
                        tx,
                        parentType,
                        List.of(parent),
                        SaveOperation.Mode.UPSERT,
                        null)
                    .get(0);
            ownerKey = relation.ownerKey().get(linked);
          }
          // Found again: saving the parent may have replaced (or released) the child's row.
          int childSlot = child.requireSlot(database.tables, what);
          setForeignKey(database.tables, tx, relation, childSlot, ownerKey);
          return handBack(tx, relation, instance, ownerKey, linked);
        });
  }

  /**
   * Clears the foreign key of the stored row of {@code child}, and of {@code instance}, the object
   * the resolver was made for, and its relation field (for a record: of a new instance, returned).
   * A primitive foreign key cannot be cleared: a {@link RelataException}, and nothing changes.
   */
  public static <C> C dissociate(
      Database database, BelongsToRelation<C, ?> relation, BoundParent<C> child, C instance) {
    if (relation.foreignKey().primitive()) {
      throw new RelataException(
          relation.owner().name()
              + "."
              + relation.foreignKey().name()
              + " is primitive and cannot be cleared; declare it with a boxed type to dissociate");
    }
    String what = "dissociate " + relation;
    return database.write(
        what,
        tx -> {
          int slot = child.requireSlot(database.tables, what);
          setForeignKey(database.tables, tx, relation, slot, null);
          return handBack(tx, relation, instance, null, null);
        });
  }

  private static <C> void setForeignKey(
      Tables tables, Transaction tx, BelongsToRelation<C, ?> relation, int slot, Object key) {
    EntityType<C, ?> type = relation.owner();
    Table<C> table = tables.of(type);
    tx.replace(table, slot, relation.foreignKey().set(type.copy(table.row(slot)), key));
  }

  /**
   * {@code instance} with {@code key} in its foreign key and {@code parent} in its relation field:
   * the object itself, its previous values logged for undo, or for a record a new instance.
   */
  private static <C, P> C handBack(
      Transaction tx, BelongsToRelation<C, P> relation, C instance, Object key, P parent) {
    Column<C> foreignKey = relation.foreignKey();
    if (relation.owner().record()) {
      return relation.withValue(foreignKey.set(instance, key), parent);
    }
    Object previousKey = foreignKey.get(instance);
    Object previousParent = relation.valueOf(instance);
    tx.setCallerColumn(foreignKey, instance, key, previousKey);
    tx.setCallerRelation(relation, instance, parent, previousParent);
    return instance;
  }
}
