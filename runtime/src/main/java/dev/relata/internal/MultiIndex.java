package dev.relata.internal;

import java.util.Arrays;

/**
 * A non-unique index: key → the slots of every row that holds it, ascending (so in insertion
 * order).
 *
 * <p>Implementation notes. A bucket is an {@code int[]} whose element 0 is the number of slots in
 * it and whose elements 1..n are the slots. Rows are appended with ever larger slots, so adding is
 * an append in the common case; a row that takes a key it did not have before (a replaced row keeps
 * its slot) is inserted at its sorted place. A bucket that becomes empty is removed, so the index
 * never holds keys without rows. Callers read buckets but never change them.
 */
final class MultiIndex extends OpenAddressing implements ColumnIndex {
  /** The bucket of a key that no row holds. */
  static final int[] EMPTY = {0};

  private int[][] buckets;

  /** The bucket of {@code key}, or {@link #EMPTY}; the caller must not change it. */
  int[] get(Object key) {
    int i = find(key);
    return i < 0 ? EMPTY : buckets[i];
  }

  @Override
  public boolean add(Object key, int slot) {
    int i = findOrFree(key);
    if (keys[i] == null) {
      keys[i] = key;
      buckets[i] = new int[] {1, slot};
      added();
      return false;
    }
    int[] bucket = buckets[i];
    int n = bucket[0];
    if (n + 1 == bucket.length) {
      bucket = Arrays.copyOf(bucket, bucket.length + Math.max(2, n >> 1));
      buckets[i] = bucket;
    }
    if (bucket[n] < slot) {
      bucket[n + 1] = slot;
    } else {
      int found = Arrays.binarySearch(bucket, 1, n + 1, slot);
      if (found > 0) {
        return n > 1;
      }
      int at = -found - 1;
      System.arraycopy(bucket, at, bucket, at + 1, n + 1 - at);
      bucket[at] = slot;
    }
    bucket[0] = n + 1;
    return true;
  }

  @Override
  public void remove(Object key, int slot) {
    int i = find(key);
    if (i < 0) {
      return;
    }
    int[] bucket = buckets[i];
    int n = bucket[0];
    int at = Arrays.binarySearch(bucket, 1, n + 1, slot);
    if (at < 0) {
      return;
    }
    if (n == 1) {
      removeAt(i);
      return;
    }
    System.arraycopy(bucket, at + 1, bucket, at, n - at);
    bucket[0] = n - 1;
  }

  @Override
  public int count(Object key) {
    return get(key)[0];
  }

  @Override
  public ColumnIndex emptyCopy() {
    return new MultiIndex();
  }

  @Override
  public void remap(int[] newSlotOf) {
    for (int[] bucket : buckets) {
      if (bucket != null) {
        for (int j = 1, n = bucket[0]; j <= n; j++) {
          bucket[j] = newSlotOf[bucket[j]];
        }
      }
    }
  }

  @Override
  void allocateValues(int capacity) {
    buckets = new int[capacity][];
  }

  @Override
  void extendValues(int length) {
    buckets = Arrays.copyOf(buckets, length);
  }

  @Override
  Object detachValues() {
    return buckets;
  }

  @Override
  void copyValue(Object detached, int from, int to) {
    buckets[to] = ((int[][]) detached)[from];
  }

  @Override
  void moveValue(int from, int to) {
    buckets[to] = buckets[from];
  }

  @Override
  void clearValue(int position) {
    buckets[position] = null;
  }
}
