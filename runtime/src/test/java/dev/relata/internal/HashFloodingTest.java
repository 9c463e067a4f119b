package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Item;
import dev.relata.internal.TestEntities.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * 65,536 keys of one hash code cost a few dozen probes per insert, lookup, miss and removal,
 * counted through {@link OpenAddressing#probes} (positions and keys visited); JMH's {@code
 * AdversarialKeysBenchmark} measures the time. Without bins each would walk a run of 65,536 keys.
 */
class HashFloodingTest {
  private static final int N = 65_536;

  /** log2(65,536) = 16 comparisons in a bin, plus the short probe run that leads to it. */
  private static final long MAX_PROBES = 48;

  private static final IntFunction<Object> STRINGS = i -> CollidingKeys.string(i, 17);
  private static final IntFunction<Object> LONGS = CollidingKeys::longKey;
  private static final IntFunction<Object> UUIDS = CollidingKeys::uuid;
  private static final IntFunction<Object> BIG_INTEGERS = CollidingKeys::bigInteger;

  @Test
  void stringPrimaryKeysOfOneHashCodeCostAFewProbesEach() {
    checkSlotMap(STRINGS);
  }

  @Test
  void longPrimaryKeysOfOneHashCodeCostAFewProbesEach() {
    checkSlotMap(LONGS);
  }

  @Test
  void uuidPrimaryKeysOfOneHashCodeCostAFewProbesEach() {
    checkSlotMap(UUIDS);
  }

  /**
   * Their fingerprints are all equal (0: no fingerprint), so their bin is ordered from the start
   * and every comparison in it is a {@code compareTo}.
   */
  @Test
  void keysOfOneHashCodeAndOneFingerprintCostAFewProbesEach() {
    assertEquals(7, BIG_INTEGERS.apply(0).hashCode());
    assertEquals(7, BIG_INTEGERS.apply(N - 1).hashCode());
    checkSlotMap(BIG_INTEGERS);
  }

  /**
   * A lookup in a bin compares fingerprints held in the bin and reads the key it finds, to confirm
   * it, and hardly any other.
   */
  @Test
  void lookupInABinReadsTheKeyItFindsAndHardlyAnyOther() {
    for (IntFunction<Object> keys : List.of(STRINGS, LONGS, UUIDS)) {
      double perLookup = keysReadPerLookup(keys);
      assertTrue(perLookup <= 1.01, perLookup + " keys read per lookup of " + keys.apply(0));
    }
  }

  /**
   * Keys whose fingerprints share their low 8 bits (found by trying, 1 in 256) pile up at one home
   * in a hashed bin, as keys could only if someone broke the seeded hash; past 64 slots from home
   * the bin gives way to an ordered one, which finds every key in O(log n) comparisons.
   */
  @Test
  void hashedBinWhoseFingerprintsPileUpBecomesOrdered() {
    List<Long> piled = new ArrayList<>();
    for (long i = 0; piled.size() < 2_000; i++) {
      Long key = CollidingKeys.longKey(i);
      if ((OpenAddressing.Bin.fingerprint(key) & 0xFF) == 0) {
        piled.add(key);
      }
    }
    SlotMap map = new SlotMap();
    for (int n = 0; n < piled.size(); n++) {
      map.put(piled.get(n), n);
    }

    assertTrue(binOf(map) instanceof OpenAddressing.OrderedBin, "bin " + binOf(map));
    long before = map.probes;
    for (int n = 0; n < piled.size(); n += 2) {
      map.remove(piled.get(n));
    }
    assertTrue((map.probes - before) / (piled.size() / 2) <= MAX_PROBES, "probes per removal");
    for (int n = 0; n < piled.size(); n++) {
      assertEquals(n % 2 == 0 ? -1 : n, map.get(piled.get(n)), "key " + piled.get(n));
    }
    assertEquals(-1, map.get(CollidingKeys.longKey(-1)));
  }

  private static OpenAddressing.Bin binOf(OpenAddressing table) {
    for (Object key : table.keys) {
      if (key instanceof OpenAddressing.Bin) {
        return (OpenAddressing.Bin) key;
      }
    }
    return null;
  }

