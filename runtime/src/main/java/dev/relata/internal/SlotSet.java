package dev.relata.internal;

import java.util.Arrays;

/**
 * A set of slots (non-negative ints) whose size follows the number of slots in it, not their
 * values: the rows one delete removes. A {@link java.util.BitSet} would allocate and scan a bit for
 * every slot below the highest, which made deleting one new row of a large table cost O(table).
 *
 * <p>Implementation notes. Open addressing with linear probing over an {@code int[]}, -1 marking a
 * free position; no removal, so no tombstones. Slots are scattered by a multiplicative hash, as
 * they come in runs.
 */
final class SlotSet {
  private int[] elements = newArray(8);
  private int size;

  private static int[] newArray(int capacity) {
    int[] array = new int[capacity];
    Arrays.fill(array, -1);
    return array;
  }

  private static int home(int slot, int mask) {
    int h = slot * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** Adds {@code slot}; false if it was in the set already. */
  boolean add(int slot) {
    int[] e = elements;
    int mask = e.length - 1;
    int i = home(slot, mask);
    while (e[i] >= 0) {
      if (e[i] == slot) {
        return false;
      }
      i = (i + 1) & mask;
    }
    e[i] = slot;
    if (++size * 2 > e.length) {
      grow();
    }
    return true;
  }

  boolean contains(int slot) {
    int[] e = elements;
    int mask = e.length - 1;
    for (int i = home(slot, mask); e[i] >= 0; i = (i + 1) & mask) {
      if (e[i] == slot) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return size;
  }

  /** The slots, highest first. */
  int[] descending() {
    int[] sorted = new int[size];
    int n = 0;
    for (int slot : elements) {
      if (slot >= 0) {
        sorted[n++] = slot;
      }
    }
    Arrays.sort(sorted);
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      int t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted;
  }

  private void grow() {
    int[] old = elements;
    int[] e = newArray(old.length * 2);
    int mask = e.length - 1;
    for (int slot : old) {
      if (slot >= 0) {
        int i = home(slot, mask);
        while (e[i] >= 0) {
          i = (i + 1) & mask;
        }
        e[i] = slot;
      }
    }
    elements = e;
  }
}
