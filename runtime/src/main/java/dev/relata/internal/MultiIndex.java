package dev.relata.internal;

import java.util.Arrays;

/**
 * A non-unique index: key → the slots of every row that holds it, ascending (so in insertion
 * order).
 *
 * <p>Implementation notes. A key that one row holds keeps that row's slot inline, as its value in
 * {@link #entries} beside its hash code: a unique index (and any value of one row) then costs no
 * array per value, and a lookup reads the slot where it compared the hash. A key of two rows or
 * more has the value {@link #MANY} and a bucket in {@link #buckets}: an {@code int[]} whose
 * element 0 is the number of slots in it and whose elements 1..n are the slots. Rows are appended
 * with ever larger slots, so adding is an append in the common case; a row that takes a key it did
 * not have before (a replaced row keeps its slot) is inserted at its sorted place. A bucket left
 * with one slot goes back inline, and a key left with none is removed, so the index never holds
 * keys without rows. Callers read buckets but never change them.
 */
final class MultiIndex extends OpenAddressing implements ColumnIndex {
  /** The bucket of a key that no row holds. */
  static final int[] EMPTY = {0};

  /** The value of a key whose slots are in {@link #buckets}; otherwise the value is the slot. */
  private static final int MANY = -1;

  /**
   * The buckets of keys of two rows or more, null at other positions; parallel to {@link #keys}
   * once a key has two rows, null before (so a unique index never allocates it).
   */
  int[][] buckets; // package-private for tests, which check when it is allocated

  /**
   * The slots of {@code key} as a bucket, or {@link #EMPTY}; the caller must not change it. A key of
   * one row gets a new array: use {@link #first} or {@link #count} where one slot or the number
   * will do.
   */
  int[] get(Object key) {
    int i = find(key);
    if (i < 0) {
      return EMPTY;
    }
    int slot = value(i);
    if (slot != MANY) {
      return new int[] {1, slot};
    }
    int[][] b = buckets;
    int[] bucket = b == null ? null : b[i];
    return bucket == null ? EMPTY : bucket; // null only to a read racing a write, which it discards
  }

  /** The lowest slot of {@code key}, or -1 where no row holds it. */
  int first(Object key) {
    int i = find(key);
    if (i < 0) {
      return -1;
    }
    int slot = value(i);
    if (slot != MANY) {
      return slot;
    }
    int[][] b = buckets;
    int[] bucket = b == null ? null : b[i];
    return bucket == null || bucket[0] == 0 ? -1 : bucket[1];
  }

  @Override
  public boolean add(Object key, int slot) {
    int i = findOrFree(key);
    if (keys[i] == null) {
      store(i, key, slot);
      added();
      return false;
    }
    return addPresent(i, slot);
  }

  /** {@inheritDoc} Those of a unique index: see {@link #addAll}. */
  @Override
  public boolean addsInBulk(boolean unique) {
    return unique;
  }

  /**
   * {@inheritDoc} The keys of a unique index, one per row, go in by home position ({@link
   * #bulkOrder}), so that the table is written front to back rather than at random; the slots of
   * one key (a clash, or a key present), side by side then, go in at once. Those of another index
   * go in one by one: fewer keys than rows, and foreign keys, the commonest, are mostly numbers
   * that come in the order of their owners, which the locality-keeping hash writes in order.
   */
  @Override
  public boolean addAll(Object[] values, int firstSlot, int n, boolean unique) {
    if (!unique) {
      return ColumnIndex.super.addAll(values, firstSlot, n, false);
    }
    int[] hashes = new int[n];
    int m = 0;
    for (int p = 0; p < n; p++) {
      if (values[p] != null) {
        hashes[p] = values[p].hashCode();
        m++;
      }
    }
    if (m == 0) {
      return false;
    }
    long[] order = bulkOrder(values, hashes, m);
    boolean held = false;
    for (int r = 0; r < m; ) {
      int place = (int) order[r];
      Object key = values[place];
      int hash = hashes[place];
      int end = r + 1;
      while (end < m && sameKey(values[(int) order[end]], hashes[(int) order[end]], key, hash)) {
        end++;
      }
      int i = findOrFree(key, hash);
      int j = r;
      if (keys[i] == null) {
        store(i, key, hash, firstSlot + place);
        added();
        i = end - r > 1 ? findOrFree(key, hash) : i; // added() may have moved it
        j++;
      }
      for (; j < end; j++) {
        // Ascending: ties in the order keep their places' order.
        addPresent(i, firstSlot + (int) order[j]);
        held = true;
      }
      r = end;
    }
    return held;
  }

  private static boolean sameKey(Object other, int otherHash, Object key, int hash) {
    return otherHash == hash && (other == key || other.equals(key));
  }

  /** Adds {@code slot} under the key at position {@code i}; returns true (another slot held it). */
  private boolean addPresent(int i, int slot) {
    int single = value(i);
    if (single != MANY) {
      if (single == slot) {
        return false; // present already: no other slot holds it
      }
      if (buckets == null) {
        buckets = new int[keys.length][];
      }
      buckets[i] = single < slot ? new int[] {2, single, slot, 0} : new int[] {2, slot, single, 0};
      setValue(i, MANY);
      return true;
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
        return true; // a bucket holds two slots at least
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
    int single = value(i);
    if (single != MANY) {
      if (single == slot) {
        removeAt(i);
      }
      return;
    }
    int[] bucket = buckets[i];
    int n = bucket[0];
    int at = Arrays.binarySearch(bucket, 1, n + 1, slot);
    if (at < 0) {
      return;
    }
    if (n == 2) {
      setValue(i, bucket[3 - at]); // the other of the two slots, back inline
      buckets[i] = null;
      return;
    }
    System.arraycopy(bucket, at + 1, bucket, at, n - at);
    bucket[0] = n - 1;
  }

  @Override
  public int count(Object key) {
    int i = find(key);
    if (i < 0) {
      return 0;
    }
    return value(i) != MANY ? 1 : buckets[i][0];
  }

  @Override
  public ColumnIndex emptyCopy() {
    return new MultiIndex();
  }

  @Override
  public void remap(int[] newSlotOf) {
    for (int i = 0; i < keys.length; i++) {
      if (!holdsKey(i)) {
        continue;
      }
      int slot = value(i);
      if (slot != MANY) {
        setValue(i, newSlotOf[slot]);
      } else {
        int[] bucket = buckets[i];
        for (int j = 1, n = bucket[0]; j <= n; j++) {
          bucket[j] = newSlotOf[bucket[j]];
        }
      }
    }
  }

  @Override
  void allocateValues(int length) {
    buckets = null; // until a key has two rows (copyValue allocates it when one moves here)
  }

  @Override
  void extendValues(int length) {
    if (buckets != null) {
      buckets = Arrays.copyOf(buckets, length);
    }
  }

  @Override
  Object detachValues() {
    return buckets;
  }

  @Override
  void copyValue(Object detached, int from, int to) {
    int[] bucket = detached == null ? null : ((int[][]) detached)[from];
    if (bucket != null) {
      if (buckets == null) {
        buckets = new int[keys.length][];
      }
      buckets[to] = bucket;
    }
  }

  @Override
  void moveValue(int from, int to) {
    if (buckets != null) {
      buckets[to] = buckets[from];
    }
  }

  @Override
  void clearValue(int position) {
    if (buckets != null) {
      buckets[position] = null;
    }
  }
}
