package dev.relata.internal;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * The key half of an open-addressing hash table with linear probing, shared by {@link SlotMap} and
 * {@link MultiIndex}, which keep their values in arrays parallel to {@link #keys}.
 *
 * <p>Implementation notes. Keys are non-null and compared with {@code equals}; a {@code null} in
 * {@code keys} marks a free position. The capacity is a power of two and the table grows before it
 * is {@value #MAX_LOAD_PERCENT}% full. Removal shifts later members of the probe run back (no
 * tombstones), which keeps lookups short under churn.
 *
 * <p>The hash starts as {@code HashMap}'s ({@code h ^ h >>> 16}), which keeps sequential numeric
 * keys, the keys Relata assigns and the commonest keys there are, at consecutive positions: inserts
 * and lookups in key order then walk memory in order instead of missing the cache at every step.
 * Two guards keep that choice safe. First, the table knows the farthest any key sits from its home
 * position ({@link #maxDistance}), and every lookup stops after that many steps, so a miss among
 * sequential keys costs one probe however long their run; a removal, too, stops looking for a key
 * to fill its gap after that many steps. Second, when an insert lands more than {@value
 * #LOCAL_LIMIT} positions from home, the keys cluster badly under that hash (strided keys, say), and
 * the table switches for good to a scattering hash (golden-ratio multiply) and rehashes.
 *
 * <p>No hash can part keys with equal hash codes, and those are easy to make ("Aa" and "BB" are one
 * {@code String} hash, {@code Long}s {@code i * (2^32 + 1)} all hash to 0): thousands of them would
 * make one probe run that every insert and miss walks. So, as {@code HashMap} turns such a bin into
 * a tree, when an insert lands {@value #TREEIFY_DISTANCE} or more positions from home among at
 * least {@value #TREEIFY_COUNT} keys of its hash code and class, and the class is one whose {@code
 * compareTo} agrees with {@code equals} ({@link #ordered}: the key types and a few more), those keys
 * move into a {@link Bin}: one entry of the probe run that stands for every key of that hash code
 * and class and keeps them ordered by {@code compareTo}, so that finding one costs O(log n)
 * comparisons. The keys of bins and their values live past the probe positions, in the overflow
 * area ({@code keys[capacity..]}), at positions that only their bin knows; they move only when the
 * area grows. Other classes (a user type of {@code @Index}) keep linear probing, as {@code HashMap}
 * does for keys that are not {@code Comparable}.
 *
 * <p>{@link #find} runs without the lock while a write may be changing the table (see {@link
 * Database}): every loop in it is bounded by a count read once (the farthest displacement, the
 * binary searches of a bin), so a racing write can make it return a wrong position or throw, both
 * of which the caller discards, but never loop forever.
 */
abstract class OpenAddressing {
  private static final int MAX_LOAD_PERCENT = 70;
  private static final int MIN_CAPACITY = 16;

  /** The displacement past which the locality-keeping hash gives way to the scattering one. */
  private static final int LOCAL_LIMIT = 32;

  /** The displacement of an insert from which the keys of its hash code may move into a bin. */
  private static final int TREEIFY_DISTANCE = 8;

  /** How many keys of one hash code and class in a probe run make a bin. */
  private static final int TREEIFY_COUNT = 8;

  /** Probe positions ({@code capacity}), then the overflow area; see the class notes. */
  Object[] keys;

  /** The number of keys, in probe positions and in bins. */
  int size;

  private int mask;
  private int growAt;

  /** Probe positions in use, by keys and by bins. */
  private int used;

  /** Whether the table has switched to the scattering hash. */
  private boolean scatter;

  /** No key or bin sits farther than this from its home position. */
  private int maxDistance;

  /** How far from home the position that {@link #findOrFree} returned last lies; -1: in a bin. */
  private int lastDistance;

  /** The position that {@link #findOrFree} returned last. */
  private int lastPosition;

  /** The length of the overflow area; positions {@code capacity + [0, overflowEnd)} were used. */
  private int overflowLength;

  private int overflowEnd;

  /** Overflow numbers (offsets from the capacity) freed by removals, for reuse. */
  private int[] freeOverflow = new int[0];

  private int freeCount;

  /**
   * Positions and keys that writes ({@link #findOrFree}, {@link #removeAt}) have visited, for tests
   * that check how much work an operation does; reads leave it alone, so readers write no field.
   */
  long probes;

  OpenAddressing() {
    allocate(MIN_CAPACITY);
  }

  /** The hash every table starts with: {@code HashMap}'s, which keeps sequential keys together. */
  static int mix(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  private static int scatterMix(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private int home(Object key) {
    return (scatter ? scatterMix(key) : mix(key)) & mask;
  }

  /** Whether {@code compareTo} of {@code key}'s class orders its keys consistently with equals. */
  static boolean ordered(Object key) {
    Class<?> c = key.getClass();
    return c == String.class
        || c == Long.class
        || c == UUID.class
        || c == Integer.class
        || c == BigInteger.class
        || c == LocalDate.class
        || c == LocalDateTime.class
        || c == Instant.class;
  }

  /** Whether position {@code i} holds a key (not a bin, not free). */
  final boolean holdsKey(int i) {
    Object key = keys[i];
    return key != null && !(key instanceof Bin);
  }

  /** The position of {@code key}, or -1. */
  final int find(Object key) {
    Object[] k = keys;
    int m = mask;
    int i = home(key);
    for (int distance = maxDistance; distance >= 0; distance--, i = (i + 1) & m) {
      Object present = k[i];
      if (present == null) {
        return -1;
      }
      if (present.equals(key)) {
        return i;
      }
      if (present instanceof Bin && ((Bin) present).holds(key)) {
        long where = ((Bin) present).locate(key, k, m + 1, null);
        return where < 0 ? -1 : m + 1 + ((Bin) present).member(where);
      }
    }
    return -1;
  }

  /**
   * The position of {@code key}, or the free position where it goes (the caller then stores the key
   * there and calls {@link #added()}).
   */
  final int findOrFree(Object key) {
    Object[] k = keys;
    int m = mask;
    int i = home(key);
    for (int distance = 0; ; distance++, i = (i + 1) & m) {
      Object present = k[i];
      if (present == null || present.equals(key)) {
        lastDistance = distance;
        lastPosition = i;
        probes += distance + 1;
        return i;
      }
      if (present instanceof Bin && ((Bin) present).holds(key)) {
        probes += distance + 1;
        return findOrFreeInBin((Bin) present, key);
      }
    }
  }

  private int findOrFreeInBin(Bin bin, Object key) {
    long where = bin.locate(key, keys, mask + 1, this);
    if (where >= 0) {
      return mask + 1 + bin.member(where);
    }
    int member = allocateOverflow();
    bin.insert(~where, member);
    lastDistance = -1;
    return mask + 1 + member;
  }

  /** Counts a key stored at the free position {@link #findOrFree} returned; grows when full. */
  final void added() {
    size++;
    if (lastDistance < 0) {
      return; // into a bin: no probe position taken
    }
    used++;
    if (lastDistance > maxDistance) {
      maxDistance = lastDistance;
    }
    if (lastDistance >= TREEIFY_DISTANCE && treeify()) {
      return;
    }
    if (!scatter && lastDistance > LOCAL_LIMIT) {
      scatter = true;
      rehash(used >= growAt ? capacity() * 2 : capacity());
      return;
    }
    if (used >= growAt) {
      rehash(capacity() * 2);
    }
  }

  private int capacity() {
    return mask + 1;
  }

  /**
   * Moves the keys of the hash code and class of the key just added into a bin, if enough of them
   * share its probe run; see the class notes.
   */
  private boolean treeify() {
    Object key = keys[lastPosition];
    if (!ordered(key)) {
      return false;
    }
    int hash = key.hashCode();
    Class<?> type = key.getClass();
    // The run from the key's home to the key holds every key of its hash code: it was free below.
    Object[] same = new Object[lastDistance + 1];
    int count = 0;
    for (int i = home(key), d = 0; d <= lastDistance; i = (i + 1) & mask, d++) {
      Object present = keys[i];
      if (present.getClass() == type && present.hashCode() == hash) {
        same[count++] = present;
      }
    }
    if (count < TREEIFY_COUNT) {
      return false;
    }
    Bin bin = new Bin(hash, type);
    for (int n = 0; n < count; n++) {
      int position = probePosition(same[n]);
      int member = allocateOverflow();
      int to = capacity() + member;
      keys[to] = same[n];
      moveValue(position, to);
      shiftOut(position);
      used--;
      bin.insert(~bin.locate(same[n], keys, capacity(), this), member);
    }
    int i = home(bin);
    int distance = 0;
    while (keys[i] != null) {
      i = (i + 1) & mask;
      distance++;
    }
    keys[i] = bin;
    clearValue(i);
    used++;
    maxDistance = Math.max(maxDistance, distance);
    return true;
  }

  /** The probe position of {@code key}, which is present and in no bin. */
  private int probePosition(Object key) {
    int i = home(key);
    while (!key.equals(keys[i])) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The probe position of the bin that holds {@code key}. */
  private int binPosition(Object key) {
    int i = home(key);
    while (!(keys[i] instanceof Bin && ((Bin) keys[i]).holds(key))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Removes the key at {@code position}, closing the gap in its probe run or its bin. */
  final void removeAt(int position) {
    if (position > mask) {
      removeFromBin(position);
    } else {
      shiftOut(position);
      used--;
    }
    size--;
  }

  private void removeFromBin(int position) {
    Object key = keys[position];
    int binAt = binPosition(key);
    Bin bin = (Bin) keys[binAt];
    bin.remove(bin.locate(key, keys, capacity(), this));
    keys[position] = null;
    clearValue(position);
    if (freeCount == freeOverflow.length) {
      freeOverflow = Arrays.copyOf(freeOverflow, Math.max(8, freeCount * 2));
    }
    freeOverflow[freeCount++] = position - capacity();
    if (bin.size == 0) {
      shiftOut(binAt);
      used--;
    }
  }

  /**
   * Frees the probe position {@code position} and closes the gap in its probe run. A key that could
   * fill the gap sits at most {@link #maxDistance} past it (it would otherwise sit farther than that
   * from its home), so the walk stops there: a long run of keys at home, such as sequential keys,
   * costs one step, not a walk to its end.
   */
  private void shiftOut(int position) {
    Object[] k = keys;
    int m = mask;
    int bound = maxDistance;
    int gap = position;
    int steps = 0;
    for (int i = (gap + 1) & m, past = 1; past <= bound && k[i] != null; i = (i + 1) & m, past++) {
      steps++;
      int home = home(k[i]);
      // Move k[i] into the gap unless its home lies cyclically in (gap, i].
      boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
      if (!stays) {
        k[gap] = k[i];
        moveValue(i, gap);
        gap = i;
        past = 0;
      }
    }
    probes += steps;
    k[gap] = null;
    clearValue(gap);
  }

  /** An unused overflow number, growing the overflow area if it is full. */
  private int allocateOverflow() {
    if (freeCount > 0) {
      return freeOverflow[--freeCount];
    }
    if (overflowEnd == overflowLength) {
      Object[] oldKeys = keys;
      Object oldValues = detachValues();
      overflowLength = Math.max(MIN_CAPACITY, overflowLength * 2);
      keys = Arrays.copyOf(oldKeys, capacity() + overflowLength);
      allocateValues(keys.length);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          copyValue(oldValues, i, i);
        }
      }
    }
    return overflowEnd++;
  }

  /** Grows at once to hold {@code expected} keys without growing again (a bulk insert is due). */
  final void ensureCapacity(int expected) {
    if (expected >= growAt) {
      int capacity = capacity();
      while ((long) capacity * MAX_LOAD_PERCENT / 100 <= expected) {
        capacity *= 2;
      }
      rehash(capacity);
    }
  }

  /** Removes every key, shrinking back to the initial capacity. */
  void clear() {
    overflowLength = 0;
    overflowEnd = 0;
    freeCount = 0;
    allocate(MIN_CAPACITY);
    size = 0;
    used = 0;
    maxDistance = 0;
  }

  private void allocate(int capacity) {
    keys = new Object[capacity + overflowLength];
    mask = capacity - 1;
    growAt = (int) ((long) capacity * MAX_LOAD_PERCENT / 100);
    allocateValues(keys.length);
  }

  private void rehash(int capacity) {
    Object[] oldKeys = keys;
    int oldCapacity = capacity();
    Object oldValues = detachValues();
    allocate(capacity);
    Object[] k = keys;
    int m = mask;
    int farthest = 0;
    for (int old = 0; old < oldCapacity; old++) {
      Object key = oldKeys[old];
      if (key != null) {
        int i = home(key);
        int distance = 0;
        while (k[i] != null) {
          i = (i + 1) & m;
          distance++;
        }
        farthest = Math.max(farthest, distance);
        k[i] = key;
        copyValue(oldValues, old, i);
      }
    }
    // Keys in bins keep their overflow numbers, so their bins stay as they are.
    for (int member = 0; member < overflowEnd; member++) {
      Object key = oldKeys[oldCapacity + member];
      if (key != null) {
        k[capacity + member] = key;
        copyValue(oldValues, oldCapacity + member, capacity + member);
      }
    }
    maxDistance = farthest;
  }

  /** Allocates empty value storage for {@code length} positions. */
  abstract void allocateValues(int length);

  /** Returns the current value storage, about to be replaced by {@link #allocateValues}. */
  abstract Object detachValues();

  /** Copies the value at {@code from} of the detached storage to {@code to} of the current one. */
  abstract void copyValue(Object detached, int from, int to);

  abstract void moveValue(int from, int to);

  abstract void clearValue(int position);

  /**
   * The keys of one hash code and class, as one entry of a probe run: their overflow numbers in
   * blocks of at most {@value #BLOCK}, ordered by the keys' {@code compareTo} within and across
   * blocks, so that a lookup is two binary searches and an insert or removal moves at most a block
   * (and, when a block splits or empties, the array of blocks).
   */
  static final class Bin {
    private static final int BLOCK = 128;

    final int hash;
    final Class<?> type;

    /** Each block as a bucket is: element 0 the count, then overflow numbers. */
    private int[][] blocks = new int[4][];

    private int blockCount;
    int size;

    Bin(int hash, Class<?> type) {
      this.hash = hash;
      this.type = type;
    }

    /** The hash code of its keys, so that the probe run places the bin where they would go. */
    @Override
    public int hashCode() {
      return hash;
    }

    boolean holds(Object key) {
      return key.getClass() == type && key.hashCode() == hash;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object key, Object other) {
      return ((Comparable<Object>) key).compareTo(other);
    }

    /**
     * Where {@code key} is ({@code block << 32 | index}), or {@code ~} where it would go; keys are
     * read from {@code k} at {@code base} plus their overflow number. Every loop halves a range, so
     * a read racing a write ends (with a wrong answer or an exception, which the reader discards).
     * {@code counter}, if not null, counts the keys compared.
     */
    long locate(Object key, Object[] k, int base, OpenAddressing counter) {
      int[][] b = blocks;
      int n = blockCount;
      if (n == 0) {
        return ~1L;
      }
      int compared = 0;
      int lo = 0;
      int hi = n - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        compared++;
        if (compare(key, k[base + b[mid][1]]) >= 0) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      int[] block = b[lo];
      int from = 1;
      int to = block[0];
      long found = -1;
      while (from <= to) {
        int mid = (from + to) >>> 1;
        compared++;
        int c = compare(key, k[base + block[mid]]);
        if (c == 0) {
          found = (long) lo << 32 | mid;
          break;
        }
        if (c < 0) {
          to = mid - 1;
        } else {
          from = mid + 1;
        }
      }
      if (counter != null) {
        counter.probes += compared;
      }
      return found >= 0 ? found : ~((long) lo << 32 | from);
    }

    /** The overflow number at {@code where}, a place {@link #locate} found. */
    int member(long where) {
      return blocks[(int) (where >>> 32)][(int) where];
    }

    /** Inserts {@code member} at {@code where}, a place {@link #locate} returned for a new key. */
    void insert(long where, int member) {
      if (blockCount == 0) {
        blocks[0] = new int[BLOCK + 1];
        blockCount = 1;
      }
      int blockAt = (int) (where >>> 32);
      int at = (int) where;
      int[] block = blocks[blockAt];
      int n = block[0];
      System.arraycopy(block, at, block, at + 1, n + 1 - at);
      block[at] = member;
      block[0] = n + 1;
      size++;
      if (n + 1 == BLOCK) {
        int half = BLOCK / 2;
        int[] upper = new int[BLOCK + 1];
        System.arraycopy(block, 1 + half, upper, 1, BLOCK - half);
        upper[0] = BLOCK - half;
        block[0] = half;
        if (blockCount == blocks.length) {
          blocks = Arrays.copyOf(blocks, blockCount * 2);
        }
        System.arraycopy(blocks, blockAt + 1, blocks, blockAt + 2, blockCount - blockAt - 1);
        blocks[blockAt + 1] = upper;
        blockCount++;
      }
    }

    /** Removes the member at {@code where}, a place {@link #locate} found. */
    void remove(long where) {
      int blockAt = (int) (where >>> 32);
      int at = (int) where;
      int[] block = blocks[blockAt];
      int n = block[0];
      System.arraycopy(block, at + 1, block, at, n - at);
      block[0] = n - 1;
      size--;
      if (n == 1) {
        System.arraycopy(blocks, blockAt + 1, blocks, blockAt, blockCount - blockAt - 1);
        blocks[--blockCount] = null;
      }
    }
  }
}
