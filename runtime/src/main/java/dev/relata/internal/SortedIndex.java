package dev.relata.internal;

import java.util.Arrays;

/**
 * A sorted index: the entries (value, slot) of one column in order of value ({@code compareTo}),
 * then of slot, so that rows with one value come in insertion order. It answers equality, ranges
 * and ordered walks for {@code @Index(sorted = true)}.
 *
 * <p>Implementation notes. Entries live in blocks of at most {@value #BLOCK} entries, each block a
 * sorted pair of arrays (values, slots), the blocks in order: a B+ tree of two levels whose upper
 * level is the list of blocks itself. Finding an entry is a binary search over the blocks' first
 * entries, then one within the block, O(log n) comparisons over arrays that stay in the cache, and
 * adding or removing one moves at most a block's worth of array elements. A full block splits in
 * two; an empty one is dropped (partly empty blocks are not merged: they cost memory, not time).
 * Entries are addressed by cursors, {@code block << 8 | index}, which a write invalidates; walks
 * run under the read lock, so no write happens while a cursor lives. {@link #end()} is the cursor
 * one past the last entry. Not thread-safe: the {@link Database} lock guards every access.
 */
final class SortedIndex implements ColumnIndex {
  /** The most entries of one block. */
  static final int BLOCK = 128;

  private static final int SHIFT = 8;
  private static final int INDEX = (1 << SHIFT) - 1;

  private Object[][] values = new Object[4][];
  private int[][] slots = new int[4][];
  private int[] sizes = new int[4];
  private int blocks;
  private int size;

  /** The number of entries. */
  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  private static int compare(Object a, int slotA, Object b, int slotB) {
    int c = compare(a, b);
    return c != 0 ? c : Integer.compare(slotA, slotB);
  }

