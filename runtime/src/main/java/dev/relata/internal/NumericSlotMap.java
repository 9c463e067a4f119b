package dev.relata.internal;

import java.util.SplittableRandom;

/**
 * The primary index of a table whose keys are numbers ({@code Long} or {@code Integer}): key →
 * slot, with the keys held as {@code long}s beside their slots.
 *
 * <p>Implementation notes. One {@code long[]} holds two words per position: the key's value, then
 * its slot plus one (0: a free position). So a lookup reads one place in memory, where {@link
 * SlotMap} reads the position, the boxed key it points to (for {@code equals}) and the slot in a
 * third array: at 100,000 rows and more each of those is a cache miss, and they were most of what
 * {@code find} and a random {@code delete} cost. Removal shifts later members of the probe run back
 * (no tombstones), reading only this array.
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
  private static final int MAX_LOAD_PERCENT = 70;
  private static final int MIN_CAPACITY = 16;

  /** The displacement past which the locality-keeping hash gives way to the seeded one. */
  private static final int LOCAL_LIMIT = 32;

  /** The displacement, under the seeded hash, past which the table draws a new seed. */
  private static final int RESEED_LIMIT = 512;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** {@code Long.class} or {@code Integer.class}. */
  private final Class<?> type;

  /** Per position, the key's value, then its slot plus one (0: free); see the class notes. */
  private long[] table;

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
    return table.length >>> 1;
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

  @Override
  public int get(Object key) {
    if (key.getClass() != type) {
      return -1;
    }
    long v = value(key);
    long[] t = table;
    int m = (t.length >>> 1) - 1;
    int i = home(v, m);
    for (int distance = maxDistance; distance >= 0; distance--, i = (i + 1) & m) {
      long slot = t[2 * i + 1];
      if (slot == 0) {
        return -1;
      }
      if (t[2 * i] == v) {
        return (int) slot - 1;
      }
    }
    return -1;
  }

  /**
   * The position of {@code v}, or {@code ~} the free position where it goes, which lies {@link
   * #lastDistance} from home. For writes.
   */
  private int locate(long v) {
    long[] t = table;
    int m = (t.length >>> 1) - 1;
    int i = home(v, m);
    for (int d = 0; ; d++, i = (i + 1) & m) {
      if (t[2 * i + 1] == 0) {
        probes += d + 1;
        lastDistance = d;
        return ~i;
      }
      if (t[2 * i] == v) {
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
    int i = locate(v);
    if (i >= 0) {
      int present = (int) table[2 * i + 1] - 1;
      if (replace) {
        table[2 * i + 1] = slot + 1L;
      }
      return present;
    }
    i = ~i;
    table[2 * i] = v;
    table[2 * i + 1] = slot + 1L;
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
      rehash(size >= growAt ? capacity * 2 : capacity);
    } else if (distance > RESEED_LIMIT) {
      seed = new SplittableRandom().nextLong();
      rehash(size >= growAt ? capacity * 2 : capacity);
    } else if (size >= growAt) {
      rehash(capacity * 2);
    }
  }

  @Override
  public void remove(Object key) {
    if (key.getClass() != type) {
      return;
    }
    long v = value(key);
    long[] t = table;
    int m = (t.length >>> 1) - 1;
    int i = home(v, m);
    for (int distance = maxDistance; distance >= 0; distance--, i = (i + 1) & m) {
      probes++;
      if (t[2 * i + 1] == 0) {
        return;
      }
      if (t[2 * i] == v) {
        shiftOut(i);
        size--;
        return;
      }
    }
  }

  /**
   * Frees position {@code gap} and closes the gap in its probe run; as in {@link OpenAddressing}, a
   * key that could fill it sits at most {@link #maxDistance} past it, so the walk stops there.
   */
  private void shiftOut(int gap) {
    long[] t = table;
    int m = (t.length >>> 1) - 1;
    int bound = maxDistance;
    int steps = 0;
    for (int i = (gap + 1) & m, past = 1; past <= bound && t[2 * i + 1] != 0; i = (i + 1) & m) {
      steps++;
      int home = home(t[2 * i], m);
      // Move the key at i into the gap unless its home lies cyclically in (gap, i].
      boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
      if (stays) {
        past++;
      } else {
        t[2 * gap] = t[2 * i];
        t[2 * gap + 1] = t[2 * i + 1];
        gap = i;
        past = 1;
      }
    }
    probes += steps;
    t[2 * gap] = 0;
    t[2 * gap + 1] = 0;
  }

  @Override
  public void remap(int[] newSlotOf) {
    long[] t = table;
    for (int i = 1; i < t.length; i += 2) {
      if (t[i] != 0) {
        t[i] = newSlotOf[(int) t[i] - 1] + 1L;
      }
    }
  }

  @Override
  public void ensureCapacity(int expected) {
    if (expected >= growAt) {
      int capacity = capacity();
      while ((long) capacity * MAX_LOAD_PERCENT / 100 <= expected) {
        capacity *= 2;
      }
      rehash(capacity);
    }
  }

  @Override
  public PrimaryIndex emptyCopy() {
    return new NumericSlotMap(type);
  }

  private void allocate(int capacity) {
    table = new long[2 * capacity];
    growAt = (int) ((long) capacity * MAX_LOAD_PERCENT / 100);
  }

  private void rehash(int capacity) {
    long[] old = table;
    allocate(capacity);
    long[] t = table;
    int m = capacity - 1;
    int farthest = 0;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = home(old[j], m);
        int distance = 0;
        while (t[2 * i + 1] != 0) {
          i = (i + 1) & m;
          distance++;
        }
        farthest = Math.max(farthest, distance);
        t[2 * i] = old[j];
        t[2 * i + 1] = old[j + 1];
      }
    }
    maxDistance = farthest;
  }
}
