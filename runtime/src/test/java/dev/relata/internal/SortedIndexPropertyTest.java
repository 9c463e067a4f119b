package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random adds and removes of (value, slot) entries, many of one value, across block splits and
 * drops: the index walks its entries in the order of a {@code TreeSet} of the same pairs, and its
 * bounds, counts and distances agree with it; also where adds are buffered in bulk mode.
 */
class SortedIndexPropertyTest {
  private record Entry(int value, int slot) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Integer.compare(value, o.value);
      return c != 0 ? c : Integer.compare(slot, o.slot);
    }
  }

  @Property(tries = 200)
  void agreesWithASortedSetOfPairs(@ForAll long seed) {
    check(seed, false);
  }

  /**
   * The same with bulk writes: stretches of adds buffered and settled at once (by a read, a remove
   * or the end of the write), into an empty index or among the entries present.
   */
  @Property(tries = 200)
  void agreesWithASortedSetOfPairsThroughBulkWrites(@ForAll long seed) {
    check(seed, true);
  }

  private record LongEntry(long value, int slot) implements Comparable<LongEntry> {
    @Override
    public int compareTo(LongEntry o) {
      int c = Long.compare(value, o.value);
      return c != 0 ? c : Integer.compare(slot, o.slot);
    }
  }

  /**
   * A bulk write of numbers spread over every {@code long} (too far apart to pack with their slots,
   * so they take the merge sort) or over a narrow range (packed, and sorted by radix from 2048
   * entries), some repeated: walked in order.
   */
  @Property(tries = 100)
  void bulkWritesOfAnySpreadAgreeWithASortedSet(@ForAll long seed) {
    Random random = new Random(seed);
    SortedIndex index = new SortedIndex();
    TreeSet<LongEntry> model = new TreeSet<>();
    boolean wide = random.nextBoolean();
    for (int write = 0; write < 3; write++) {
      index.startBulk(random.nextInt(100));
      for (int i = random.nextInt(6000); i > 0; i--) {
        long value = wide ? random.nextLong() : random.nextInt(50) - 25;
        LongEntry e = new LongEntry(random.nextInt(8) == 0 ? 0 : value, random.nextInt(5000));
        index.add(e.value(), e.slot());
        model.add(e);
      }
      index.settle();
    }
    List<LongEntry> walked = new ArrayList<>();
    for (int c = index.first(); c < index.end(); c = index.next(c)) {
      walked.add(new LongEntry((Long) index.value(c), index.slot(c)));
    }
    assertEquals(new ArrayList<>(model), walked);
    assertEquals(model.size(), index.size());
  }

  private static void check(long seed, boolean bulkWrites) {
    Random random = new Random(seed);
    SortedIndex index = new SortedIndex();
    TreeSet<Entry> model = new TreeSet<>();
    int values = 1 + random.nextInt(random.nextBoolean() ? 5 : 2000);
    int operations = random.nextInt(3000);
    for (int i = 0; i < operations; i++) {
      if (bulkWrites && random.nextInt(100) == 0) {
        index.startBulk(random.nextInt(100));
      } else if (bulkWrites && random.nextInt(150) == 0) {
        index.settle();
      } else if (bulkWrites && random.nextInt(300) == 0) {
        assertEquals(model.size(), index.size());
      }
      Entry e = new Entry(random.nextInt(values), random.nextInt(4000));
      if (random.nextInt(3) == 0 && !model.isEmpty()) {
        Entry present = model.ceiling(e);
        Entry gone = present != null && random.nextBoolean() ? present : e;
        index.remove(gone.value(), gone.slot());
        model.remove(gone);
      } else {
        index.add(e.value(), e.slot());
        model.add(e);
      }
    }
    List<Entry> walked = new ArrayList<>();
    for (int c = index.first(); c < index.end(); c = index.next(c)) {
      walked.add(new Entry((Integer) index.value(c), index.slot(c)));
    }
    assertEquals(new ArrayList<>(model), walked);
    assertEquals(model.size(), index.size());
    List<Entry> backwards = new ArrayList<>();
    for (int c = index.previous(index.end()); c >= 0; c = index.previous(c)) {
      backwards.add(new Entry((Integer) index.value(c), index.slot(c)));
    }
    assertEquals(new ArrayList<>(model.descendingSet()), backwards);
    for (int probe = -1; probe <= values; probe++) {
      int atLeast = index.lowerBound(probe, true);
      int above = index.lowerBound(probe, false);
      Entry low = new Entry(probe, Integer.MIN_VALUE);
      Entry high = new Entry(probe, Integer.MAX_VALUE);
      assertEquals(model.headSet(low).size(), index.distance(index.first(), atLeast));
      assertEquals(model.headSet(high).size(), index.distance(index.first(), above));
      assertEquals(model.subSet(low, high).size(), index.count(probe));
    }
  }
}
