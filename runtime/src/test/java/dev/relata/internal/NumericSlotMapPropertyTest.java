package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link NumericSlotMap} behaves like a {@link HashMap} from keys to slots. */
class NumericSlotMapPropertyTest {
  private static final long SHARED_HASH_STRIDE = (1L << 32) + 1;

  record Op(int kind, long key, int slot) {
    @Override
    public String toString() {
      return switch (kind) {
        case 0 -> "put(" + key + ", " + slot + ")";
        case 1 -> "putIfAbsent(" + key + ", " + slot + ")";
        default -> "remove(" + key + ")";
      };
    }
  }

  @Property(tries = 300)
  void matchesHashMapWithNearbyKeys(@ForAll("nearbyOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWithKeysOfOneHashCode(@ForAll("collidingOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapWithAnyKeys(@ForAll("anyOps") List<Op> ops) {
    check(ops);
  }

  @Property(tries = 200)
  void matchesHashMapAroundTheIntRange(@ForAll("intEdgeOps") List<Op> ops) {
    check(ops);
  }

  @Provide
  Arbitrary<List<Op>> intEdgeOps() {
    return ops(
        Arbitraries.oneOf(
            Arbitraries.longs().between(Integer.MAX_VALUE - 500L, Integer.MAX_VALUE + 20L),
            Arbitraries.longs().between(Integer.MIN_VALUE - 20L, Integer.MIN_VALUE + 500L)));
  }

  @Provide
  Arbitrary<List<Op>> nearbyOps() {
    return ops(Arbitraries.longs().between(-50, 3_000));
  }

  @Provide
  Arbitrary<List<Op>> collidingOps() {
    return ops(Arbitraries.longs().between(0, 2_000).map(i -> i * SHARED_HASH_STRIDE));
  }

  @Provide
  Arbitrary<List<Op>> anyOps() {
    return ops(Arbitraries.longs());
  }

  private static Arbitrary<List<Op>> ops(Arbitrary<Long> keys) {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                keys,
                Arbitraries.integers().between(0, 1_000))
            .as((kind, key, slot) -> new Op(Math.min(kind, 2), key, slot));
    return op.list().ofMaxSize(3_000);
  }

  private static void check(List<Op> ops) {
    NumericSlotMap map = new NumericSlotMap(Long.class);
    Map<Long, Integer> model = new HashMap<>();
    for (Op op : ops) {
      switch (op.kind()) {
        case 0 -> {
          map.put(op.key(), op.slot());
          model.put(op.key(), op.slot());
        }
        case 1 -> {
          Integer present = model.putIfAbsent(op.key(), op.slot());
          assertEquals(
              present == null ? -1 : present, map.putIfAbsent(op.key(), op.slot()), op.toString());
        }
        default -> {
          map.remove(op.key());
          model.remove(op.key());
        }
      }
      assertEquals(model.getOrDefault(op.key(), -1), map.get(op.key()), "after " + op);
    }
    assertEquals(model.size(), map.size());
    for (Map.Entry<Long, Integer> e : model.entrySet()) {
      assertEquals(e.getValue(), map.get(e.getKey()), "key " + e.getKey());
    }
  }
}
