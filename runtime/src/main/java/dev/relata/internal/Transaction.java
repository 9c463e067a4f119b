package dev.relata.internal;

import dev.relata.RelataException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One atomic write: every change to a table, and every value written into a caller's object, goes
 * through here and is logged, so that a failure anywhere puts every table and every caller's object
 * back exactly as it was.
 *
 * <p>Implementation notes. The undo log holds one entry per change, in parallel arrays: its kind,
 * the table and slot, the row the slot held before, and the key and indexed values that undoing it
 * needs, all read when the change was made. So a rollback calls no entity code for the store's own
 * tables: a getter that fails while a failed write is undone cannot leave part of it in place. The
 * values written into the caller's objects (assigned keys, foreign keys, rebuilt records) are
 * logged with the value the field held before, read before anything was written; undoing them calls
 * only setters, with those known values. Rolling back restores entries in reverse order; restoring
 * a slot restores the row's place in insertion order. A whole-table {@link #clear} is one entry
 * holding the detached table, and a change of a table's highest numeric key, which key assignment
 * reads, holds the old number: because counters are in the log too, a rollback to any {@link #mark}
 * is exact.
 *
 * <p>A table that is empty when a bulk write begins is {@link #fill filled} instead: its empty state
 * is detached and logged as one entry, whose undo reattaches it, and the rows of that write go in
 * through {@link #insertFilled} and {@link #upsertFilled} without an entry each (a bulk save into an
 * empty table would otherwise log one entry per row, and keep every key and indexed value alive in
 * the log until the write ends). That is exact only within the write that filled the table: a write
 * nested later in the same transaction rolls back to its own mark, after the fill, and must find
 * its rows in the log. So the caller ({@link TableRows}, one per write) remembers the tables it
 * filled, and later writes log as usual. Runs only under the write lock.
 */
final class Transaction {
  /** A row appended: undo frees the slot (key and values of the new row). */
  private static final byte INSERTED = 0;

  /** A row replaced by one with the same key: undo puts the previous row back (both values). */
  private static final byte REPLACED = 1;

  /** A row removed: undo puts it back (its key and values). */
  private static final byte REMOVED = 2;

  /** A table emptied at once: undo reattaches the detached state. */
  private static final byte CLEARED = 3;

  /** A table's highest number raised: undo sets the old number. */
  private static final byte COUNTER = 4;

  /** A column of a caller's object written: undo sets the previous value. */
  private static final byte CALLER_COLUMN = 5;

  /** A relation field of a caller's object written: undo sets the previous value. */
  private static final byte CALLER_RELATION = 6;

  /** An empty table filled without an entry per row: undo reattaches its empty state. */
  private static final byte FILLED = 7;

  /** Columns of many caller's objects written: undo sets each previous value, newest first. */
  private static final byte CALLER_COLUMNS = 8;

  private byte[] kinds = new byte[16];
  private Table<?>[] tables = new Table<?>[16];
  private int[] slots = new int[16];

  /**
   * The row a slot held before; the detached state; the old number; or the caller's object written.
   */
  private Object[] previous = new Object[16];

  /** The key of the row appended or removed; or the column or relation of a caller's object. */
  private Object[] keys = new Object[16];

  /** The indexed values of the previous row; or a caller's object's previous value. */
  private Object[] before = new Object[16];

  /** The indexed values of the row written. */
  private Object[] after = new Object[16];

  private int size;
  private final Set<Table<?>> touched = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The table of the latest entry, to skip the set lookup in runs of writes to one table. */
  private Table<?> lastTouched;

  /**
   * Appends {@code row}, whose key is set and new to the table; returns its slot. A numeric key
   * must be covered by {@link #reserveNumbers} first, so that no key is assigned twice.
   */
  <T> int insert(Table<T> table, T row) {
    Object key = table.keyOf(row);
    Object values = table.indexedValues(row);
    int slot = table.append(row, key, values);
    log(INSERTED, table, slot, null, key, null, values);
    return slot;
  }

  /**
   * Inserts {@code row}, or puts it in place of the row with its key (which keeps its slot). A new
   * numeric key must be covered by {@link #reserveNumbers} first.
   */
  <T> void upsert(Table<T> table, T row) {
    Object key = table.keyOf(row);
    Object values = table.indexedValues(row);
    int slot = table.upsert(row, key, values);
    T old = table.replaced();
    if (old == null) {
      log(INSERTED, table, slot, null, key, null, values);
    } else {
      log(REPLACED, table, slot, old, null, table.replacedValues(), values);
    }
  }

  /** Puts {@code row}, which has the same key, in place of the row in {@code slot}. */
  <T> void replace(Table<T> table, int slot, T row) {
    T old = table.row(slot);
    Object oldValues = table.indexedValues(old);
    Object values = table.indexedValues(row);
    table.replace(slot, row, oldValues, values);
    log(REPLACED, table, slot, old, null, oldValues, values);
  }

  <T> void remove(Table<T> table, int slot) {
    T old = table.row(slot);
    Object key = table.keyOf(old);
    Object values = table.indexedValues(old);
    table.remove(slot, key, values);
    log(REMOVED, table, slot, old, key, values, null);
  }

  /** Removes every row of {@code table} at once; returns how many there were. */
  int clear(Table<?> table) {
    Table.Detached state = table.detach();
    log(CLEARED, table, 0, state, null, null, null);
    return state.live();
  }

  /**
   * Starts filling {@code table}, which holds no row: detaches its empty state into the log, so that
   * undoing this one entry removes every row that {@link #insertFilled} and {@link #upsertFilled}
   * put in after it. See the class notes for who may call those.
   */
  void fill(Table<?> table) {
    log(FILLED, table, 0, table.detach(), null, null, null);
  }

  /** {@link #insert} into a table this write {@link #fill filled}, without a log entry. */
  <T> void insertFilled(Table<T> table, T row) {
    table.append(row, table.keyOf(row), table.indexedValues(row));
  }

  /** {@link #upsert} into a table this write {@link #fill filled}, without a log entry. */
  <T> void upsertFilled(Table<T> table, T row) {
    table.upsert(row, table.keyOf(row), table.indexedValues(row));
  }

  /**
   * {@link #upsertFilled} of the {@code n} rows of {@code source}, in order, at once ({@link
   * Table#upsertAll}: the table indexes them in bulk).
   */
  <T> void upsertAllFilled(Table<T> table, int n, Rows.RowFeed<T> source) {
    table.upsertAll(n, source);
  }

  /** A random key for a new row of a table with {@code String} or {@code UUID} keys. */
  Object randomKey(Table<?> table) {
    KeyKind kind = table.type.keyKind();
    Object key;
    do {
      key = kind.random();
    } while (table.slotOf(key) >= 0);
    return key;
  }

  /**
   * Reserves {@code count} numbers for new keys of {@code table}, above every number it has held
   * and above {@code explicit}, the highest numeric key this write stores as given (or {@link
   * Long#MIN_VALUE}); returns the first. One counter change, logged once.
   */
  long reserveNumbers(Table<?> table, long explicit, int count) {
    long old = table.highestNumber();
    long base = Math.max(old, explicit);
    if (count > 0 && base > Long.MAX_VALUE - count) {
      throw new RelataException(
          "no key is left to assign in " + table.type.name() + ": it has held key " + base);
    }
    long first = base + 1;
    long highest = count == 0 ? base : first + count - 1;
    if (count > 0) {
      table.type.keyKind().number(highest); // an int key out of range fails before any change
    }
    if (highest > old) {
      table.setHighestNumber(highest);
      log(COUNTER, table, 0, old, null, null, null);
    }
    return first;
  }

  /**
   * Writes {@code value} into {@code column} of {@code target}, a caller's object (a class
   * instance, changed in place), which held {@code previous}: a rollback sets {@code previous}
   * back. Logged before the setter runs, since a setter that throws may have changed the field
   * already.
   */
  <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous) {
    log(CALLER_COLUMN, null, 0, target, column, previous, null);
    column.set(target, value);
  }

  /**
   * {@link #setCallerColumn} for the first {@code count} elements of the arrays, in order, logged as
   * one entry that holds the arrays (a nested save writes a key into each of a million children).
   * Logged before any setter runs: undoing a write that did not happen sets a field to the value
   * it holds.
   */
  void setCallerColumns(
      Column<?>[] columns, Object[] targets, Object[] values, Object[] previous, int count) {
    log(CALLER_COLUMNS, null, count, targets, columns, previous, null);
    for (int i = 0; i < count; i++) {
      @SuppressWarnings("unchecked")
      Column<Object> column = (Column<Object>) columns[i];
      column.set(targets[i], values[i]);
    }
  }

  /**
   * Writes {@code value} into the field of {@code relation} of {@code target}, a caller's object (a
   * class instance), which held {@code previous}: a rollback sets {@code previous} back.
   */
  <T> void setCallerRelation(Relation<T, ?> relation, T target, Object value, Object previous) {
    log(CALLER_RELATION, null, 0, target, relation, previous, null);
    relation.withValue(target, value);
  }

  /** Makes room in the log for {@code entries} more, before a bulk write. */
  void expect(int entries) {
    long needed = (long) size + entries;
    if (needed > tables.length && needed < Integer.MAX_VALUE - 8) {
      // At least doubling, as log does: writes nested in one transaction each expect a few.
      grow((int) Math.min(Math.max(needed, 2L * tables.length), Integer.MAX_VALUE - 8));
    }
  }

  private void grow(int capacity) {
    kinds = Arrays.copyOf(kinds, capacity);
    tables = Arrays.copyOf(tables, capacity);
    slots = Arrays.copyOf(slots, capacity);
    previous = Arrays.copyOf(previous, capacity);
    keys = Arrays.copyOf(keys, capacity);
    before = Arrays.copyOf(before, capacity);
    after = Arrays.copyOf(after, capacity);
  }

  private void log(
      byte kind,
      Table<?> table,
      int slot,
      Object previousRow,
      Object key,
      Object beforeValues,
      Object afterValues) {
    if (size == tables.length) {
      grow(size * 2);
    }
    kinds[size] = kind;
    tables[size] = table;
    slots[size] = slot;
    previous[size] = previousRow;
    keys[size] = key;
    before[size] = beforeValues;
    after[size] = afterValues;
    size++;
    if (table != null && table != lastTouched) {
      touched.add(table);
      lastTouched = table;
    }
  }

  /**
   * Whether this transaction has logged a change to {@code table} (one since undone counts too):
   * then entries of the log hold that table's indexed values as its indexes were.
   */
  boolean wrote(Table<?> table) {
    return touched.contains(table);
  }

  /** A point to roll back to, for a write nested in this transaction. */
  int mark() {
    return size;
  }

  /**
   * Undoes the changes logged after {@code mark}, newest first. Tables are restored from the log
   * alone; caller's objects through their setters, which are entity code and may throw again: a
   * step that throws is passed over so that every other step still runs, and the first failure is
   * thrown at the end.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void rollbackTo(int mark) {
    RuntimeException failure = null;
    for (int i = size - 1; i >= mark; i--) {
      Table table = tables[i];
      try {
        switch (kinds[i]) {
          case INSERTED -> table.unappend(slots[i], keys[i], after[i]);
          case REPLACED -> table.replace(slots[i], previous[i], after[i], before[i]);
          case REMOVED -> table.putBack(slots[i], previous[i], keys[i], before[i]);
          case CLEARED, FILLED -> table.reattach((Table.Detached) previous[i]);
          case COUNTER -> table.setHighestNumber((Long) previous[i]);
          case CALLER_COLUMN -> ((Column) keys[i]).set(previous[i], before[i]);
          case CALLER_RELATION -> ((Relation) keys[i]).withValue(previous[i], before[i]);
          case CALLER_COLUMNS -> failure = undoCallerColumns(i, failure);
          default -> throw new AssertionError(kinds[i]);
        }
      } catch (Throwable e) {
        // Throwable: a setter may throw an Error, or a checked exception it does not declare.
        failure =
            undoFailed(
                failure,
                table == null
                    ? "into a " + previous[i].getClass().getSimpleName() + " of the caller"
                    : "of " + table.type,
                e);
      }
      tables[i] = null;
      previous[i] = null;
      keys[i] = null;
      before[i] = null;
      after[i] = null;
    }
    size = mark;
    settle();
    if (failure != null) {
      throw failure;
    }
  }

  /** {@code failure}, or a new one, with {@code e}, thrown while undoing a write {@code what}. */
  private static RuntimeException undoFailed(
      RuntimeException failure, String what, Throwable e) {
    if (failure == null) {
      return new IllegalStateException("could not undo a write " + what, e);
    }
    failure.addSuppressed(e);
    return failure;
  }

  /**
   * Undoes the entry {@code i} of {@link #setCallerColumns}, newest first; a setter that throws is
   * passed over, as in {@link #rollbackTo}, and what it threw added to {@code failure} (or made
   * it), which is returned.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private RuntimeException undoCallerColumns(int i, RuntimeException failure) {
    Object[] targets = (Object[]) previous[i];
    Column[] columns = (Column[]) keys[i];
    Object[] values = (Object[]) before[i];
    for (int k = slots[i] - 1; k >= 0; k--) {
      try {
        columns[k].set(targets[k], values[k]);
      } catch (Throwable e) {
        failure = undoFailed(failure, "into a " + targets[k].getClass().getSimpleName() + " of the caller", e);
      }
    }
    return failure;
  }

  /**
   * Ends the bulk mode of the sorted indexes of every table touched, at the end of a write, done or
   * undone, so that no reader finds entries still buffered (see {@link SortedIndex}).
   */
  private void settle() {
    for (Table<?> table : touched) {
      table.settle();
    }
  }

  /**
   * Checks the unique indexes of the rows written since {@code mark}, when a write is done; a
   * {@link dev.relata.DuplicateKeyException} if one now shares a value with another row, for the
   * caller to roll back. See {@link Table}'s notes.
   */
  void checkUnique(int mark) {
    settle();
    for (int i = mark; i < size; i++) {
      // Only rows put into a table can clash; removals, counters and caller writes cannot.
      if ((kinds[i] == INSERTED || kinds[i] == REPLACED) && tables[i].mayClash()) {
        tables[i].checkUnique(slots[i]);
      } else if (kinds[i] == FILLED && tables[i].mayClash()) {
        // Its rows have no entries: every slot now in use came after the fill (or later still).
        for (int slot = 0, end = tables[i].end(); slot < end; slot++) {
          tables[i].checkUnique(slot);
        }
      }
    }
    if (mark == 0) {
      // Every row written is checked (a nested write checks its own only, so it clears nothing).
      for (Table<?> table : touched) {
        table.clashesChecked();
      }
    }
  }

  /** Ends the transaction: tidies the tables it changed. */
  void commit() {
    for (Table<?> table : touched) {
      table.compactIfSparse();
    }
  }
}
