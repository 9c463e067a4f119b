package dev.relata.internal;

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
 * sequential keys costs one probe however long their run. Second, when an insert lands more than
 * {@value #LOCAL_LIMIT} positions from home, the keys cluster badly under that hash (strided keys,
 * say), and the table switches for good to a scattering hash (golden-ratio multiply) and rehashes.
 */
abstract class OpenAddressing {
  private static final int MAX_LOAD_PERCENT = 70;
  private static final int MIN_CAPACITY = 16;

  /** The displacement past which the locality-keeping hash gives way to the scattering one. */
  private static final int LOCAL_LIMIT = 32;

  Object[] keys;
  int size;
  private int mask;
  private int growAt;

  /** Whether the table has switched to the scattering hash. */
  private boolean scatter;

  /** No key sits farther than this from its home position. */
  private int maxDistance;

  /** How far from home the position that {@link #findOrFree} returned last lies. */
  private int lastDistance;

  /**
   * Positions that writes ({@link #findOrFree}, {@link #removeAt}) have visited, for tests that
   * check how much work an operation does; reads leave it alone, so readers share no written field.
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
        probes += distance + 1;
        return i;
      }
    }
  }

  /** Counts a key stored at the free position {@link #findOrFree} returned; grows when full. */
  final void added() {
    size++;
    if (lastDistance > maxDistance) {
      maxDistance = lastDistance;
      if (!scatter && maxDistance > LOCAL_LIMIT) {
        scatter = true;
        rehash(size >= growAt ? keys.length * 2 : keys.length);
        return;
      }
    }
    if (size >= growAt) {
      rehash(keys.length * 2);
    }
  }

  /**
   * Removes the key at {@code position} and closes the gap in its probe run. A key that could fill
   * the gap sits at most {@link #maxDistance} past it (it would otherwise sit farther than that
   * from its home), so the walk stops there: a long run of keys at home, such as sequential keys,
   * costs one step, not a walk to its end.
   */
  final void removeAt(int position) {
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
    size--;
  }

  /** Grows at once to hold {@code expected} keys without growing again (a bulk insert is due). */
  final void ensureCapacity(int expected) {
    if (expected >= growAt) {
      int capacity = keys.length;
      while ((long) capacity * MAX_LOAD_PERCENT / 100 <= expected) {
        capacity *= 2;
      }
      rehash(capacity);
    }
  }

  /** Removes every key, shrinking back to the initial capacity. */
  void clear() {
    allocate(MIN_CAPACITY);
    size = 0;
    maxDistance = 0;
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
    int farthest = 0;
    for (int old = 0; old < oldKeys.length; old++) {
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
    maxDistance = farthest;
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
