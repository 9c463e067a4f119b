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
      Backend backend,
      HasManyByRelation<O, T> relation,
      BoundParent<O> owner,
      O instance,
      T target) {
    String what = "attach to " + relation;
    return backend.atomically(
        what,
        rows -> {
          owner.require(rows, what); // refused before anything is saved
          T saved =
              SaveOperation.run(
                      rows, relation.target(), List.of(target), SaveOperation.Mode.UPSERT, null)
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
          StoredOwner.of(rows, relation, owner, what).add(instance, key);
          return saved;
        });
  }

  /** Adds {@code key} to the stored owner's key list unless present; false if it was. */
  public static <O> boolean attachKey(
      Backend backend,
      HasManyByRelation<O, ?> relation,
      BoundParent<O> owner,
      O instance,
      Object key) {
    String what = "attach to " + relation;
    return backend.atomically(
        what, rows -> StoredOwner.of(rows, relation, owner, what).add(instance, key));
  }

  /** Removes {@code key} (every occurrence) from the stored owner's key list; false if absent. */
  public static <O> boolean detachKey(
      Backend backend,
      HasManyByRelation<O, ?> relation,
      BoundParent<O> owner,
      O instance,
      Object key) {
    String what = "detach from " + relation;
    return backend.atomically(
        what,
        rows -> {
          StoredOwner<O> stored = StoredOwner.of(rows, relation, owner, what);
          List<Object> keys = new ArrayList<>(stored.keys());
          return stored.update(instance, keys, keys.removeIf(key::equals));
        });
  }

  /** The stored row of an owner whose key list changes, found where it is. */
  private record StoredOwner<O>(Rows rows, HasManyByRelation<O, ?> relation, O row) {
    static <O> StoredOwner<O> of(
        Rows rows, HasManyByRelation<O, ?> relation, BoundParent<O> owner, String what) {
      return new StoredOwner<>(rows, relation, owner.require(rows, what));
    }

    /** The keys the stored row lists. */
    List<Object> keys() {
      return relation.keys(row);
    }

    /** Adds {@code key} unless the list holds it; returns whether it did not. */
    boolean add(O instance, Object key) {
      List<Object> keys = new ArrayList<>(keys());
      return update(instance, keys, !keys.contains(key) && keys.add(key));
    }

    /**
     * Stores {@code keys} as the row's list if {@code changed}, and writes them into {@code
     * instance} (a class; a record cannot change) either way, so it matches the store; returns
     * {@code changed}.
     */
    boolean update(O instance, List<Object> keys, boolean changed) {
      EntityType<O, ?> type = relation.owner();
      if (changed) {
        rows.replace(type, relation.foreignKey().set(type.copy(row), keys));
      }
      if (!type.record()) {
        Column<O> foreignKey = relation.foreignKey();
        rows.setCallerColumn(foreignKey, instance, new ArrayList<>(keys), foreignKey.get(instance));
      }
      return changed;
    }
  }
}
