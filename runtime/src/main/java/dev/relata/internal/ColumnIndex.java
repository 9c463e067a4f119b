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

  /**
   * Adds slot {@code firstSlot + i} under {@code values[i]}, for each {@code i} below {@code n}
   * whose value is not {@code null}, as {@link #add} would one by one; returns whether any of them
   * took a value that another slot holds (another of these, or one present). The slots are above
   * every slot in the index; {@code unique} says that the index is unique, so that the values are
   * expected to be distinct. For a write that fills a table: an index may order the work its own
   * way, and may change {@code values}, which the caller does not read again.
   */
  default boolean addAll(Object[] values, int firstSlot, int n, boolean unique) {
    boolean held = false;
    for (int i = 0; i < n; i++) {
      if (values[i] != null && add(values[i], firstSlot + i)) {
        held = true;
      }
    }
    return held;
  }

  /**
   * {@link #addAll} of the values of a primitive integral column, read without boxing: slot {@code
   * firstSlot + i} under {@code numbers[i]} as a value of class {@code type} ({@code Long.class},
   * {@code Integer.class}, {@code Short.class} or {@code Byte.class}), for each {@code i} below
   * {@code n}. This default boxes them; an index that keeps numbers as such takes them as they are.
   * It may change {@code numbers}, which the caller does not read again.
   */
  default boolean addAllNumbers(
      long[] numbers, Class<?> type, int firstSlot, int n, boolean unique) {
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = box(numbers[i], type);
    }
    return addAll(values, firstSlot, n, unique);
  }

  /** {@code number} as a value of {@code type}, one of the four of {@link #addAllNumbers}. */
  static Object box(long number, Class<?> type) {
    if (type == Long.class) {
      return number;
    }
    if (type == Integer.class) {
      return (int) number;
    }
    return type == Short.class ? (Object) (short) number : (Object) (byte) number;
  }

  /**
   * Whether {@link #addAll} does the adds of a write that fills a table faster than {@link #add}
   * one by one ({@code unique}: the index is unique); if not, the table adds as each row comes.
   */
  default boolean addsInBulk(boolean unique) {
    return false;
  }

  /** Removes {@code slot} from under {@code value}; nothing if it is not there. */
  void remove(Object value, int slot);

  /** The number of rows that hold {@code value}. */
  int count(Object value);

  /** Renumbers every slot through {@code newSlotOf}, which keeps their order, after compaction. */
  void remap(int[] newSlotOf);

  /** A new, empty index of the same kind. */
  ColumnIndex emptyCopy();
}
