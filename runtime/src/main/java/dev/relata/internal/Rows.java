package dev.relata.internal;

import java.util.Collection;
import java.util.List;

/**
 * Where the rows live, as the write engines see them inside one atomic write: the lower side of
 * the backend seam (see {@link Backend}). {@link SaveOperation}, {@link DeleteOperation}, {@link
 * Association}, {@link Attachment} and the resolver writes of {@link RelatedRows} are written once,
 * against this interface; the in-memory store implements it over its tables and undo log, a SQL
 * store over one database transaction.
 *
 * <p>Reads see the write's own changes. Rows handed in and out are the engines' private copies:
 * an implementation may keep a row it is given, and the engines never change a row they got. An
 * implementation may hold back changes and send them in batches (a SQL store does), as long as
 * every read sees them and they are all applied before the write ends. Where a method takes
 * several rows or keys, it may do its work in one round trip: the engines call it once per table
 * and relation, never once per row, so that a write costs a number of round trips that grows with
 * the relations it follows, not with the rows.
 *
 * <p>Writes into the caller's objects ({@link #setCallerColumn}, {@link #setCallerRelation}) are
 * part of the write too: a failure puts back what each field held.
 */
public interface Rows {
  /** The stored row of {@code type} with key {@code key}, or null. */
  <T> T row(EntityType<T, ?> type, Object key);

  /** The stored rows of {@code type} whose keys are among {@code keys}, in no particular order. */
  <T> List<T> rows(EntityType<T, ?> type, Collection<?> keys);

  /** Every row of {@code type}, in insertion order. */
  <T> List<T> all(EntityType<T, ?> type);

  /**
   * The rows of {@code type} whose {@code column} (its key or a column a relation matches on)
   * equals {@code value}, in insertion order; none for a {@code null} value.
   */
  <T> List<T> where(EntityType<T, ?> type, Column<T> column, Object value);

  /**
   * For each of {@code owners} (stored rows of the relation's owner), its related rows, in the
   * relation's order (see {@link Relation}).
   */
  <O, T> List<List<T>> related(Relation<O, T> relation, List<O> owners);

  /**
   * Reserves {@code count} numbers for new keys of {@code type}, above every number its table has
   * held and above {@code explicit} (the highest number this write stores as given, or {@link
   * Long#MIN_VALUE}), and returns them, ascending; no other write, of this process or another that
   * shares the store, ever gets one of them. With a {@code count} of 0 it only makes sure that
   * numbers assigned later go above {@code explicit}.
   */
  long[] reserveNumbers(EntityType<?, ?> type, long explicit, int count);

  /** A fresh random key for a new row of {@code type}, whose keys are {@code String}s or UUIDs. */
  Object randomKey(EntityType<?, ?> type);

  /** A hint: this write is about to store {@code rows} rows of {@code type}. */
  default void expect(EntityType<?, ?> type, int rows) {}

  /**
   * Stores {@code row}, whose key is new: {@link #reserveNumbers} gave it, or {@link #randomKey}.
   */
  <T> void insert(EntityType<T, ?> type, T row);

  /**
   * Stores {@code row}, or puts it in place of the row with its key, which keeps its place in
   * insertion order.
   */
  <T> void upsert(EntityType<T, ?> type, T row);

  /**
   * Stores the {@code n} rows that {@code source} makes, in order: each as {@link #insert} where
   * its key was assigned, else as {@link #upsert}. A bulk write's rows of one table at once, which
   * an implementation may store in bulk.
   */
  default <T> void storeAll(EntityType<T, ?> type, int n, RowFeed<T> source) {
    for (int i = 0; i < n; i++) {
      T row = source.next();
      if (source.assigned()) {
        insert(type, row);
      } else {
        upsert(type, row);
      }
    }
  }

  /**
   * The rows of a {@link #storeAll}, made one at a time as they are stored (so that each is at
   * hand when it is): making one may run entity code, and throw.
   */
  interface RowFeed<T> {
    /** The next row. */
    T next();

    /** Whether the key of the row {@link #next} returned last was assigned: no row holds it. */
    boolean assigned();
  }

  /** Puts {@code row} in place of the stored row with its key, which must exist. */
  <T> void replace(EntityType<T, ?> type, T row);

  /** Sets {@code column} to {@code null} in the stored rows of {@code type} with {@code keys}. */
  <T> void clear(EntityType<T, ?> type, Column<T> column, List<Object> keys);

  /** Removes the stored rows of {@code type} with {@code keys}, which must exist. */
  void remove(EntityType<?, ?> type, Collection<Object> keys);

  /** Removes every row of {@code type}; returns how many there were. */
  long removeAll(EntityType<?, ?> type);

  /**
   * Writes {@code value} into {@code column} of {@code target}, a caller's object (changed in
   * place), which held {@code previous}: if the write fails, {@code previous} is set back.
   */
  <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous);

  /**
   * Writes {@code values[i]} into {@code columns[i]} of {@code targets[i]}, which held {@code
   * previous[i]}, for each {@code i} below {@code count}, in order, as {@link #setCallerColumn}
   * does: if the write fails, every {@code previous[i]} is set back. The arrays become the
   * implementation's.
   */
  default void setCallerColumns(
      Column<?>[] columns, Object[] targets, Object[] values, Object[] previous, int count) {
    for (int i = 0; i < count; i++) {
      @SuppressWarnings("unchecked")
      Column<Object> column = (Column<Object>) columns[i];
      setCallerColumn(column, targets[i], values[i], previous[i]);
    }
  }

  /**
   * Writes {@code value} into the field of {@code relation} of {@code target}, a caller's object,
   * which held {@code previous}: if the write fails, {@code previous} is set back.
   */
  <T> void setCallerRelation(Relation<T, ?> relation, T target, Object value, Object previous);
}
