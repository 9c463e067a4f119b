package dev.relata.internal;

import dev.relata.DeleteRestrictedException;
import dev.relata.OnDelete;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes rows and applies the {@link OnDelete} rules of their relations, on any backend (see
 * {@link Rows}).
 *
 * <p>Implementation notes. A delete first computes, without changing anything, the closure of the
 * rows it removes: the rows asked for, then, following every {@code CASCADE} relation of every row
 * removed, their related rows, recursively (each row once, by key, so cycles end). Along the way it
 * notes the related rows of {@code SET_NULL} relations and the owners of {@code RESTRICT} relations
 * with their related rows. Only when the closure is complete does it check the restrictions, so a
 * restricted row that the same delete removes anyway (by another cascade, in any order) does not
 * refuse it. Then it clears the keys of the {@code SET_NULL} rows that stay, and removes the
 * closure. It runs inside one write, so a failure part way leaves the store as it was.
 *
 * <p>The closure grows in batches: the rows of one table reached in one step are followed together,
 * one {@link Rows#related} call per relation, so that a SQL store asks one query per relation and
 * level, never one per row.
 */
final class DeleteOperation {
  private final Rows rows;

  /** The closure: per table, the rows it removes by key, in the order they were reached. */
  private final Map<EntityType<?, ?>, Map<Object, Object>> doomed = new IdentityHashMap<>();

  /** Rows added to the closure whose rules are not followed yet, a batch per table and step. */
  private final ArrayDeque<Batch> pending = new ArrayDeque<>();

  /** Related rows whose foreign key to a removed row is cleared, unless they go too. */
  private final List<RuledRows> nulls = new ArrayList<>();

  /** Removed rows that have related rows through a {@code RESTRICT} relation. */
  private final List<Restriction> restricts = new ArrayList<>();

  /** Rows of one table added to the closure together. */
  private record Batch(EntityType<Object, ?> type, List<Object> rows) {}

  /** Rows of the target of a {@code SET_NULL} relation. */
  private record RuledRows(Relation<?, ?> relation, List<Object> rows) {}

  /** A removed row, a {@code RESTRICT} relation of it and its related rows. */
  private record Restriction(
      EntityType<?, ?> type, Object row, Relation<?, ?> relation, List<Object> related) {}

  private DeleteOperation(Rows rows) {
    this.rows = rows;
  }

  /**
   * Deletes {@code roots}, stored rows of {@code type}, and what their rules reach; returns how
   * many of the roots were deleted (a row given twice counts once).
   */
  @SuppressWarnings("unchecked")
  static <T> long run(Rows rows, EntityType<T, ?> type, List<T> roots) {
    if (roots.isEmpty()) {
      return 0;
    }
    DeleteOperation delete = new DeleteOperation(rows);
    List<Object> batch = delete.doom((EntityType<Object, ?>) type, (List<Object>) roots);
    if (!hasRules(type)) {
      rows.remove(type, delete.doomed.get(type).keySet()); // nothing to follow: the common case
      return batch.size();
    }
    delete.apply();
    return batch.size();
  }

  /** Deletes every row of {@code type} and what their rules reach; returns how many of it went. */
  static <T> long runAll(Rows rows, EntityType<T, ?> type) {
    if (!hasRules(type)) {
      return rows.removeAll(type);
    }
    return run(rows, type, rows.all(type));
  }

  private static boolean hasRules(EntityType<?, ?> type) {
    for (Relation<?, ?> relation : type.relations()) {
      if (relation.onDelete() != OnDelete.NOTHING) {
        return true;
      }
    }
    return false;
  }

  /** Adds the rows of {@code candidates} not in the closure yet to it; returns those added. */
  private List<Object> doom(EntityType<Object, ?> type, List<Object> candidates) {
    Map<Object, Object> set = doomed.computeIfAbsent(type, t -> new LinkedHashMap<>());
    Column<Object> key = type.key();
    List<Object> added = new ArrayList<>(candidates.size());
    for (Object row : candidates) {
      if (set.putIfAbsent(key.get(row), row) == null) {
        added.add(row);
      }
    }
    if (!added.isEmpty()) {
      pending.add(new Batch(type, added));
    }
    return added;
  }

  private boolean isDoomed(EntityType<?, ?> type, Object row) {
    Map<Object, Object> set = doomed.get(type);
    return set != null && set.containsKey(keyOf(type, row));
  }

  @SuppressWarnings("unchecked")
  private static Object keyOf(EntityType<?, ?> type, Object row) {
    return ((Column<Object>) type.key()).get(row);
  }

  @SuppressWarnings("unchecked")
  private void apply() {
    while (!pending.isEmpty()) {
      Batch batch = pending.poll();
      for (Relation<Object, ?> relation : batch.type().relations()) {
        OnDelete rule = relation.onDelete();
        if (rule == OnDelete.NOTHING) {
          continue;
        }
        List<List<Object>> related =
            rows.related((Relation<Object, Object>) relation, batch.rows());
        EntityType<Object, ?> target = (EntityType<Object, ?>) relation.target();
        for (int i = 0; i < related.size(); i++) {
          List<Object> of = related.get(i);
          if (of.isEmpty()) {
            continue;
          }
          switch (rule) {
            case CASCADE -> doom(target, of);
            case SET_NULL -> nulls.add(new RuledRows(relation, of));
            case RESTRICT ->
                restricts.add(new Restriction(batch.type(), batch.rows().get(i), relation, of));
            default -> throw new AssertionError(rule);
          }
        }
      }
    }
    checkRestrictions();
    clearKeys();
    remove();
  }

  private void checkRestrictions() {
    for (Restriction restrict : restricts) {
      EntityType<?, ?> target = restrict.relation().target();
      List<Object> remaining = new ArrayList<>();
      for (Object row : restrict.related()) {
        if (!isDoomed(target, row)) {
          remaining.add(keyOf(target, row));
        }
      }
      if (!remaining.isEmpty()) {
        throw new DeleteRestrictedException(
            restrict.type().name(),
            keyOf(restrict.type(), restrict.row()),
            restrict.relation().name(),
            target.name(),
            remaining);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void clearKeys() {
    for (RuledRows entry : nulls) {
      ChildRelation<?, Object> relation = (ChildRelation<?, Object>) entry.relation();
      EntityType<Object, ?> target = relation.target();
      List<Object> keys = new ArrayList<>(entry.rows().size());
      for (Object row : entry.rows()) {
        if (!isDoomed(target, row)) {
          keys.add(keyOf(target, row));
        }
      }
      if (!keys.isEmpty()) {
        rows.clear(target, relation.foreignKey(), keys);
      }
    }
  }

  private void remove() {
    doomed.forEach((type, set) -> rows.remove(type, set.keySet()));
  }
}
