package dev.relata.internal;

/**
 * An index over the values of one column: value → the slots of the rows that hold it. {@link Table}
 * keeps every index of a table through this, so that one write path serves hash ({@link
 * MultiIndex}) and sorted ({@link SortedIndex}) indexes. Values are never {@code null}.
 */
interface ColumnIndex {
  /**
   * Adds {@code slot} under {@code value}; returns whether another slot held the value already, so
   * that a unique index knows when it needs a check.
   */
  boolean add(Object value, int slot);

  /** Removes {@code slot} from under {@code value}; nothing if it is not there. */
  void remove(Object value, int slot);

  /** The number of rows that hold {@code value}. */
  int count(Object value);

  /** Renumbers every slot through {@code newSlotOf}, which keeps their order, after compaction. */
  void remap(int[] newSlotOf);

  /** A new, empty index of the same kind. */
  ColumnIndex emptyCopy();
}