  /**
   * The block where the entry (value, slot) belongs: the last whose first entry is not above it.
   */
  private int blockOf(Object value, int slot) {
    int low = 1;
    int high = blocks - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (compare(values[mid][0], slots[mid][0], value, slot) <= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The position of (value, slot) in block {@code b}, or {@code -(insertion point) - 1}. */
  private int search(int b, Object value, int slot) {
    Object[] v = values[b];
    int[] s = slots[b];
    int low = 0;
    int high = sizes[b] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(v[mid], s[mid], value, slot);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  @Override
  public void add(Object value, int slot) {
    if (blocks == 0) {
      addBlock(0);
    }
    int b = blockOf(value, slot);
    int at = search(b, value, slot);
    if (at >= 0) {
      return;
    }
    at = -at - 1;
    if (sizes[b] == BLOCK) {
      split(b);
      if (at > BLOCK / 2) {
        b++;
        at -= BLOCK / 2;
      }
    }
    int n = sizes[b];
    System.arraycopy(values[b], at, values[b], at + 1, n - at);
    System.arraycopy(slots[b], at, slots[b], at + 1, n - at);
    values[b][at] = value;
    slots[b][at] = slot;
    sizes[b] = n + 1;
    size++;
  }

  /** Moves the upper half of full block {@code b} into a new block after it. */
  private void split(int b) {
    addBlock(b + 1);
    int half = BLOCK / 2;
    System.arraycopy(values[b], half, values[b + 1], 0, BLOCK - half);
    System.arraycopy(slots[b], half, slots[b + 1], 0, BLOCK - half);
    Arrays.fill(values[b], half, BLOCK, null);
    sizes[b] = half;
    sizes[b + 1] = BLOCK - half;
  }

  private void addBlock(int at) {
    if (blocks == sizes.length) {
      int capacity = blocks * 2;
      values = Arrays.copyOf(values, capacity);
      slots = Arrays.copyOf(slots, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
    }
    System.arraycopy(values, at, values, at + 1, blocks - at);
    System.arraycopy(slots, at, slots, at + 1, blocks - at);
    System.arraycopy(sizes, at, sizes, at + 1, blocks - at);
    values[at] = new Object[BLOCK];
    slots[at] = new int[BLOCK];
    sizes[at] = 0;
    blocks++;
  }

  @Override
  public void remove(Object value, int slot) {
    if (blocks == 0) {
      return;
    }
    int b = blockOf(value, slot);
    int at = search(b, value, slot);
    if (at < 0) {
      return;
    }
    int n = sizes[b] - 1;
    System.arraycopy(values[b], at + 1, values[b], at, n - at);
    System.arraycopy(slots[b], at + 1, slots[b], at, n - at);
    values[b][n] = null;
    sizes[b] = n;
    size--;
    if (n == 0) {
      System.arraycopy(values, b + 1, values, b, blocks - b - 1);
      System.arraycopy(slots, b + 1, slots, b, blocks - b - 1);
      System.arraycopy(sizes, b + 1, sizes, b, blocks - b - 1);
      blocks--;
      values[blocks] = null;
      slots[blocks] = null;
    }
  }

  @Override
  public int count(Object value) {
    return distance(lowerBound(value, true), lowerBound(value, false));
  }

  @Override
  public void remap(int[] newSlotOf) {
    for (int b = 0; b < blocks; b++) {
      int[] s = slots[b];
      for (int i = 0, n = sizes[b]; i < n; i++) {
        s[i] = newSlotOf[s[i]];
      }
    }
  }

  @Override
  public ColumnIndex emptyCopy() {
    return new SortedIndex();
  }

  // ---- Cursors, for walks ----

  /** The cursor of the first entry, or {@link #end()} if there is none. */
  int first() {
    return 0;
  }

  /** The cursor one past the last entry. */
  int end() {
    return blocks << SHIFT;
  }

  /** The cursor after {@code cursor}, or {@link #end()}. */
  int next(int cursor) {
    int b = cursor >>> SHIFT;
    int i = (cursor & INDEX) + 1;
    return i < sizes[b] ? cursor + 1 : (b + 1) << SHIFT;
  }

  /** The cursor before {@code cursor}, or -1 before the first entry. */
  int previous(int cursor) {
    int b = cursor >>> SHIFT;
    int i = cursor & INDEX;
    if (i > 0) {
      return cursor - 1;
    }
    return b == 0 ? -1 : (b - 1) << SHIFT | (sizes[b - 1] - 1);
  }

  /** The value at {@code cursor}. */
  Object value(int cursor) {
    return values[cursor >>> SHIFT][cursor & INDEX];
  }

  /** The slot at {@code cursor}. */
  int slot(int cursor) {
    return slots[cursor >>> SHIFT][cursor & INDEX];
  }

  /**
   * The cursor of the first entry whose value is at least {@code value} ({@code inclusive}) or
   * above it; {@link #end()} if there is none. O(log n) comparisons.
   */
  int lowerBound(Object value, boolean inclusive) {
    // The first block whose last entry is past the bound holds the first entry past it.
    int low = 0;
    int high = blocks - 1;
    int b = blocks;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (past(values[mid][sizes[mid] - 1], value, inclusive)) {
        b = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    if (b == blocks) {
      return end();
    }
    Object[] v = values[b];
    low = 0;
    high = sizes[b] - 1;
    int at = sizes[b] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (past(v[mid], value, inclusive)) {
        at = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return b << SHIFT | at;
  }

  private static boolean past(Object entry, Object bound, boolean inclusive) {
    int c = compare(entry, bound);
    return inclusive ? c >= 0 : c > 0;
  }

  /** The number of entries from cursor {@code from} up to, not including, cursor {@code to}. */
  int distance(int from, int to) {
    if (from >= to) {
      return 0;
    }
    int fromBlock = from >>> SHIFT;
    int toBlock = to >>> SHIFT;
    if (fromBlock == toBlock) {
      return (to & INDEX) - (from & INDEX);
    }
    int count = sizes[fromBlock] - (from & INDEX);
    for (int b = fromBlock + 1; b < toBlock; b++) {
      count += sizes[b];
    }
    return count + (to & INDEX);
  }

  @Override
  public String toString() {
    return "SortedIndex(" + size + " entries in " + blocks + " blocks)";
  }
}
