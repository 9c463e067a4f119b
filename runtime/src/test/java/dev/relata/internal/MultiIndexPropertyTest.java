package dev.relata.internal;

import static dev.relata.internal.HashKeys.keysPresent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link MultiIndex} behaves like a map from keys to {@link TreeSet}s of slots that drops empty
 * sets, for any keys and any order of slots.
 */
class MultiIndexPropertyTest {
  private static final int MAX_SLOT = 120;

  enum Kind {
    ADD,
    REMOVE,
    COMPACT,
    CLEAR
  }

  record Op(Kind kind, Object key, int slot) {
    @Override
    public String toString() {
      return kind + (key == null ? "" : "(" + key + ", " + slot + ")");
    }
  }

  @Property(tries = 300)
  void matchesSortedSetsWithSequentialLongKeys(@ForAll("sequentialLongOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesSortedSetsWithStringKeys(@ForAll("stringOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesSortedSetsWithUuidKeys(@ForAll("uuidOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesSortedSetsWhenEveryKeyHasOneHashCode(@ForAll("sameHashCodeOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesSortedSetsWhenHashCodesDifferOnlyInHighBits(@ForAll("highBitOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesSortedSetsWithStringsOfOneHashCode(@ForAll("collidingStringOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesSortedSetsWithLongsOfOneHashCode(@ForAll("collidingLongOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesSortedSetsWithUuidsOfOneHashCode(@ForAll("collidingUuidOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesSortedSetsWithKeysOfMixedClasses(@ForAll("mixedOps") List<Op> ops) {
    check(ops);
  }

  @Provide
  Arbitrary<List<Op>> sequentialLongOps() {
    return ops(Arbitraries.longs().between(0, 40).map(k -> k));
  }

  @Provide
  Arbitrary<List<Op>> stringOps() {
    return ops(KeyArbitraries.strings());
  }

  @Provide
  Arbitrary<List<Op>> uuidOps() {
    return ops(KeyArbitraries.uuids());
  }

  @Provide
  Arbitrary<List<Op>> sameHashCodeOps() {
    return ops(KeyArbitraries.sameHashCode());
  }

  @Provide
  Arbitrary<List<Op>> highBitOps() {
    return ops(KeyArbitraries.highBitHashCodes());
  }

  @Provide
  Arbitrary<List<Op>> collidingStringOps() {
    return ops(KeyArbitraries.collidingStrings());
  }

  @Provide
  Arbitrary<List<Op>> collidingLongOps() {
    return ops(KeyArbitraries.collidingLongs());
  }

  @Provide
  Arbitrary<List<Op>> collidingUuidOps() {
    return ops(KeyArbitraries.collidingUuids());
  }

  @Provide
  Arbitrary<List<Op>> mixedOps() {
    return ops(KeyArbitraries.mixed());
  }

  private static Arbitrary<List<Op>> ops(Arbitrary<Object> keys) {
    Arbitrary<Integer> slots = Arbitraries.integers().between(0, MAX_SLOT);
    Arbitrary<Op> add = keys.flatMap(k -> slots.map(s -> new Op(Kind.ADD, k, s)));
    Arbitrary<Op> remove = keys.flatMap(k -> slots.map(s -> new Op(Kind.REMOVE, k, s)));
    Arbitrary<Op> compact = Arbitraries.just(new Op(Kind.COMPACT, null, 0));
    Arbitrary<Op> clear = Arbitraries.just(new Op(Kind.CLEAR, null, 0));
    return Arbitraries.frequencyOf(
            Tuple.of(60, add), Tuple.of(35, remove), Tuple.of(3, compact), Tuple.of(1, clear))
        .list()
        .ofMaxSize(500);
  }

  private static void check(List<Op> ops) {
    MultiIndex index = new MultiIndex();
    Map<Object, TreeSet<Integer>> model = new HashMap<>();
    Set<Object> seen = new HashSet<>();
    for (Op op : ops) {
      switch (op.kind()) {
        case ADD -> {
          index.add(op.key(), op.slot());
          model.computeIfAbsent(op.key(), k -> new TreeSet<>()).add(op.slot());
          seen.add(op.key());
        }
        case REMOVE -> {
          index.remove(op.key(), op.slot());
          TreeSet<Integer> slots = model.get(op.key());
          if (slots != null && slots.remove(op.slot()) && slots.isEmpty()) {
            model.remove(op.key());
          }
          seen.add(op.key());
        }
        case COMPACT -> compact(index, model);
        case CLEAR -> {
          index.clear();
          model.clear();
        }
      }
      assertMatches(model, seen, index, op);
    }
  }

  /** Renumbers the slots in use densely, keeping their order, as {@link Table} compaction does. */
  private static void compact(MultiIndex index, Map<Object, TreeSet<Integer>> model) {
    TreeSet<Integer> used = new TreeSet<>();
    model.values().forEach(used::addAll);
    int[] newSlotOf = new int[MAX_SLOT + 1];
    Arrays.fill(newSlotOf, -1);
    int next = 0;
    for (int slot : used) {
      newSlotOf[slot] = next++;
    }
    index.remap(newSlotOf);
    model.replaceAll(
        (key, slots) -> {
          TreeSet<Integer> renumbered = new TreeSet<>();
          slots.forEach(s -> renumbered.add(newSlotOf[s]));
          return renumbered;
        });
  }

  private static void assertMatches(
      Map<Object, TreeSet<Integer>> model, Set<Object> seen, MultiIndex index, Op after) {
    assertEquals(model.size(), index.size, "keys after " + after);
    assertEquals(model.size(), keysPresent(index), "keys present after " + after);
    for (Object key : seen) {
      int[] expected =
          model.getOrDefault(key, new TreeSet<>()).stream().mapToInt(Integer::intValue).toArray();
      int[] bucket = index.get(key);
      assertArrayEquals(
          expected,
          Arrays.copyOfRange(bucket, 1, bucket[0] + 1),
          "bucket of " + key + " after " + after);
    }
  }
}
