package dev.relata.internal;

import static dev.relata.internal.HashKeys.keysPresent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** {@link SlotMap} behaves like a {@link HashMap} from keys to slots, for any keys. */
class SlotMapPropertyTest {
  private static final int MAX_SLOT = 1_000;

  enum Kind {
    PUT,
    REMOVE,
    REMAP,
    CLEAR
  }

  record Op(Kind kind, Object key, int slot) {
    @Override
    public String toString() {
      return kind + "(" + key + (kind == Kind.PUT ? ", " + slot : "") + ")";
    }
  }

  @Property(tries = 300)
  void matchesHashMapWithSequentialLongKeys(@ForAll("sequentialLongOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesHashMapWithStringKeys(@ForAll("stringOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesHashMapWithUuidKeys(@ForAll("uuidOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWhenEveryKeyHasOneHashCode(@ForAll("sameHashCodeOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWhenHashCodesDifferOnlyInHighBits(@ForAll("highBitOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWithStringsOfOneHashCode(@ForAll("collidingStringOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWithLongsOfOneHashCode(@ForAll("collidingLongOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWithUuidsOfOneHashCode(@ForAll("collidingUuidOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 300)
  void matchesHashMapWithKeysOfMixedClasses(@ForAll("mixedOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 30)
  void findsEverySequentialKeyAfterGrowingAndRemovingEveryOther(
      @ForAll @IntRange(min = 0, max = 20_000) int count, @ForAll long start) {
    SlotMap map = new SlotMap();
    for (int i = 0; i < count; i++) {
      map.put(start + i, i);
    }
    for (int i = 0; i < count; i += 2) {
      map.remove(start + i);
    }

    for (int i = 0; i < count; i++) {
      assertEquals(i % 2 == 0 ? -1 : i, map.get(start + i), "key " + (start + i));
    }
    assertEquals(count / 2, map.size);
  }

  @Provide
  Arbitrary<List<Op>> sequentialLongOps() {
    return ops(KeyArbitraries.sequentialLongs());
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
    Arbitrary<Op> put = keys.flatMap(k -> slots.map(s -> new Op(Kind.PUT, k, s)));
    Arbitrary<Op> remove = keys.map(k -> new Op(Kind.REMOVE, k, 0));
    Arbitrary<Op> remap = Arbitraries.just(new Op(Kind.REMAP, null, 0));
    Arbitrary<Op> clear = Arbitraries.just(new Op(Kind.CLEAR, null, 0));
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(60, put), Tuple.of(35, remove), Tuple.of(3, remap), Tuple.of(1, clear));
    return op.list().ofMaxSize(500);
  }

  private static void check(List<Op> ops) {
    SlotMap map = new SlotMap();
    Map<Object, Integer> model = new HashMap<>();
    Set<Object> seen = new HashSet<>();
    for (Op op : ops) {
      switch (op.kind()) {
        case PUT -> {
          map.put(op.key(), op.slot());
          model.put(op.key(), op.slot());
          seen.add(op.key());
        }
        case REMOVE -> {
          map.remove(op.key());
          model.remove(op.key());
          seen.add(op.key());
        }
        case REMAP -> {
          // A slot map keeps no order among slots, so any renumbering will do: this one reverses.
          int[] newSlotOf = new int[MAX_SLOT + 1];
          for (int s = 0; s <= MAX_SLOT; s++) {
            newSlotOf[s] = MAX_SLOT - s;
          }
          map.remap(newSlotOf);
          model.replaceAll((k, s) -> MAX_SLOT - s);
        }
        case CLEAR -> {
          map.clear();
          model.clear();
        }
      }
      assertMatches(model, seen, map, op);
    }
  }

  private static void assertMatches(
      Map<Object, Integer> model, Set<Object> seen, SlotMap map, Op after) {
    assertEquals(model.size(), map.size, "size after " + after);
    assertEquals(model.size(), keysPresent(map), "keys present after " + after);
    for (Object key : seen) {
      assertEquals(model.getOrDefault(key, -1), map.get(key), "slot of " + key + " after " + after);
    }
  }
}