  private static double keysReadPerLookup(IntFunction<Object> keys) {
    SlotMap map = new SlotMap();
    for (int i = 0; i < N; i++) {
      map.put(keys.apply(i), i);
    }
    long before = map.keysRead;
    for (int i = 0; i < N; i++) {
      map.put(keys.apply(i), i); // a lookup through the path of get that counts
    }
    return (double) (map.keysRead - before) / N;
  }

  @Test
  void foreignKeysOfOneHashCodeCostAFewProbesEach() {
    checkMultiIndex(STRINGS);
    checkMultiIndex(LONGS);
    checkMultiIndex(UUIDS);
  }

  /**
   * {@link Database#find} reads bins without the lock (see Database's notes) while a writer inserts
   * and deletes keys of the same hash code, splitting and emptying blocks of the bin and growing
   * its overflow area: readers must end, find every key that stays, and nothing that never was.
   */
  @Test
  void findWithoutTheLockInBinsRacingWritesEndsAndFindsWholeRows() throws Exception {
    raceFindsAgainstWrites(
        TestEntities.TAGS,
        k -> CollidingKeys.string(k, 13),
        (key, value) -> new Tag((String) key, value),
        Tag::itemId);
  }

  /**
   * The same race on a table with {@code Long} keys of one hash code, whose primary index is a
   * {@link NumericSlotMap}: the writer's first keys make it wide, switch it to the seeded hash and
   * grow it while readers look up without the lock.
   */
  @Test
  void findWithoutTheLockOfNumericKeysRacingWritesEndsAndFindsWholeRows() throws Exception {
    raceFindsAgainstWrites(
        TestEntities.ITEMS,
        k -> CollidingKeys.longKey(k),
        (key, value) -> new Item((Long) key, value, "item"),
        item -> item.groupId);
  }

