package dev.relata.internal;

import dev.relata.RelataException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a {@link dev.relata.HasManyByResolver}: they change the key list of the owner's
 * stored row (the instance the resolver was made for may be stale) and then write the new list into
 * that instance too. Each is atomic.
 */
public final class Attachment {
  private Attachment() {}

  /**
   * Saves {@code target} (with what it carries) and adds its owner key to the stored owner's key
   * list, once; writes the new list into {@code owner} too. Returns the saved target.
   */
  public static <O, T> T attach(
      Database database, HasManyByRelation<O, T> relation, O owner, T target) {
    return database.write(
        "attach to " + relation,
        tx -> {
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
          addKey(database.tables, tx, relation, owner, key);
          return saved;
        });
  }

  /** Adds {@code key} to the stored owner's key list unless present; false if it was. */
  public static <O> boolean attachKey(
      Database database, HasManyByRelation<O, ?> relation, O owner, Object key) {
    return database.write(
        "attach to " + relation, tx -> addKey(database.tables, tx, relation, owner, key));
  }

  /** Removes {@code key} (every occurrence) from the stored owner's key list; false if absent. */
  public static <O> boolean detachKey(
      Database database, HasManyByRelation<O, ?> relation, O owner, Object key) {
    return database.write(
        "detach from " + relation,
        tx -> {
          StoredOwner<O> stored = StoredOwner.of(database.tables, relation, owner);
          List<Object> keys = new ArrayList<>(stored.keys());
          return stored.update(tx, owner, keys, keys.removeIf(key::equals));
        });
  }

  private static <O> boolean addKey(
      Tables tables, Transaction tx, HasManyByRelation<O, ?> relation, O owner, Object key) {
    StoredOwner<O> stored = StoredOwner.of(tables, relation, owner);
    List<Object> keys = new ArrayList<>(stored.keys());
    return stored.update(tx, owner, keys, !keys.contains(key) && keys.add(key));
  }

  /** The stored row of an owner whose key list changes, found where it is. */
  private record StoredOwner<O>(HasManyByRelation<O, ?> relation, Table<O> table, int slot) {
    static <O> StoredOwner<O> of(Tables tables, HasManyByRelation<O, ?> relation, O owner) {
      EntityType<O, ?> type = relation.owner();
      Table<O> table = tables.of(type);
      Object ownerKey = type.key().get(owner);
      int slot = type.unassigned(ownerKey) ? -1 : table.slotOf(ownerKey);
      if (slot < 0) {
        throw new RelataException(
            type.name()
                + " has no row with key "
                + ownerKey
                + ", so its "
                + relation.name()
                + " cannot change: save it first");
      }
      return new StoredOwner<>(relation, table, slot);
    }

    /** The keys the stored row lists. */
    List<Object> keys() {
      return relation.keys(table.row(slot));
    }

    /**
     * Stores {@code keys} as the row's list if {@code changed}, and writes them into {@code owner}
     * (a class; a record cannot change) either way, so it matches the store; returns {@code
     * changed}.
     */
    boolean update(Transaction tx, O owner, List<Object> keys, boolean changed) {
      EntityType<O, ?> type = relation.owner();
      if (changed) {
        tx.replace(table, slot, relation.foreignKey().set(type.copy(table.row(slot)), keys));
      }
      if (!type.record()) {
        Column<O> foreignKey = relation.foreignKey();
        tx.setCallerColumn(foreignKey, owner, new ArrayList<>(keys), foreignKey.get(owner));
      }
      return changed;
    }
  }
}
