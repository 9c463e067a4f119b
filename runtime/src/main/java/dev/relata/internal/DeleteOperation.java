package dev.relata.internal;

import dev.relata.DeleteRestrictedException;
import dev.relata.OnDelete;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes rows and applies the {@link OnDelete} rules of their relations.
 *
 * <p>Implementation notes. A delete first computes, without changing anything, the closure of the
 * rows it removes: the rows asked for, then, following every {@code CASCADE} relation of every row
 * removed, their related rows, recursively (each row once, so cycles end). Along the way it notes
 * the related rows of {@code SET_NULL} relations and the owners of {@code RESTRICT} relations. Only
 * when the closure is complete does it check the restrictions, so a restricted row that the same
 * delete removes anyway (by another cascade, in any order) does not refuse it. Then it clears the
 * keys of the {@code SET_NULL} rows that stay, and removes the closure. It runs inside a {@link
 * Transaction}, so a failure part way leaves the store as it was.
 */
final class DeleteOperation {
  private final Tables tables;
  private final Transaction tx;
  private final Map<Table<?>, SlotSet> doomed = new IdentityHashMap<>();
  private final ArrayDeque<Row> pending = new ArrayDeque<>();
  private final Map<Relation<?, ?>, Relation.Lookup> lookups = new IdentityHashMap<>();

  /** Related rows whose foreign key to a removed row is cleared, unless they go too. */
  private final List<RuledRow> nulls = new ArrayList<>();

  /** Removed rows that have related rows through a {@code RESTRICT} relation. */
  private final List<RuledRow> restricts = new ArrayList<>();

  /** A row of the closure, waiting for its rules to be followed. */
  private record Row(Table<?> table, int slot) {}

  /** A row and the relation whose rule concerns it. */
  private record RuledRow(Table<?> table, int slot, Relation<?, ?> relation) {}

  private DeleteOperation(Tables tables, Transaction tx) {
    this.tables = tables;
    this.tx = tx;
  }

  /** Deletes the rows of {@code table} in {@code slots} (a bucket) and what their rules reach. */
  static int run(Tables tables, Transaction tx, Table<?> table, int[] slots) {
    DeleteOperation delete = new DeleteOperation(tables, tx);
    int roots = 0;
    for (int i = 1, n = slots[0]; i <= n; i++) {
      if (delete.doom(table, slots[i])) {
        roots++;
      }
    }
    delete.apply();
    return roots;
  }

  /** Deletes the row of {@code table} in {@code slot} and what its rules reach; true if it went. */
  static boolean runOne(Tables tables, Transaction tx, Table<?> table, int slot) {
    DeleteOperation delete = new DeleteOperation(tables, tx);
    boolean doomed = delete.doom(table, slot);
    delete.apply();
    return doomed;
  }

  /** Deletes every row of {@code table} and what their rules reach. */
  static int runAll(Tables tables, Transaction tx, Table<?> table) {
    if (!hasRules(table.type)) {
      return tx.clear(table);
    }
    DeleteOperation delete = new DeleteOperation(tables, tx);
    int roots = 0;
    for (int slot = 0, end = table.end(); slot < end; slot++) {
      if (table.row(slot) != null && delete.doom(table, slot)) {
        roots++;
      }
    }
    delete.apply();
    return roots;
  }

  private static boolean hasRules(EntityType<?, ?> type) {
    for (Relation<?, ?> relation : type.relations()) {
      if (relation.onDelete() != OnDelete.NOTHING) {
        return true;
      }
    }
    return false;
  }

  /** Adds a row to the closure; false if it was in it already. */
  private boolean doom(Table<?> table, int slot) {
    if (!doomed.computeIfAbsent(table, t -> new SlotSet()).add(slot)) {
      return false;
    }
    pending.add(new Row(table, slot));
    return true;
  }

  private boolean isDoomed(Table<?> table, int slot) {
    SlotSet set = doomed.get(table);
    return set != null && set.contains(slot);
  }

  private Relation.Lookup lookup(Relation<?, ?> relation) {
    return lookups.computeIfAbsent(relation, r -> r.bind(tables));
  }

  private void apply() {
    while (!pending.isEmpty()) {
      Row next = pending.poll();
      Table<?> table = next.table();
      int slot = next.slot();
      Object row = table.row(slot);
      for (Relation<?, ?> relation : table.type.relations()) {
        OnDelete rule = relation.onDelete();
        if (rule == OnDelete.NOTHING) {
          continue;
        }
        Relation.Lookup lookup = lookup(relation);
        int[] related = lookup.related(row);
        int n = related[0];
        switch (rule) {
          case CASCADE -> {
            for (int i = 1; i <= n; i++) {
              doom(lookup.table(), related[i]);
            }
          }
          case SET_NULL -> {
            for (int i = 1; i <= n; i++) {
              nulls.add(new RuledRow(lookup.table(), related[i], relation));
            }
          }
          case RESTRICT -> {
            if (n > 0) {
              restricts.add(new RuledRow(table, slot, relation));
            }
          }
          default -> throw new AssertionError(rule);
        }
      }
    }
    checkRestrictions();
    clearKeys();
    remove();
  }

  private void checkRestrictions() {
    for (RuledRow restrict : restricts) {
      Table<?> table = restrict.table();
      Object row = table.row(restrict.slot());
      Relation<?, ?> relation = restrict.relation();
      Relation.Lookup lookup = lookup(relation);
      Table<?> related = lookup.table();
      int[] slots = lookup.related(row);
      List<Object> remaining = new ArrayList<>();
      for (int i = 1, n = slots[0]; i <= n; i++) {
        if (!isDoomed(related, slots[i])) {
          remaining.add(key(related, slots[i]));
        }
      }
      if (!remaining.isEmpty()) {
        throw new DeleteRestrictedException(
            table.type.name(),
            key(table, restrict.slot()),
            relation.name(),
            related.type.name(),
            remaining);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object key(Table<?> table, int slot) {
    return ((Column<Object>) table.type.key()).get(table.row(slot));
  }

  @SuppressWarnings("unchecked")
  private void clearKeys() {
    // Newest first: each row then leaves the end of its foreign-key bucket, not the front, so that
    // clearing the keys of a large bucket costs O(n), not O(n²).
    for (int i = nulls.size() - 1; i >= 0; i--) {
      RuledRow entry = nulls.get(i);
      Table<Object> table = (Table<Object>) entry.table();
      int slot = entry.slot();
      if (!isDoomed(table, slot)) {
        tx.replace(table, slot, entry.relation().cleared(table.row(slot)));
      }
    }
  }

  private void remove() {
    for (Map.Entry<Table<?>, SlotSet> entry : doomed.entrySet()) {
      Table<?> table = entry.getKey();
      SlotSet slots = entry.getValue();
      if (slots.size() == table.size()) {
        tx.clear(table);
      } else {
        // Highest slot first, so every row leaves the end of its index buckets (see clearKeys).
        for (int slot : slots.descending()) {
          tx.remove(table, slot);
        }
      }
    }
  }
}