  /**
   * Stores 2,000 rows with the even keys of {@code keys}, each holding its number as {@code value};
   * then, while a writer saves and deletes 1,000 rows with odd keys 20 times, two readers find
   * every stored row whole and never an odd key.
   */
  private static <T> void raceFindsAgainstWrites(
      EntityType<T, ?> type,
      IntFunction<Object> keys,
      BiFunction<Object, Long, T> row,
      Function<T, Long> value)
      throws Exception {
    Database db = new Database();
    db.register(type);
    int stable = 2_000;
    List<T> stay = new ArrayList<>();
    for (int i = 0; i < stable; i++) {
      stay.add(row.apply(keys.apply(2 * i), (long) i));
    }
    db.save(type, stay);
    AtomicBoolean writing = new AtomicBoolean(true);
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                try {
                  for (int round = 0; round < 20; round++) {
                    List<T> come = new ArrayList<>();
                    for (int i = 0; i < 1_000; i++) {
                      come.add(row.apply(keys.apply(2 * (stable + i) + 1), -1L));
                    }
                    db.save(type, come);
                    for (int i = 0; i < 1_000; i++) {
                      db.delete(type, keys.apply(2 * (stable + i) + 1));
                    }
                  }
                } finally {
                  writing.set(false);
                }
                return null;
              });
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int i = 0;
                  do {
                    i = (i + 7) % stable;
                    T found = db.find(type, keys.apply(2 * i));
                    if (found == null || value.apply(found) != i) {
                      violations.add("key " + i + " read as " + found);
                    }
                    T never = db.find(type, keys.apply(2 * i + 1));
                    if (never != null) {
                      violations.add("absent key " + i + " read as " + never);
                    }
                  } while (writing.get() && violations.size() < 10);
                  return null;
                }));
      }

      writer.get(60, TimeUnit.SECONDS);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(), List.copyOf(violations));
      assertEquals(stable, db.size(type));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Lookups without any lock in hashed and ordered bins while a writer inserts and removes keys of
   * the bin's hash code (growing the bin, splitting and emptying blocks, growing the overflow area)
   * end, whatever they return or throw: every loop of a bin's read is bounded. (Whether what they
   * return is right is the seqlock's business, checked through {@link Database} above.)
   */
  @Test
  void lookupsInBinsRacingWritesEnd() throws Exception {
    for (IntFunction<Object> keys : List.of(LONGS, BIG_INTEGERS)) {
      SlotMap map = new SlotMap();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<?> writer =
            pool.submit(
                () -> {
                  try {
                    for (int round = 0; round < 20; round++) {
                      for (int i = 0; i < 2_000; i++) {
                        map.put(keys.apply(round * 2_000 + i), i);
                      }
                      for (int i = 0; i < 2_000; i += 2) {
                        map.remove(keys.apply(round * 2_000 + i));
                      }
                    }
                  } finally {
                    writing.set(false);
                  }
                });
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    int i = 0;
                    while (writing.get()) {
                      i = (i + 7_919) % 40_000;
                      try {
                        map.get(keys.apply(i));
                      } catch (RuntimeException raced) {
                        // A torn read; the seqlock would discard it.
                      }
                    }
                  }));
        }
        writer.get(60, TimeUnit.SECONDS);
        for (Future<?> reader : readers) {
          reader.get(60, TimeUnit.SECONDS);
        }
        assertEquals(20_000, map.size, "keys left of " + keys.apply(0).getClass());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void checkSlotMap(IntFunction<Object> keys) {
    SlotMap map = new SlotMap();
    // Inserts in a scattered order, so that bins insert in the middle, not only at the end.
    long before = map.probes;
    for (int n = 0; n < N; n++) {
      int i = scattered(n);
      map.put(keys.apply(i), i);
    }
    assertPerOperation(map.probes - before, "insert", keys);
    assertEquals(N, map.size);

    for (int i = 0; i < N; i++) {
      assertEquals(i, map.get(keys.apply(i)), "key " + keys.apply(i));
    }
    // A put of a present key is a lookup through the same path as get, and counts its probes.
    before = map.probes;
    for (int i = 0; i < N; i++) {
      map.put(keys.apply(i), i);
    }
    assertPerOperation(map.probes - before, "lookup", keys);

    // Misses: keys of the same hash code that are not there, and their bin's insert positions.
    for (int i = N; i < N + 1_000; i++) {
      assertEquals(-1, map.get(keys.apply(i)), "absent key " + keys.apply(i));
    }

    before = map.probes;
    for (int n = 0; n < N; n += 2) {
      map.remove(keys.apply(scattered(n)));
    }
    assertPerOperation(2 * (map.probes - before), "removal", keys);
    assertEquals(N / 2, map.size);
    for (int n = 0; n < N; n++) {
      int i = scattered(n);
      assertEquals(n % 2 == 0 ? -1 : i, map.get(keys.apply(i)), "key " + keys.apply(i));
    }
  }

  private static void checkMultiIndex(IntFunction<Object> keys) {
    MultiIndex index = new MultiIndex();
    long before = index.probes;
    for (int n = 0; n < N; n++) {
      int i = scattered(n);
      index.add(keys.apply(i), 2 * i);
      index.add(keys.apply(i), 2 * i + 1);
    }
    assertPerOperation((index.probes - before) / 2, "foreign-key insert", keys);
    assertEquals(N, index.size);
    for (int i = 0; i < N; i++) {
      int[] bucket = index.get(keys.apply(i));
      assertArrayEquals(new int[] {2, 2 * i, 2 * i + 1}, Arrays.copyOf(bucket, bucket[0] + 1));
    }

    before = index.probes;
    for (int n = 0; n < N; n++) {
      int i = scattered(n);
      index.remove(keys.apply(i), 2 * i);
      index.remove(keys.apply(i), 2 * i + 1);
    }
    assertPerOperation((index.probes - before) / 2, "foreign-key removal", keys);
    assertEquals(0, index.size);
    assertEquals(0, HashKeys.keysPresent(index));
  }

  /** A permutation of 0..N-1 that is far from key order. */
  private static int scattered(int n) {
    return (n * 40_503) & (N - 1);
  }

  private static void assertPerOperation(long probes, String what, IntFunction<Object> keys) {
    long perOperation = probes / N;
    assertTrue(
        perOperation <= MAX_PROBES,
        perOperation + " probes per " + what + " of " + keys.apply(0).getClass().getSimpleName());
  }
}
