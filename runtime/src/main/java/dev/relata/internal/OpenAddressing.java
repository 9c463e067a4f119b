package dev.relata.internal;

import dev.relata.RelataException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The key half of an open-addressing hash table with linear probing, shared by {@link SlotMap} and
 * {@link MultiIndex}, which keep a 32-bit value per position in {@link #entries} (a slot) and, if
 * they need more, their own arrays parallel to {@link #keys}.
 *
 * <p>Implementation notes. Keys are non-null and compared with {@code equals}; a {@code null} in
 * {@code keys} marks a free position. Beside each key, {@link #entries} keeps its {@code hashCode}
 * (high 32 bits) and the subclass's value (low 32 bits): a probe compares the stored hash code
 * before it reads a key, so a step past another key reads the arrays, not that key (for a {@code
 * String}, its object and its characters elsewhere in memory), as {@code HashMap} compares a node's
 * hash first; a hit finds its value in the same place as the hash; moving a key (rehash, removal)
 * needs no {@code hashCode} call. The capacity is a power of two and the table grows before it
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
 * #LOCAL_LIMIT} positions from home, the keys cluster badly under that hash (strided keys, say),
 * and the table switches for good to a scattering hash (golden-ratio multiply) and rehashes.
 *
 * <p>No hash can part keys with equal hash codes, and those are easy to make ("Aa" and "BB" are one
 * {@code String} hash, {@code Long}s {@code i * (2^32 + 1)} all hash to 0): thousands of them would
 * make one probe run that every insert and miss walks. So, as {@code HashMap} turns such a bin into
 * a tree, when an insert lands {@value #TREEIFY_DISTANCE} or more positions from home among at
 * least {@value #TREEIFY_COUNT} keys of its hash code and class, and the class is one whose {@code
 * compareTo} agrees with {@code equals} ({@link #ordered}: the key types and a few more), those
 * keys move into a {@link Bin}: one entry of the probe run that stands for every key of that hash
 * code and class. The bin finds them by a fingerprint, a seeded 64-bit hash of their content that
 * it keeps beside each: for the key types ({@code String}, {@code Long}, {@code UUID}, {@code
 * Integer}) in a small hash table of fingerprints ({@link HashedBin}, O(1) probes, as for random
 * keys), otherwise, or should the fingerprints pile up, in a list ordered by fingerprint and {@code
 * compareTo} ({@link OrderedBin}, O(log n) comparisons whatever the keys). The keys of bins and
 * their values live past the probe positions, in the overflow area ({@code keys[capacity..]}), at
 * positions that only their bin knows; they move only when the area grows. Other classes (a user
 * type of {@code @Index}) keep linear probing, as {@code HashMap} does for keys that are not {@code
 * Comparable}.
 *
 * <p>{@link #find} runs without the lock while a write may be changing the table (see {@link
 * Database}): every loop in it is bounded by a count read once (the farthest displacement, in the
 * table and in a hashed bin; the binary searches of an ordered bin), so a racing write can make it
 * return a wrong position or throw, both of which the caller discards, but never loop forever.
 */
abstract class OpenAddressing {
  /** How full a table of positions may get before it grows; {@link NumericSlotMap}'s too. */
  static final int MAX_LOAD_PERCENT = 70;

  /** The largest number of positions: doubling it would overflow an {@code int}. */
  private static final int MAX_CAPACITY = 1 << 30;
  private static final int MIN_CAPACITY = 16;

  /** The displacement past which the locality-keeping hash gives way to the scattering one. */
  private static final int LOCAL_LIMIT = 32;

  /** The positions of a window of {@link #clusters}. */
  private static final int WINDOW = 32;

  /** The displacement of an insert from which the keys of its hash code may move into a bin. */
  private static final int TREEIFY_DISTANCE = 8;

  /** How many keys of one hash code and class in a probe run make a bin. */
  private static final int TREEIFY_COUNT = 8;

  /** Probe positions ({@code capacity}), then the overflow area; see the class notes. */
  Object[] keys;

  /**
   * Parallel to {@link #keys}: the key's {@code hashCode} above the subclass's value ({@link
   * #value}); 0 at a free position. A bin's entry holds the hash code of its keys.
   */
  long[] entries;

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

  /** Keys that writes have compared in bins, where fingerprints did not decide; see {@link Bin}. */
  long keysRead;

  OpenAddressing() {
    allocate(MIN_CAPACITY);
  }

  /** The hash every table starts with: {@code HashMap}'s, which keeps sequential keys together. */
  static int mix(Object key) {
    return spread(key.hashCode());
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private int home(Object key) {
    return home(key.hashCode());
  }

  /**
   * The home position of a key whose {@code hashCode} is {@code h}: {@code HashMap}'s spread ({@code
   * h ^ h >>> 16}), which keeps sequential keys together, or after the switch a golden-ratio
   * multiply first.
   */
  private int home(int h) {
    return home(h, scatter, mask);
  }

  /** {@link #home(int)} under the hash {@code scattered} says, in a table of {@code mask + 1}. */
  private static int home(int h, boolean scattered, int mask) {
    return spread(scattered ? h * 0x9E3779B9 : h) & mask;
  }

  /** The hash code in {@code entry}, an element of {@link #entries}. */
  private static int hashAt(long entry) {
    return (int) (entry >>> 32);
  }

  /** The subclass's 32-bit value at {@code position}. */
  final int value(int position) {
    return (int) entries[position];
  }

  /** Sets the subclass's value at {@code position}, keeping the hash code stored there. */
  final void setValue(int position, int value) {
    entries[position] = (entries[position] & ~0xFFFFFFFFL) | (value & 0xFFFFFFFFL);
  }

  /**
   * Stores {@code key} at {@code position}, a free one that {@link #findOrFree} returned, with
   * {@code value}; the caller then calls {@link #added()}.
   */
  final void store(int position, Object key, int value) {
    store(position, key, key.hashCode(), value);
  }

  /** {@link #store(int, Object, int)} of a key whose hash code {@code hash} is known. */
  final void store(int position, Object key, int hash, int value) {
    entries[position] = (long) hash << 32 | (value & 0xFFFFFFFFL);
    keys[position] = key;
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
    long[] e = entries;
    int m = mask;
    int h = key.hashCode();
    int i = home(h);
    for (int distance = maxDistance; distance >= 0; distance--, i = (i + 1) & m) {
      Object present = k[i];
      if (present == null) {
        return -1;
      }
      if (hashAt(e[i]) != h) {
        continue; // another hash code: no need to read the key
      }
      // The same instance (a value read back from a stored row) matches without reading the key.
      if (present == key) {
        return i;
      }
      if (present instanceof Bin) {
        if (((Bin) present).holds(key)) {
          int member = ((Bin) present).find(key, Bin.fingerprint(key), k, m + 1);
          return member < 0 ? -1 : m + 1 + member;
        }
      } else if (present.equals(key)) {
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
    return findOrFree(key, key.hashCode());
  }

  /** {@link #findOrFree(Object)} of a key whose hash code {@code h} is known. */
  final int findOrFree(Object key, int h) {
    Object[] k = keys;
    long[] e = entries;
    int m = mask;
    int i = home(h);
    for (int distance = 0; ; distance++, i = (i + 1) & m) {
      Object present = k[i];
      // A key or bin of another hash code is passed without reading it (a bin holds its keys' code).
      if (present == null
          || hashAt(e[i]) == h
              && (present == key || !(present instanceof Bin) && present.equals(key))) {
        lastDistance = distance;
        lastPosition = i;
        probes += distance + 1;
        return i;
      }
      if (hashAt(e[i]) == h && present instanceof Bin && ((Bin) present).holds(key)) {
        probes += distance + 1;
        return findOrFreeInBin(i, key);
      }
    }
  }

  /** {@link #findOrFree} in the bin at probe position {@code binAt}. */
  private int findOrFreeInBin(int binAt, Object key) {
    Bin bin = (Bin) keys[binAt];
    long print = Bin.fingerprint(key);
    long where = bin.locate(key, print, keys, mask + 1, this);
    if (where >= 0) {
      return mask + 1 + bin.member(where);
    }
    int member = allocateOverflow();
    // The key is not stored yet, and an ordered bin compares keys: store it first.
    keys[mask + 1 + member] = key;
    keys[binAt] = insert(bin, ~where, print, member);
    keys[mask + 1 + member] = null; // the caller stores it, and then counts it
    lastDistance = -1;
    return mask + 1 + member;
  }

  /**
   * Inserts {@code member}, whose key is stored, into {@code bin} at {@code where}; returns the bin
   * that holds it: {@code bin}, or an ordered bin that replaces a hashed one whose fingerprints
   * cluster (see {@link HashedBin}).
   */
  private Bin insert(Bin bin, long where, long print, int member) {
    if (bin.insert(where, print, member)) {
      return bin;
    }
    return ((HashedBin) bin).ordered(keys, capacity(), this);
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
    Bin bin = Bin.create(hash, type);
    for (int n = 0; n < count; n++) {
      int position = probePosition(same[n]);
      int member = allocateOverflow();
      int to = capacity() + member;
      keys[to] = same[n];
      entries[to] = entries[position];
      moveValue(position, to);
      shiftOut(position);
      used--;
      long print = Bin.fingerprint(same[n]);
      bin = insert(bin, ~bin.locate(same[n], print, keys, capacity(), this), print, member);
    }
    int i = home(bin);
    int distance = 0;
    while (keys[i] != null) {
      i = (i + 1) & mask;
      distance++;
    }
    keys[i] = bin;
    entries[i] = (long) bin.hash << 32;
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
    bin.remove(bin.locate(key, Bin.fingerprint(key), keys, capacity(), this));
    keys[position] = null;
    entries[position] = 0;
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
   * fill the gap sits at most {@link #maxDistance} past it (it would otherwise sit farther than
   * that from its home), so the walk stops there: a long run of keys at home, such as sequential
   * keys, costs one step, not a walk to its end.
   */
  private void shiftOut(int position) {
    Object[] k = keys;
    long[] e = entries;
    int m = mask;
    int bound = maxDistance;
    int gap = position;
    int steps = 0;
    for (int i = (gap + 1) & m, past = 1; past <= bound && k[i] != null; i = (i + 1) & m, past++) {
      steps++;
      int home = home(hashAt(e[i]));
      // Move k[i] into the gap unless its home lies cyclically in (gap, i].
      boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
      if (!stays) {
        k[gap] = k[i];
        e[gap] = e[i];
        moveValue(i, gap);
        gap = i;
        past = 0;
      }
    }
    probes += steps;
    k[gap] = null;
    e[gap] = 0;
    clearValue(gap);
  }

  /** An unused overflow number, growing the overflow area if it is full. */
  private int allocateOverflow() {
    if (freeCount > 0) {
      return freeOverflow[--freeCount];
    }
    if (overflowEnd == overflowLength) {
      // Every position keeps its key and value: two array copies, no per-position work. Each copy
      // includes the probe positions, so past its first size the area grows by an eighth of the
      // capacity at least: a flood of keys of one hash code then costs a few copies, not log2(n).
      overflowLength =
          overflowLength == 0 ? MIN_CAPACITY : Math.max(overflowLength * 2, capacity() / 8);
      keys = Arrays.copyOf(keys, capacity() + overflowLength);
      entries = Arrays.copyOf(entries, keys.length);
      extendValues(keys.length);
    }
    return overflowEnd++;
  }

  /**
   * Prepares the insert of the keys {@code values[p]} that are not null ({@code m} of them, all
   * expected to be new and distinct, as in a unique index), whose hash codes are {@code hashes[p]},
   * for a bulk write, and returns their places {@code p} ordered by home position, ties in order of
   * place, each packed as {@code home << 32 | p}. Inserting them in that order writes the table
   * from front to back, where inserting them in the order of the batch would write it at random
   * (rows come in order of key, not of hash). Before that, the table grows once to hold them, and
   * switches to the scattering hash if they would cluster under the other (see the class notes),
   * sparing the rehash of a switch halfway.
   */
  final long[] bulkOrder(Object[] values, int[] hashes, int m) {
    ensureCapacity(size + m);
    if (!scatter && clusters(values, hashes, m)) {
      switchToScatter();
    }
    return homeOrder(values, hashes, m, scatter, mask);
  }

  private void switchToScatter() {
    scatter = true;
    if (size > 0) {
      rehash(capacity());
    }
  }

  /** The places of the non-null {@code values}, by home under that hash and mask; see above. */
  private static long[] homeOrder(
      Object[] values, int[] hashes, int m, boolean scattered, int mask) {
    long[] order = new long[m];
    for (int p = 0, r = 0; r < m; p++) {
      if (values[p] != null) {
        order[r++] = (long) home(hashes[p], scattered, mask) << 32 | p;
      }
    }
    RadixSort.sort(order, m, 32, 64 - Long.numberOfLeadingZeros(mask) + 32);
    return order;
  }

  /**
   * Whether the keys {@code values[p]} would land farther than {@value #LOCAL_LIMIT} from home
   * under the locality-keeping hash, which makes a table switch to the scattering one (see {@link
   * #added}): an estimate from how many homes fall into each window of {@value #WINDOW} positions,
   * what overflows a window running on into the next. Keys present are left out, and the inserts
   * check as ever.
   */
  private boolean clusters(Object[] values, int[] hashes, int m) {
    int[] counts = new int[(capacity() + WINDOW - 1) / WINDOW];
    for (int p = 0, r = 0; r < m; p++) {
      if (values[p] != null) {
        counts[home(hashes[p], false, mask) / WINDOW]++;
        r++;
      }
    }
    int carried = 0;
    for (int count : counts) {
      carried = Math.max(0, carried + count - WINDOW);
      if (carried > LOCAL_LIMIT) {
        return true;
      }
    }
    return false;
  }

  /** Grows at once to hold {@code expected} keys without growing again (a bulk insert is due). */
  public final void ensureCapacity(int expected) {
    if (expected >= growAt) {
      rehash(capacityFor(capacity(), expected));
    }
  }

  /**
   * The capacity, {@code capacity} doubled as often as needed, that holds {@code expected} keys
   * below the load limit; refused before anything changes where that would pass {@link
   * #MAX_CAPACITY} (doubling on would overflow and never end).
   */
  static int capacityFor(int capacity, int expected) {
    while ((long) capacity * MAX_LOAD_PERCENT / 100 <= expected) {
      if (capacity >= MAX_CAPACITY) {
        throw new RelataException(
            "a table or index holds at most "
                + (long) MAX_CAPACITY * MAX_LOAD_PERCENT / 100
                + " keys; this write needs room for "
                + expected);
      }
      capacity *= 2;
    }
    return capacity;
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
    entries = new long[keys.length];
    mask = capacity - 1;
    growAt = (int) ((long) capacity * MAX_LOAD_PERCENT / 100);
    allocateValues(keys.length);
  }

  private void rehash(int capacity) {
    Object[] oldKeys = keys;
    long[] oldEntries = entries;
    int oldCapacity = capacity();
    Object oldValues = detachValues();
    allocate(capacity);
    Object[] k = keys;
    long[] e = entries;
    int m = mask;
    int farthest = 0;
    for (int old = 0; old < oldCapacity; old++) {
      Object key = oldKeys[old];
      if (key != null) {
        int i = home(hashAt(oldEntries[old]));
        int distance = 0;
        while (k[i] != null) {
          i = (i + 1) & m;
          distance++;
        }
        farthest = Math.max(farthest, distance);
        k[i] = key;
        e[i] = oldEntries[old];
        copyValue(oldValues, old, i);
      }
    }
    // Keys in bins keep their overflow numbers, so their bins stay as they are.
    for (int member = 0; member < overflowEnd; member++) {
      Object key = oldKeys[oldCapacity + member];
      if (key != null) {
        k[capacity + member] = key;
        e[capacity + member] = oldEntries[oldCapacity + member];
        copyValue(oldValues, oldCapacity + member, capacity + member);
      }
    }
    maxDistance = farthest;
  }

  /** Allocates empty value storage for {@code length} positions. */
  abstract void allocateValues(int length);

  /** Lengthens the value storage to {@code length} positions, each keeping its value. */
  abstract void extendValues(int length);

  /** Returns the current value storage, about to be replaced by {@link #allocateValues}. */
  abstract Object detachValues();

  /** Copies the value at {@code from} of the detached storage to {@code to} of the current one. */
  abstract void copyValue(Object detached, int from, int to);

  abstract void moveValue(int from, int to);

  abstract void clearValue(int position);

  /**
   * The keys of one hash code and class, as one entry of a probe run: it knows their overflow
   * numbers, found by a seeded 64-bit {@link #fingerprint} of each key, of which it keeps 32 bits
   * ({@link HashedBin}) or all ({@link OrderedBin}) beside them, so that looking for a key compares
   * fingerprints held together in the bin and reads a key, elsewhere in memory, only where they are
   * equal: to confirm a match, and for distinct keys seldom. A hashed bin finds a key in O(1)
   * probes; an ordered one in O(log n) comparisons, whatever the fingerprints.
   */
  abstract static class Bin {
    /** Seeds the fingerprints, so that no one can choose keys whose fingerprints collide. */
    private static final long SEED = new SplittableRandom().nextLong();

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    final int hash;
    final Class<?> type;

    /** Whether equal fingerprints mean equal keys ({@code Long}, {@code Integer}). */
    final boolean exact;

    int size;

    Bin(int hash, Class<?> type) {
      this.hash = hash;
      this.type = type;
      this.exact = type == Long.class || type == Integer.class;
    }

    /** A hashed bin for the key types, which have fingerprints; an ordered one for the others. */
    static Bin create(int hash, Class<?> type) {
      boolean fingerprinted =
          type == String.class || type == Long.class || type == UUID.class || type == Integer.class;
      return fingerprinted ? new HashedBin(hash, type) : new OrderedBin(hash, type);
    }

    /** The hash code of its keys, so that the probe run places the bin where they would go. */
    @Override
    public int hashCode() {
      return hash;
    }

    boolean holds(Object key) {
      return key.getClass() == type && key.hashCode() == hash;
    }

    /**
     * A seeded 64-bit hash of {@code key}'s content: the characters of a {@code String}, the bits
     * of a {@code UUID}, the value of a {@code Long} or {@code Integer} (through a bijection, so
     * that equal fingerprints mean equal keys); keys of one {@code hashCode} differ in it as random
     * keys do, whatever prefix or half they share. 0 for the other types of {@link #ordered}, whose
     * bins are ordered by {@code compareTo} alone.
     */
    static long fingerprint(Object key) {
      Class<?> c = key.getClass();
      if (c == Long.class) {
        return finish(((Long) key ^ SEED) * GOLDEN);
      }
      if (c == String.class) {
        return stringPrint((String) key);
      }
      if (c == UUID.class) {
        UUID u = (UUID) key;
        long h = Long.rotateLeft((u.getMostSignificantBits() ^ SEED) * GOLDEN, 31);
        return finish(h ^ u.getLeastSignificantBits());
      }
      if (c == Integer.class) {
        return finish(((Integer) key ^ SEED) * GOLDEN);
      }
      return 0;
    }

    /**
     * Four characters a step; multiply and rotate, so that no difference cancels for every seed.
     */
    private static long stringPrint(String s) {
      int n = s.length();
      long h = SEED ^ n;
      int i = 0;
      for (; i + 4 <= n; i += 4) {
        long word =
            s.charAt(i)
                | (long) s.charAt(i + 1) << 16
                | (long) s.charAt(i + 2) << 32
                | (long) s.charAt(i + 3) << 48;
        h = Long.rotateLeft((h ^ word) * GOLDEN, 31);
      }
      for (; i < n; i++) {
        h = Long.rotateLeft((h ^ s.charAt(i)) * GOLDEN, 31);
      }
      return finish(h);
    }

    /** MurmurHash3's finalizer, a bijection: every bit of the result depends on every bit. */
    static long finish(long h) {
      h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
      h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
      return h ^ (h >>> 33);
    }

    /**
     * The overflow number of {@code key}, whose fingerprint is {@code print}, or -1; keys are read
     * from {@code k} at {@code base} plus their overflow number. For the read without the lock:
     * every loop is bounded by a count read once, so a read racing a write ends (with a wrong
     * answer or an exception, which the reader discards).
     */
    abstract int find(Object key, long print, Object[] k, int base);

    /**
     * Where {@code key} is (a place for {@link #member}), or {@code ~} where it would go (a place
     * for {@link #insert}); {@code counter}, if not null, counts the entries visited ({@link
     * #probes}) and the keys compared ({@link #keysRead}). For writes.
     */
    abstract long locate(Object key, long print, Object[] k, int base, OpenAddressing counter);

    /** The overflow number at {@code where}, a place {@link #locate} found. */
    abstract int member(long where);

    /**
     * Inserts {@code member}, whose key has fingerprint {@code print}, at {@code where}, a place
     * {@link #locate} returned for a new key; false if the bin should give way to an ordered one.
     */
    abstract boolean insert(long where, long print, int member);

    /** Removes the entry at {@code where}, a place {@link #locate} found. */
    abstract void remove(long where);
  }

  /**
   * A bin as a hash table of fingerprints: linear probing from the fingerprint's low bits, at most
   * half full, removal by shifting back (as in the table itself). A slot is one long: the low 32
   * bits of the fingerprint above the overflow number plus one (0: a free slot), so a probe reads
   * one place and the table takes 8 bytes a slot, no more than the table's own key and value. The
   * fingerprints are seeded hashes, so keys of one {@code hashCode} scatter in it as random keys do
   * in the table; a key is read to confirm a match of those 32 bits, and otherwise only when the
   * bits beyond the home position match by chance (1 in 2^15 at 65,536 keys). Should an insert land
   * more than {@value #LIMIT} slots from its home (at half load, a chance too small to happen
   * unless someone has broken the seeded hash), the bin gives way to an {@link OrderedBin}, whose
   * cost does not depend on the fingerprints.
   */
  static final class HashedBin extends Bin {
    private static final int LIMIT = 64;
    private static final int MIN_SLOTS = 16;

    private long[] slots = new long[MIN_SLOTS];

    /** No entry sits farther than this from its home. */
    private int farthest;

    HashedBin(int hash, Class<?> type) {
      super(hash, type);
    }

    private static long slot(long print, int member) {
      return print << 32 | (member + 1L);
    }

    /**
     * Whether {@code slot} holds an entry whose fingerprint has the low 32 bits of {@code print}.
     */
    private static boolean matches(long slot, long print) {
      return (int) (slot >>> 32) == (int) print;
    }

    @Override
    int find(Object key, long print, Object[] k, int base) {
      long[] t = slots;
      int m = t.length - 1;
      int i = (int) print & m;
      for (int distance = farthest; distance >= 0; distance--, i = (i + 1) & m) {
        long slot = t[i];
        if (slot == 0) {
          return -1;
        }
        if (matches(slot, print) && key.equals(k[base + (int) slot - 1])) {
          return (int) slot - 1;
        }
      }
      return -1;
    }

    @Override
    long locate(Object key, long print, Object[] k, int base, OpenAddressing counter) {
      long[] t = slots;
      int m = t.length - 1;
      int i = (int) print & m;
      int visited = 1;
      int compared = 0;
      long found = -1;
      for (long slot = t[i]; slot != 0; slot = t[i]) {
        if (matches(slot, print)) {
          compared++;
          if (key.equals(k[base + (int) slot - 1])) {
            found = i;
            break;
          }
        }
        i = (i + 1) & m;
        visited++;
      }
      if (counter != null) {
        counter.probes += visited;
        counter.keysRead += compared;
      }
      return found >= 0 ? found : ~(long) i;
    }

    @Override
    int member(long where) {
      return (int) slots[(int) where] - 1;
    }

    @Override
    boolean insert(long where, long print, int member) {
      int i = (int) where;
      slots[i] = slot(print, member);
      size++;
      int distance = (i - (int) print) & (slots.length - 1);
      farthest = Math.max(farthest, distance);
      if (2 * size > slots.length) {
        grow();
      }
      return distance <= LIMIT;
    }

    private void grow() {
      long[] old = slots;
      long[] t = new long[2 * old.length];
      int m = t.length - 1;
      int far = 0;
      for (long slot : old) {
        if (slot != 0) {
          // The home is in the low bits of the fingerprint, which the slot's high half holds.
          int i = (int) (slot >>> 32) & m;
          int distance = 0;
          while (t[i] != 0) {
            i = (i + 1) & m;
            distance++;
          }
          t[i] = slot;
          far = Math.max(far, distance);
        }
      }
      slots = t;
      farthest = far;
    }

    /** Frees the slot at {@code where}, shifting back entries as {@link #shiftOut} does. */
    @Override
    void remove(long where) {
      long[] t = slots;
      int m = t.length - 1;
      int gap = (int) where;
      for (int i = (gap + 1) & m, past = 1;
          past <= farthest && t[i] != 0;
          i = (i + 1) & m, past++) {
        int home = (int) (t[i] >>> 32) & m;
        boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
        if (!stays) {
          t[gap] = t[i];
          gap = i;
          past = 0;
        }
      }
      t[gap] = 0;
      size--;
    }

    /**
     * The same entries in an ordered bin, which needs whole fingerprints: they are computed again
     * from the keys, read from {@code k} at {@code base}.
     */
    OrderedBin ordered(Object[] k, int base, OpenAddressing counter) {
      OrderedBin ordered = new OrderedBin(hash, type);
      for (long slot : slots) {
        if (slot != 0) {
          int member = (int) slot - 1;
          Object key = k[base + member];
          long print = fingerprint(key);
          ordered.insert(~ordered.locate(key, print, k, base, counter), print, member);
        }
      }
      return ordered;
    }
  }

  /**
   * A bin as a sorted list of its entries, by fingerprint and, among equal fingerprints, by the
   * keys' {@code compareTo}: in blocks of at most {@value #BLOCK} entries, with the first
   * fingerprint of each block in one array ({@link #firsts}), so that a lookup is two binary
   * searches, O(log n) comparisons even when every fingerprint is equal, and an insert or removal
   * moves at most a block (and, when a block splits or empties, the array of blocks). Keys made to
   * share fingerprints cost the {@code compareTo} that every comparison costs without them, never
   * more.
   */
  static final class OrderedBin extends Bin {
    private static final int BLOCK = 128;

    /** A block: element 0 the count, then per entry its fingerprint and its overflow number. */
    private static final int BLOCK_LENGTH = 1 + 2 * BLOCK;

    private long[][] blocks = new long[4][];

    /** The fingerprint of the first entry of each block. */
    private long[] firsts = new long[4];

    private int blockCount;

    OrderedBin(int hash, Class<?> type) {
      super(hash, type);
    }

    @Override
    int find(Object key, long print, Object[] k, int base) {
      long where = locate(key, print, k, base, null);
      return where < 0 ? -1 : member(where);
    }

    /**
     * Compares {@code key} with {@code other}, a key of equal fingerprint; the same instance (a key
     * read back from a stored row, say) is equal without reading it, as in {@code HashMap}.
     */
    @SuppressWarnings("unchecked")
    private int tie(Object key, Object other) {
      return exact || key == other ? 0 : ((Comparable<Object>) key).compareTo(other);
    }

    /** Two binary searches: of the blocks by their first entries, then of one block. */
    @Override
    long locate(Object key, long print, Object[] k, int base, OpenAddressing counter) {
      long[][] b = blocks;
      long[] f = firsts;
      int n = blockCount;
      if (n == 0) {
        return ~0L;
      }
      int compared = 0;
      int ties = 0;
      int lo = 0;
      int hi = n - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        compared++;
        long first = f[mid];
        int c;
        if (print != first) {
          c = print < first ? -1 : 1;
        } else {
          ties++;
          c = tie(key, k[base + (int) b[mid][2]]);
        }
        if (c >= 0) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      long[] block = b[lo];
      int from = 0;
      int to = (int) block[0] - 1;
      long found = -1;
      while (from <= to) {
        int mid = (from + to) >>> 1;
        compared++;
        long entryPrint = block[1 + 2 * mid];
        int c;
        if (print != entryPrint) {
          c = print < entryPrint ? -1 : 1;
        } else {
          ties++;
          c = tie(key, k[base + (int) block[2 + 2 * mid]]);
        }
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
        counter.keysRead += exact ? 0 : ties;
      }
      return found >= 0 ? found : ~((long) lo << 32 | from);
    }

    @Override
    int member(long where) {
      return (int) blocks[(int) (where >>> 32)][2 + 2 * (int) where];
    }

    @Override
    boolean insert(long where, long print, int member) {
      if (blockCount == 0) {
        blocks[0] = new long[BLOCK_LENGTH];
        firsts[0] = print;
        blockCount = 1;
      }
      int blockAt = (int) (where >>> 32);
      int at = (int) where;
      long[] block = blocks[blockAt];
      int n = (int) block[0];
      System.arraycopy(block, 1 + 2 * at, block, 3 + 2 * at, 2 * (n - at));
      block[1 + 2 * at] = print;
      block[2 + 2 * at] = member;
      block[0] = n + 1;
      if (at == 0) {
        firsts[blockAt] = print;
      }
      size++;
      if (n + 1 == BLOCK) {
        split(blockAt);
      }
      return true;
    }

    /** Moves the upper half of the full block at {@code blockAt} into a new block after it. */
    private void split(int blockAt) {
      long[] block = blocks[blockAt];
      int half = BLOCK / 2;
      long[] upper = new long[BLOCK_LENGTH];
      System.arraycopy(block, 1 + 2 * half, upper, 1, 2 * (BLOCK - half));
      upper[0] = BLOCK - half;
      block[0] = half;
      if (blockCount == blocks.length) {
        blocks = Arrays.copyOf(blocks, blockCount * 2);
        firsts = Arrays.copyOf(firsts, blockCount * 2);
      }
      int after = blockCount - blockAt - 1;
      System.arraycopy(blocks, blockAt + 1, blocks, blockAt + 2, after);
      System.arraycopy(firsts, blockAt + 1, firsts, blockAt + 2, after);
      blocks[blockAt + 1] = upper;
      firsts[blockAt + 1] = upper[1];
      blockCount++;
    }

    @Override
    void remove(long where) {
      int blockAt = (int) (where >>> 32);
      int at = (int) where;
      long[] block = blocks[blockAt];
      int n = (int) block[0];
      System.arraycopy(block, 3 + 2 * at, block, 1 + 2 * at, 2 * (n - 1 - at));
      block[0] = n - 1;
      size--;
      if (n == 1) {
        int after = blockCount - blockAt - 1;
        System.arraycopy(blocks, blockAt + 1, blocks, blockAt, after);
        System.arraycopy(firsts, blockAt + 1, firsts, blockAt, after);
        blocks[--blockCount] = null;
      } else if (at == 0) {
        firsts[blockAt] = block[1];
      }
    }
  }
}
