package dev.relata.internal;

import dev.relata.RelataException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a {@link dev.relata.HasManyByResolver}: they change the key list of the owner's
 * stored row (the row of the key the resolver is bound to) and then write the new list into the
 * instance the resolver was made for, which may be stale. Each write is atomic.
 */
public final class Attachment {
  private Attachment() {}

  /**
   * Saves {@code target} (with what it carries) and adds its owner key to the stored owner's key
   * list, once; writes the new list into {@code instance} too. Returns the saved target.
   */
  public static <O, T> T attach(
      Database database,
      HasManyByRelation<O, T> relation,
      BoundParent<O> owner,
      O instance,
      T target) {
    String what = "attach to " + relation;
    return database.write(
        what,
        tx -> {
          owner.requireSlot(database.tables, what); // refused before anything is saved
          T saved =
              SaveOperation.run(
                      database.tables,
                      tx,
                      relation.target(),
                      List.of(target),
                      SaveOperation.Mode.UPSERT,
                      null)
                  .get(0);
          Object key = relation.ownerKey().get(saved);
          if (key == null) {
            throw new RelataException(
                "cannot attach to "
                    + relation
                    + ": the "
                    + relation.target().name()
                    + " row has no "
                    + relation.ownerKey().name()
                    + ", and a null key matches nothing");
          }
          // Found again: saving the target may have replaced (or released) the owner's row.
          StoredOwner.of(database.tables, relation, owner, what).add(tx, instance, key);
          return saved;
        });
  }

  /** Adds {@code key} to the stored owner's key list unless present; false if it was. */
  public static <O> boolean attachKey(
      Database database,
      HasManyByRelation<O, ?> relation,
      BoundParent<O> owner,
      O instance,
      Object key) {
    String what = "attach to " + relation;
    return database.write(
        what, tx -> StoredOwner.of(database.tables, relation, owner, what).add(tx, instance, key));
  }

  /** Removes {@code key} (every occurrence) from the stored owner's key list; false if absent. */
  public static <O> boolean detachKey(
      Database database,
      HasManyByRelation<O, ?> relation,
      BoundParent<O> owner,
      O instance,
      Object key) {
    String what = "detach from " + relation;
    return database.write(
        what,
        tx -> {
          StoredOwner<O> stored = StoredOwner.of(database.tables, relation, owner, what);
          List<Object> keys = new ArrayList<>(stored.keys());
          return stored.update(tx, instance, keys, keys.removeIf(key::equals));
        });
  }

  /** The stored row of an owner whose key list changes, found where it is. */
  private record StoredOwner<O>(HasManyByRelation<O, ?> relation, Table<O> table, int slot) {
    static <O> StoredOwner<O> of(
        Tables tables, HasManyByRelation<O, ?> relation, BoundParent<O> owner, String what) {
      int slot = owner.requireSlot(tables, what);
      return new StoredOwner<>(relation, tables.of(relation.owner()), slot);
    }

    /** The keys the stored row lists. */
    List<Object> keys() {
      return relation.keys(table.row(slot));
    }

    /** Adds {@code key} unless the list holds it; returns whether it did not. */
    boolean add(Transaction tx, O instance, Object key) {
      List<Object> keys = new ArrayList<>(keys());
      return update(tx, instance, keys, !keys.contains(key) && keys.add(key));
    }

    /**
     * Stores {@code keys} as the row's list if {@code changed}, and writes them into {@code
     * instance} (a class; a record cannot change) either way, so it matches the store; returns
     * {@code changed}.
     */
    boolean update(Transaction tx, O instance, List<Object> keys, boolean changed) {
      EntityType<O, ?> type = relation.owner();
      if (changed) {
        tx.replace(table, slot, relation.foreignKey().set(type.copy(table.row(slot)), keys));
      }
      if (!type.record()) {
        Column<O> foreignKey = relation.foreignKey();
        tx.setCallerColumn(foreignKey, instance, new ArrayList<>(keys), foreignKey.get(instance));
      }
      return changed;
    }
  }
}
