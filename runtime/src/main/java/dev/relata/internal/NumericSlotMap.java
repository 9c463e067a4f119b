package dev.relata.internal;

import java.util.SplittableRandom;

/**
 * The primary index of a table whose keys are numbers ({@code Long} or {@code Integer}): key →
 * slot, with the keys held as numbers beside their slots.
 *
 * <p>Implementation notes. One {@code long[]} holds the keys and their slots, so a lookup reads one
 * place in memory, where {@link SlotMap} reads the position, the boxed key it points to (for {@code
 * equals}) and the slot in a third array: at 100,000 rows and more each of those is a cache miss,
 * and they were most of what {@code find} and a random {@code delete} cost. While every key fits in
 * an {@code int} (keys that Relata assigns do, up to two billion rows) a position is one word, the
 * key in its high half and the slot plus one in its low half (0: a free position), 8 bytes a
 * position as the old key and slot arrays took; the first key beyond that makes the table {@link
 * #wide}, two words a position (the key, then the slot plus one). Removal shifts later members of
 * the probe run back (no tombstones), reading only this array.
 *
 * <p>Hashing is {@link OpenAddressing}'s, with the same guards but no bins, which equal numbers do
 * not need: the table starts with {@code HashMap}'s hash of the value (sequential keys, the ones
 * Relata assigns, then sit at consecutive positions) and every lookup stops after {@link
 * #maxDistance} steps. When an insert lands more than {@value #LOCAL_LIMIT} positions from home
 * (strided keys, or keys chosen to share a hash code, as {@code i * (2^32 + 1)} do), the table
 * switches for good to a seeded 64-bit hash of the whole value, drawn per table, and rehashes: then
 * distinct keys land at independent random positions, and no choice of keys made without the seed
 * can pile them up. Should an insert still land more than {@value #RESEED_LIMIT} positions from
 * home (a chance too small to happen at 70% load unless the seed leaked), the table draws a new
 * seed and rehashes.
 *
 * <p>{@link #get} runs without the lock while a write may be changing the table (see {@link
 * Database}): it reads the array once and derives the mask from it, and its loop is bounded by a
 * count read once, so a racing write can make it return a wrong slot or throw, both of which the
 * caller discards, but never loop forever. A key of another class than the table's is absent, as
 * {@code equals} would have it.
 */
final class NumericSlotMap implements PrimaryIndex {
  private static final int MAX_LOAD_PERCENT = OpenAddressing.MAX_LOAD_PERCENT;
  private static final int MIN_CAPACITY = 16;

  /** The displacement past which the locality-keeping hash gives way to the seeded one. */
  private static final int LOCAL_LIMIT = 32;

  /** The displacement, under the seeded hash, past which the table draws a new seed. */
  private static final int RESEED_LIMIT = 512;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** {@code Long.class} or {@code Integer.class}. */
  private final Class<?> type;

  /** The positions: one word each, or two if {@link #wide}; see the class notes. */
  private long[] table;

  /** Whether a position takes two words, as a key beyond the {@code int} range needs. */
  private boolean wide;

  private int size;
  private int growAt;

  /** No key sits farther than this from its home position. */
  private int maxDistance;

  /** Whether the table has switched to the seeded hash, and its seed. */
  private boolean scatter;

  private long seed;

  /** How far from home the free position that {@link #locate} returned last lies. */
  private int lastDistance;

  /** Positions that writes have visited, for tests that check how much work a write does. */
  long probes;

