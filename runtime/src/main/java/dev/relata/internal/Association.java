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
      Backend backend,
      BelongsToRelation<C, P> relation,
      BoundParent<C> child,
      C instance,
      P parent) {
    EntityType<P, ?> parentType = relation.target();
    String what = "associate " + relation;
    return backend.atomically(
        what,
        rows -> {
          child.require(rows, what); // refused before anything is saved
          Object parentKey = parentType.key().get(parent);
          P stored = parentType.unassigned(parentKey) ? null : rows.row(parentType, parentKey);
          P linked = parent;
          Object ownerKey;
          if (stored != null) {
            ownerKey = relation.ownerKey().get(stored);
          } else {
            linked =
                SaveOperation.run(
                        rows, parentType, List.of(parent), SaveOperation.Mode.UPSERT, null)
                    .get(0);
            ownerKey = relation.ownerKey().get(linked);
          }
          // Found again: saving the parent may have replaced (or released) the child's row.
          setForeignKey(rows, relation, child.require(rows, what), ownerKey);
          return handBack(rows, relation, instance, ownerKey, linked);
        });
  }

  /**
   * Clears the foreign key of the stored row of {@code child}, and of {@code instance}, the object
   * the resolver was made for, and its relation field (for a record: of a new instance, returned).
   * A primitive foreign key cannot be cleared: a {@link RelataException}, and nothing changes.
   */
  public static <C> C dissociate(
      Backend backend, BelongsToRelation<C, ?> relation, BoundParent<C> child, C instance) {
    if (relation.foreignKey().primitive()) {
      throw new RelataException(
          relation.owner().name()
              + "."
              + relation.foreignKey().name()
              + " is primitive and cannot be cleared; declare it with a boxed type to dissociate");
    }
    String what = "dissociate " + relation;
    return backend.atomically(
        what,
        rows -> {
          setForeignKey(rows, relation, child.require(rows, what), null);
          return handBack(rows, relation, instance, null, null);
        });
  }

  private static <C> void setForeignKey(
      Rows rows, BelongsToRelation<C, ?> relation, C row, Object key) {
    EntityType<C, ?> type = relation.owner();
    rows.replace(type, relation.foreignKey().set(type.copy(row), key));
  }

  /**
   * {@code instance} with {@code key} in its foreign key and {@code parent} in its relation field:
   * the object itself, its previous values logged for undo, or for a record a new instance.
   */
  private static <C, P> C handBack(
      Rows rows, BelongsToRelation<C, P> relation, C instance, Object key, P parent) {
    Column<C> foreignKey = relation.foreignKey();
    if (relation.owner().record()) {
      return relation.withValue(foreignKey.set(instance, key), parent);
    }
    Object previousKey = foreignKey.get(instance);
    Object previousParent = relation.valueOf(instance);
    rows.setCallerColumn(foreignKey, instance, key, previousKey);
    rows.setCallerRelation(relation, instance, parent, previousParent);
    return instance;
  }
}
