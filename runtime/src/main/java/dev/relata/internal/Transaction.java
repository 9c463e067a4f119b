package dev.relata.internal;

import dev.relata.RelataException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One atomic write: every change to a table goes through here and is logged, so that a failure
 * anywhere puts every table back exactly as it was.
 *
 * <p>Implementation notes. The undo log holds, per change, the table, the slot and the row the slot
 * held before ({@code null}: it was free). Rolling back restores them in reverse order through
 * {@link Table#restore}, which also restores the indexes; restoring a slot restores the row's place
 * in insertion order. Two entries are special: a whole-table {@link #clear} is one entry holding
 * the detached table ({@link #CLEARED}), and a change of a table's highest numeric key, which key
 * assignment reads, holds the old number ({@link #COUNTER}). Because counters are in the log too, a
 * rollback to any {@link #mark} is exact. Runs only under the write lock.
 */
final class Transaction {
  private static final int CLEARED = -1;
  private static final int COUNTER = -2;

  private Table<?>[] tables = new Table<?>[16];
  private int[] slots = new int[16];
  private Object[] previous = new Object[16];
  private int size;
  private final Set<Table<?>> touched = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The table of the latest entry, to skip the set lookup in runs of writes to one table. */
  private Table<?> lastTouched;

  /**
   * Appends {@code row}, whose key is set and new to the table; returns its slot. A numeric key
   * must be covered by {@link #reserveNumbers} first, so that no key is assigned twice.
   */
  <T> int insert(Table<T> table, T row) {
    int slot = table.append(row);
    log(table, slot, null);
    return slot;
  }

  /**
   * Inserts {@code row}, or puts it in place of the row with its key (which keeps its slot). A new
   * numeric key must be covered by {@link #reserveNumbers} first.
   */
  <T> void upsert(Table<T> table, T row) {
    int slot = table.upsert(row);
    log(table, slot, table.replaced());
  }

  /** Puts {@code row}, which has the same key, in place of the row in {@code slot}. */
  <T> void replace(Table<T> table, int slot, T row) {
    T old = table.replace(slot, row);
    log(table, slot, old);
  }

  <T> void remove(Table<T> table, int slot) {
    T old = table.remove(slot);
    log(table, slot, old);
  }

  /** Removes every row of {@code table} at once; returns how many there were. */
  int clear(Table<?> table) {
    Table.Detached state = table.detach();
    log(table, CLEARED, state);
    return state.live();
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
      log(table, COUNTER, old);
    }
    return first;
  }

  /** Makes room in the log for {@code entries} more, before a bulk write. */
  void expect(int entries) {
    long needed = (long) size + entries;
    if (needed > tables.length && needed < Integer.MAX_VALUE - 8) {
      // At least doubling, as log does: writes nested in one transaction each expect a few.
      int capacity = (int) Math.min(Math.max(needed, 2L * tables.length), Integer.MAX_VALUE - 8);
      tables = Arrays.copyOf(tables, capacity);
      slots = Arrays.copyOf(slots, capacity);
      previous = Arrays.copyOf(previous, capacity);
    }
  }

  private void log(Table<?> table, int slot, Object old) {
    if (size == tables.length) {
      int capacity = size * 2;
      tables = Arrays.copyOf(tables, capacity);
      slots = Arrays.copyOf(slots, capacity);
      previous = Arrays.copyOf(previous, capacity);
    }
    tables[size] = table;
    slots[size] = slot;
    previous[size] = old;
    size++;
    if (table != lastTouched) {
      touched.add(table);
      lastTouched = table;
    }
  }

  /** A point to roll back to, for a write nested in this transaction. */
  int mark() {
    return size;
  }

  /**
   * Undoes the changes logged after {@code mark}, newest first. Restoring a row reads its index
   * values, which may run entity code (getters); a step that throws is passed over so that every
   * other step still runs, and the first failure is thrown at the end.
   */
  void rollbackTo(int mark) {
    RuntimeException failure = null;
    for (int i = size - 1; i >= mark; i--) {
      Table<?> table = tables[i];
      try {
        if (slots[i] == CLEARED) {
          table.reattach((Table.Detached) previous[i]);
        } else if (slots[i] == COUNTER) {
          table.setHighestNumber((Long) previous[i]);
        } else {
          table.restore(slots[i], previous[i]);
        }
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = new IllegalStateException("could not undo a write of " + table.type, e);
        } else {
          failure.addSuppressed(e);
        }
      }
      tables[i] = null;
      previous[i] = null;
    }
    size = mark;
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Checks the unique indexes of the rows written since {@code mark}, when a write is done; a
   * {@link dev.relata.DuplicateKeyException} if one now shares a value with another row, for the
   * caller to roll back. See {@link Table}'s notes.
   */
  void checkUnique(int mark) {
    for (int i = mark; i < size; i++) {
      if (slots[i] >= 0 && tables[i].mayClash()) {
        tables[i].checkUnique(slots[i]);
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
