package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The bulk adds of a write that fills a table ({@link ColumnIndex#addAll}) leave an index as the
 * same adds one by one would, and say whether a value was held by another slot, for batches into
 * an empty index and into one that holds keys: with nulls, keys repeated within the batch, keys
 * that cluster under the locality-keeping hash ({@code "post-N"}), sequential numbers and keys of
 * one hash code (which go into bins); and the numbers of a primitive column, given unboxed
 * ({@link ColumnIndex#addAllNumbers}), as the same values boxed.
 */
class BulkIndexPropertyTest {
  /** A key of kind {@code kind} for {@code i}. */
  private static Object key(int kind, int i) {
    return switch (kind) {
      case 0 -> "post-" + i;
      case 1 -> (long) i;
      case 2 -> CollidingKeys.string(i, 6);
      default -> "k" + (i * 7919 % 100_003);
    };
  }

  @Property(tries = 150)
  void hashIndexBulkAddsAgreeWithAddsOneByOne(@ForAll long seed) {
    Random random = new Random(seed);
    int kind = random.nextInt(4);
    int distinct = 1 + random.nextInt(random.nextBoolean() ? 50 : 5000);
    MultiIndex bulk = new MultiIndex();
    MultiIndex single = new MultiIndex();
    Map<Object, TreeSet<Integer>> model = new HashMap<>();
    int slot = 0;
    for (int present = random.nextInt(3) == 0 ? random.nextInt(3000) : 0; present > 0; present--) {
      Object key = key(kind, random.nextInt(distinct));
      bulk.add(key, slot);
      single.add(key, slot);
      model.computeIfAbsent(key, k -> new TreeSet<>()).add(slot++);
    }
    int n = random.nextInt(6000);
    boolean unique = random.nextBoolean();
    Object[] values = new Object[n];
    boolean held = false;
    for (int i = 0; i < n; i++) {
      int k = unique && random.nextInt(1000) > 0 ? i : random.nextInt(distinct);
      values[i] = random.nextInt(20) == 0 ? null : key(kind, k);
      if (values[i] != null) {
        held |= single.add(values[i], slot + i);
        model.computeIfAbsent(values[i], x -> new TreeSet<>()).add(slot + i);
      }
    }
    assertEquals(held, bulk.addAll(values.clone(), slot, n, unique));
    assertEquals(model.size(), bulk.size);
    for (Map.Entry<Object, TreeSet<Integer>> e : model.entrySet()) {
      int[] expected = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      int[] bucket = bulk.get(e.getKey());
      assertArrayEquals(expected, Arrays.copyOfRange(bucket, 1, bucket[0] + 1), "" + e.getKey());
    }
    // It stays an index: removals and further adds as ever.
    for (Object key : model.keySet()) {
      bulk.remove(key, model.get(key).first());
      model.get(key).remove(model.get(key).first());
    }
    model.values().removeIf(TreeSet::isEmpty);
    assertEquals(model.size(), bulk.size);
    for (Map.Entry<Object, TreeSet<Integer>> e : model.entrySet()) {
      assertEquals(e.getValue().size(), bulk.count(e.getKey()));
    }
  }

  private record Entry(long value, int slot) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Long.compare(value, o.value);
      return c != 0 ? c : Integer.compare(slot, o.slot);
    }
  }

  @Property(tries = 150)
  void sortedIndexBulkAddsAgreeWithASortedSet(@ForAll long seed) {
    Random random = new Random(seed);
    SortedIndex index = new SortedIndex();
    TreeSet<Entry> model = new TreeSet<>();
    int order = random.nextInt(3); // 0: random, 1: ascending, 2: ascending after the present
    boolean wide = random.nextInt(5) == 0; // too far apart to pack with their slots
    int slot = 0;
    for (int present = random.nextInt(3) == 0 ? random.nextInt(3000) : 0; present > 0; present--) {
      long value = wide ? random.nextLong() : random.nextInt(100_000);
      index.add(value, slot);
      model.add(new Entry(value, slot++));
    }
    // Numbers of a primitive column, given unboxed (addAllNumbers), or boxed values with nulls.
    boolean primitive = random.nextBoolean();
    int n = random.nextInt(6000);
    Object[] values = new Object[n];
    long[] numbers = new long[n];
    long next = order == 2 ? 100_000 : 0;
    for (int i = 0; i < n; i++) {
      long value =
          order == 0 ? (wide ? random.nextLong() : random.nextInt(100_000)) : next++ / 3;
      numbers[i] = value;
      values[i] = !primitive && random.nextInt(20) == 0 ? null : value;
      if (values[i] != null) {
        model.add(new Entry(value, slot + i));
      }
    }
    Map<Long, Integer> counts = new HashMap<>();
    model.forEach(e -> counts.merge(e.value(), 1, Integer::sum));
    boolean clash = false;
    for (Object value : values) {
      clash |= value != null && counts.get((Long) value) > 1;
    }
    boolean held =
        primitive
            ? index.addAllNumbers(numbers, Long.class, slot, n, false)
            : index.addAll(values, slot, n, false);
    if (clash) {
      assertEquals(true, held, "a value another slot holds, not reported");
    }
    List<Entry> walked = new ArrayList<>();
    for (int c = index.first(); c < index.end(); c = index.next(c)) {
      walked.add(new Entry((Long) index.value(c), index.slot(c)));
    }
    assertEquals(new ArrayList<>(model), walked);
    assertEquals(model.size(), index.size());
  }

  @Example
  void unboxedNumbersReadBackAsValuesOfTheirClass() {
    SortedIndex sorted = new SortedIndex();
    assertEquals(true, sorted.addAllNumbers(new long[] {7, 3, 7}, Integer.class, 0, 3, false));
    assertEquals(Integer.valueOf(3), sorted.value(sorted.first()));
    assertEquals(2, sorted.count(7));

    MultiIndex unique = new MultiIndex();
    assertEquals(false, unique.addAllNumbers(new long[] {5, 6}, Short.class, 0, 2, true));
    assertEquals(1, unique.count((short) 6));
    assertEquals(0, unique.count(6L));
  }

  @Example
  void unboxedNumbersOfAnotherClassThanTheIndexHoldsFailAsTheirAddWould() {
    SortedIndex index = new SortedIndex();
    index.add(1L, 0);
    assertThrows(
        ClassCastException.class,
        () -> index.addAllNumbers(new long[] {2}, Integer.class, 1, 1, false));
    assertThrows(ClassCastException.class, () -> index.add(2, 1));
  }

  @Property(tries = 100)
  void radixSortIsAStableSortByTheBitsAsked(@ForAll long seed) {
    Random random = new Random(seed);
    int n = random.nextBoolean() ? random.nextInt(3000) : random.nextInt(20);
    // No bit below the sorted ones, or the position in just enough bits.
    int fromBit = random.nextBoolean() ? 0 : 32 - Integer.numberOfLeadingZeros(n);
    int toBit = fromBit + 1 + random.nextInt(40);
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      // Below fromBit: the position, ascending; from toBit up: nothing.
      long high = random.nextLong() & ((1L << (toBit - fromBit)) - 1);
      packed[i] = high << fromBit | (fromBit == 0 ? 0 : i);
    }
    long[] expected = Arrays.stream(packed).boxed()
        .sorted((a, b) -> Long.compare(a >>> fromBit, b >>> fromBit))
        .mapToLong(Long::longValue).toArray();
    RadixSort.sort(packed, n, fromBit, toBit);
    assertArrayEquals(expected, packed);
  }
}