  NumericSlotMap(Class<?> type) {
    if (type != Long.class && type != Integer.class) {
      throw new IllegalArgumentException("no numeric key type: " + type);
    }
    this.type = type;
    allocate(MIN_CAPACITY);
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The number of positions (for tests). */
  int capacity() {
    return wide ? table.length >>> 1 : table.length;
  }

  /** Whether positions take two words (for tests). */
  boolean wide() {
    return wide;
  }

  /** Whether the table has switched to the seeded hash (for tests). */
  boolean scattered() {
    return scatter;
  }

  /** The farthest any key sits from its home position (for tests). */
  int maxDistance() {
    return maxDistance;
  }

  private static long value(Object key) {
    return key instanceof Long l ? l : (Integer) key;
  }

  private int home(long v, int mask) {
    if (scatter) {
      return (int) OpenAddressing.Bin.finish((v ^ seed) * GOLDEN) & mask;
    }
    int h = (int) (v ^ (v >>> 32));
    return (h ^ (h >>> 16)) & mask;
  }

  // One place per position: the layout is known here and nowhere else. A narrow position holds
  // the key in its high half and the slot plus one in its low half; 0 is free in both layouts.

  private static boolean free(long[] t, boolean w, int i) {
    return w ? t[2 * i + 1] == 0 : t[i] == 0;
  }

  private static long keyAt(long[] t, boolean w, int i) {
    return w ? t[2 * i] : t[i] >> 32;
  }

  private static int slotAt(long[] t, boolean w, int i) {
    return w ? (int) t[2 * i + 1] - 1 : (int) t[i] - 1;
  }

  private static void set(long[] t, boolean w, int i, long v, int slot) {
    if (w) {
      t[2 * i] = v;
      t[2 * i + 1] = slot + 1L;
    } else {
      t[i] = v << 32 | (slot + 1L);
    }
  }

  private static void copy(long[] t, boolean w, int from, int to) {
    if (w) {
      t[2 * to] = t[2 * from];
      t[2 * to + 1] = t[2 * from + 1];
    } else {
      t[to] = t[from];
    }
  }

  private static void clear(long[] t, boolean w, int i) {
    if (w) {
      t[2 * i] = 0;
      t[2 * i + 1] = 0;
    } else {
      t[i] = 0;
    }
  }

  private static int mask(long[] t, boolean w) {
    return (w ? t.length >>> 1 : t.length) - 1;
  }

  /** The position of {@code v}, or -1; bounded by {@link #maxDistance}, for reads and removals. */
  private int find(long v, long[] t, boolean w) {
    if (!w && v != (int) v) {
      return -1; // a narrow table holds no such key
    }
    int m = mask(t, w);
    int i = home(v, m);
    for (int distance = maxDistance; distance >= 0; distance--, i = (i + 1) & m) {
      if (free(t, w, i)) {
        return -1;
      }
      if (keyAt(t, w, i) == v) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int get(Object key) {
    return key.getClass() != type ? -1 : getNumber(value(key));
  }

  @Override
  public int getNumber(long key) {
    long[] t = table;
    boolean w = wide;
    int i = find(key, t, w);
    return i < 0 ? -1 : slotAt(t, w, i);
  }

  /**
   * The position of {@code v}, or {@code ~} the free position where it goes, which lies {@link
   * #lastDistance} from home. For writes.
   */
  private int locate(long v) {
    long[] t = table;
    boolean w = wide;
    int m = mask(t, w);
    int i = home(v, m);
    for (int d = 0; ; d++, i = (i + 1) & m) {
      if (free(t, w, i)) {
        probes += d + 1;
        lastDistance = d;
        return ~i;
      }
      if (keyAt(t, w, i) == v) {
        probes += d + 1;
        return i;
      }
    }
  }

  @Override
  public void put(Object key, int slot) {
    putIfAbsent(key, slot, true);
  }

  @Override
  public int putIfAbsent(Object key, int slot) {
    return putIfAbsent(key, slot, false);
  }

  private int putIfAbsent(Object key, int slot, boolean replace) {
    long v = value(key);
    if (!wide && v != (int) v) {
      widen();
    }
    int i = locate(v);
    if (i >= 0) {
      int present = slotAt(table, wide, i);
      if (replace) {
        set(table, wide, i, v, slot);
      }
      return present;
    }
    set(table, wide, ~i, v, slot);
    added(lastDistance);
    return -1;
  }

  /** Counts a key stored {@code distance} positions from its home; grows or rehashes if due. */
  private void added(int distance) {
    size++;
    maxDistance = Math.max(maxDistance, distance);
    int capacity = capacity();
    if (!scatter && distance > LOCAL_LIMIT) {
      scatter = true;
      seed = new SplittableRandom().nextLong();
      rehash(size >= growAt ? capacity * 2 : capacity, wide);
    } else if (distance > RESEED_LIMIT) {
      seed = new SplittableRandom().nextLong();
      rehash(size >= growAt ? capacity * 2 : capacity, wide);
    } else if (size >= growAt) {
      rehash(capacity * 2, wide);
    }
  }

  /** Makes every position two words, for a key beyond the {@code int} range. */
  private void widen() {
    rehash(capacity(), true);
  }

  @Override
  public void remove(Object key) {
    if (key.getClass() != type) {
      return;
    }
    int i = find(value(key), table, wide);
    probes++;
    if (i >= 0) {
      shiftOut(i);
      size--;
    }
  }

  /**
   * Frees position {@code gap} and closes the gap in its probe run; as in {@link OpenAddressing}, a
   * key that could fill it sits at most {@link #maxDistance} past it, so the walk stops there.
   */
  private void shiftOut(int gap) {
    long[] t = table;
    boolean w = wide;
    int m = mask(t, w);
    int bound = maxDistance;
    int steps = 0;
    for (int i = (gap + 1) & m, past = 1; past <= bound && !free(t, w, i); i = (i + 1) & m) {
      steps++;
      int home = home(keyAt(t, w, i), m);
      // Move the key at i into the gap unless its home lies cyclically in (gap, i].
      boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
      if (stays) {
        past++;
      } else {
        copy(t, w, i, gap);
        gap = i;
        past = 1;
      }
    }
    probes += steps;
    clear(t, w, gap);
  }

  @Override
  public void remap(int[] newSlotOf) {
    long[] t = table;
    boolean w = wide;
    for (int i = 0, n = capacity(); i < n; i++) {
      if (!free(t, w, i)) {
        set(t, w, i, keyAt(t, w, i), newSlotOf[slotAt(t, w, i)]);
      }
    }
  }

  @Override
  public void ensureCapacity(int expected) {
    if (expected >= growAt) {
      rehash(OpenAddressing.capacityFor(capacity(), expected), wide);
    }
  }

  @Override
  public PrimaryIndex emptyCopy() {
    return new NumericSlotMap(type);
  }

  private void allocate(int capacity) {
    table = new long[wide ? 2 * capacity : capacity];
    growAt = (int) ((long) capacity * MAX_LOAD_PERCENT / 100);
  }

  /** Moves every key into a table of {@code capacity} positions, two words each if {@code w}. */
  private void rehash(int capacity, boolean w) {
    long[] old = table;
    boolean oldWide = wide;
    int oldCapacity = capacity();
    wide = w;
    allocate(capacity);
    long[] t = table;
    int m = capacity - 1;
    int farthest = 0;
    for (int j = 0; j < oldCapacity; j++) {
      if (!free(old, oldWide, j)) {
        long v = keyAt(old, oldWide, j);
        int i = home(v, m);
        int distance = 0;
        while (!free(t, w, i)) {
          i = (i + 1) & m;
          distance++;
        }
        farthest = Math.max(farthest, distance);
        set(t, w, i, v, slotAt(old, oldWide, j));
      }
    }
    maxDistance = farthest;
  }
}
