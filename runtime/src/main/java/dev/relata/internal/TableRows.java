package dev.relata.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The in-memory side of {@link Rows}: the tables of a {@link Database}, changed through the undo
 * log of one {@link Transaction}. Rows are found through the tables' key and relation indexes.
 *
 * <p>Implementation notes. Several rows leave a table highest slot first ({@link #remove}, {@link
 * #clear}): each then leaves the end of its index buckets, not the front, so that removing or
 * re-keying the rows of a large bucket costs O(n), not O(n²).
 *
 * <p>A table that holds no row when this write {@link #expect expects} rows for it is {@link
 * Transaction#fill filled}: the rows this write then inserts or upserts into it take no undo entry
 * each, since one entry empties it again. This object lives for one write (a write nested later in
 * the same transaction has its own), which is what makes that exact; see {@link Transaction}.
 */
final class TableRows implements Rows {
  private final Tables tables;
  private final Transaction tx;

  /** The tables this write filled, in {@code filledCount} elements; rarely more than a few. */
  private Table<?>[] filled = new Table<?>[0];

  private int filledCount;

  TableRows(Tables tables, Transaction tx) {
    this.tables = tables;
    this.tx = tx;
  }

  @Override
  public <T> T row(EntityType<T, ?> type, Object key) {
    Table<T> table = tables.of(type);
    int slot = key == null ? -1 : table.slotOf(key);
    return slot < 0 ? null : table.row(slot);
  }

  @Override
  public <T> List<T> rows(EntityType<T, ?> type, Collection<?> keys) {
    List<T> found = new ArrayList<>(keys.size());
    for (Object key : keys) {
      T row = row(type, key);
      if (row != null) {
        found.add(row);
      }
    }
    return found;
  }

  @Override
  public <T> List<T> all(EntityType<T, ?> type) {
    Table<T> table = tables.of(type);
    List<T> rows = new ArrayList<>(table.size());
    for (int slot = 0, end = table.end(); slot < end; slot++) {
      T row = table.row(slot);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public <T> List<T> where(EntityType<T, ?> type, Column<T> column, Object value) {
    Table<T> table = tables.of(type);
    return rowsOf(table, table.bucket(column, value));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <O, T> List<List<T>> related(Relation<O, T> relation, List<O> owners) {
    Relation.Lookup lookup = relation.bind(tables);
    Table<T> table = (Table<T>) lookup.table();
    List<List<T>> related = new ArrayList<>(owners.size());
    for (O owner : owners) {
      related.add(rowsOf(table, lookup.related(owner)));
    }
    return related;
  }

  private static <T> List<T> rowsOf(Table<T> table, int[] bucket) {
    List<T> rows = new ArrayList<>(bucket[0]);
    for (int i = 1; i <= bucket[0]; i++) {
      rows.add(table.row(bucket[i]));
    }
    return rows;
  }

  @Override
  public long[] reserveNumbers(EntityType<?, ?> type, long explicit, int count) {
    long first = tx.reserveNumbers(tables.of(type), explicit, count);
    long[] numbers = new long[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = first + i;
    }
    return numbers;
  }

  @Override
  public Object randomKey(EntityType<?, ?> type) {
    return tx.randomKey(tables.of(type));
  }

  @Override
  public void expect(EntityType<?, ?> type, int rows) {
    Table<?> table = tables.of(type);
    if (filled(table)) {
      table.reserve(rows);
      return;
    }
    if (table.size() == 0) {
      tx.fill(table);
      if (filledCount == filled.length) {
        filled = Arrays.copyOf(filled, filledCount + 4);
      }
      filled[filledCount++] = table;
    } else {
      tx.expect(rows);
    }
    table.reserve(rows);
  }

  /** Whether this write filled {@code table} (see the class notes). */
  private boolean filled(Table<?> table) {
    for (int i = 0; i < filledCount; i++) {
      if (filled[i] == table) {
        return true;
      }
    }
    return false;
  }

  @Override
  public <T> void insert(EntityType<T, ?> type, T row) {
    Table<T> table = tables.of(type);
    if (filledCount > 0 && filled(table)) {
      tx.insertFilled(table, row);
    } else {
      tx.insert(table, row);
    }
  }

  @Override
  public <T> void upsert(EntityType<T, ?> type, T row) {
    Table<T> table = tables.of(type);
    if (filledCount > 0 && filled(table)) {
      tx.upsertFilled(table, row);
    } else {
      tx.upsert(table, row);
    }
  }

  /**
   * {@inheritDoc} Into a table this write filled, at once and without log entries (an insert is an
   * upsert whose key is new); elsewhere row by row.
   */
  @Override
  public <T> void storeAll(EntityType<T, ?> type, int n, RowFeed<T> source) {
    Table<T> table = tables.of(type);
    if (filledCount > 0 && filled(table)) {
      tx.upsertAllFilled(table, n, source);
    } else {
      Rows.super.storeAll(type, n, source);
    }
  }

  @Override
  public <T> void replace(EntityType<T, ?> type, T row) {
    Table<T> table = tables.of(type);
    tx.replace(table, table.slotOf(table.keyOf(row)), row);
  }

  @Override
  public <T> void clear(EntityType<T, ?> type, Column<T> column, List<Object> keys) {
    Table<T> table = tables.of(type);
    for (int slot : descendingSlots(table, keys)) {
      tx.replace(table, slot, column.set(type.copy(table.row(slot)), null));
    }
  }

  @Override
  public void remove(EntityType<?, ?> type, Collection<Object> keys) {
    Table<?> table = tables.of(type);
    if (keys.size() == table.size()) {
      tx.clear(table); // every row: detached at once
      return;
    }
    for (int slot : descendingSlots(table, keys)) {
      tx.remove(table, slot);
    }
  }

  private static int[] descendingSlots(Table<?> table, Collection<Object> keys) {
    int[] slots = new int[keys.size()];
    int n = 0;
    for (Object key : keys) {
      slots[n++] = table.slotOf(key);
    }
    Arrays.sort(slots);
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      int t = slots[i];
      slots[i] = slots[j];
      slots[j] = t;
    }
    return slots;
  }

  @Override
  public long removeAll(EntityType<?, ?> type) {
    return tx.clear(tables.of(type));
  }

  @Override
  public <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous) {
    tx.setCallerColumn(column, target, value, previous);
  }

  @Override
  public void setCallerColumns(
      Column<?>[] columns, Object[] targets, Object[] values, Object[] previous, int count) {
    tx.setCallerColumns(columns, targets, values, previous, count);
  }

  @Override
  public <T> void setCallerRelation(
      Relation<T, ?> relation, T target, Object value, Object previous) {
    tx.setCallerRelation(relation, target, value, previous);
  }
}
