package dev.relata.internal;

/**
 * The key half of an open-addressing hash table with linear probing, shared by {@link SlotMap} and
 * {@link MultiIndex}, which keep their values in arrays parallel to {@link #keys}.
 *
 * <p>Implementation notes. Keys are non-null and compared with {@code equals}; a {@code null} in
 * {@code keys} marks a free position. The capacity is a power of two and the table grows before it
 * is {@value #MAX_LOAD_PERCENT}% full, so a probe always ends at a free position. Removal shifts
 * later members of the probe run back (no tombstones), which keeps lookups short under churn. The
 * hash is mixed with the golden-ratio multiplier so that sequential numeric keys spread evenly.
 */
abstract class OpenAddressing {
  private static final int MAX_LOAD_PERCENT = 70;
  private static final int MIN_CAPACITY = 16;

  Object[] keys;
  int size;
  private int mask;
  private int growAt;

  OpenAddressing() {
    allocate(MIN_CAPACITY);
  }

  static int mix(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The position of {@code key}, or -1. */
  final int find(Object key) {
    Object[] k = keys;
    int m = mask;
    for (int i = mix(key) & m; ; i = (i + 1) & m) {
      Object present = k[i];
      if (present == null) {
        return -1;
      }
      if (present.equals(key)) {
        return i;
      }
    }
  }

  /**
   * The position of {@code key}, or the free position where it goes (the caller then stores the
   * key there and calls {@link #added()}).
   */
  final int findOrFree(Object key) {
    Object[] k = keys;
    int m = mask;
    for (int i = mix(key) & m; ; i = (i + 1) & m) {
      Object present = k[i];
      if (present == null || present.equals(key)) {
        return i;
      }
    }
  }

  /** Counts a key stored at a free position, growing the table when it gets too full. */
  final void added() {
    if (++size >= growAt) {
      rehash(keys.length * 2);
    }
  }

  /** Removes the key at {@code position} and closes the gap in its probe run. */
  final void removeAt(int position) {
    Object[] k = keys;
    int m = mask;
    int gap = position;
    for (int i = (gap + 1) & m; k[i] != null; i = (i + 1) & m) {
      int home = mix(k[i]) & m;
      // Move k[i] into the gap unless its home lies cyclically in (gap, i].
      boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
      if (!stays) {
        k[gap] = k[i];
        moveValue(i, gap);
        gap = i;
      }
    }
    k[gap] = null;
    clearValue(gap);
    size--;
  }

  /** Removes every key, shrinking back to the initial capacity. */
  void clear() {
    allocate(MIN_CAPACITY);
    size = 0;
  }

  private void allocate(int capacity) {
    keys = new Object[capacity];
    mask = capacity - 1;
    growAt = (int) ((long) capacity * MAX_LOAD_PERCENT / 100);
    allocateValues(capacity);
  }

  private void rehash(int capacity) {
    Object[] oldKeys = keys;
    Object oldValues = detachValues();
    allocate(capacity);
    Object[] k = keys;
    int m = mask;
    for (int old = 0; old < oldKeys.length; old++) {
      Object key = oldKeys[old];
      if (key != null) {
        int i = mix(key) & m;
        while (k[i] != null) {
          i = (i + 1) & m;
        }
        k[i] = key;
        copyValue(oldValues, old, i);
      }
    }
  }

  /** Allocates empty value storage for {@code capacity} positions. */
  abstract void allocateValues(int capacity);

  /** Returns the current value storage, about to be replaced by {@link #allocateValues}. */
  abstract Object detachValues();

  /** Copies the value at {@code from} of the detached storage to {@code to} of the current one. */
  abstract void copyValue(Object detached, int from, int to);

  abstract void moveValue(int from, int to);

  abstract void clearValue(int position);
}
