package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * {@link NumericSlotMap} driven as {@link Table} and {@link Transaction} drive it (rows appended
 * at the end, removed, put back in their slot on undo, renumbered by a compaction between
 * transactions) with keys at the edges of {@code int} and {@code long}, matches a {@link HashMap}
 * model after every step: a rollback that undoes a widening, a switch to the seeded hash or a
 * growth leaves every key at its slot of the mark, and every other key of the pool absent.
 */
class NumericSlotMapUndoPropertyTest {
  private static final long SHARED_HASH_STRIDE = (1L << 32) + 1;

  /** Keys at the edges, of {@code Long} tables: one that does not fit an int widens the table. */
  private static final long[] LONG_EDGES = {
    Long.MIN_VALUE,
    Long.MIN_VALUE + 1,
    Long.MAX_VALUE,
    Long.MAX_VALUE - 1,
    -1,
    0,
    1,
    Integer.MIN_VALUE,
    Integer.MIN_VALUE + 1L,
    Integer.MIN_VALUE - 1L,
    Integer.MAX_VALUE,
    Integer.MAX_VALUE - 1L,
    Integer.MAX_VALUE + 1L,
    0xFFFF_FFFFL,
    1L << 32,
    -(1L << 32),
    SHARED_HASH_STRIDE,
    -SHARED_HASH_STRIDE,
    0x8000_0000_0000_0001L,
  };

  /** Keys at the edges of {@code Integer} tables. */
  private static final long[] INT_EDGES = {
    Integer.MIN_VALUE, Integer.MIN_VALUE + 1L, Integer.MAX_VALUE, Integer.MAX_VALUE - 1L, -1, 0, 1,
    1 << 16, -(1 << 16), 0x7FFF_0000, 0x8000_FFFF - (1L << 32),
  };

  enum Kind {
    INSERT,
    UPSERT,
    REMOVE,
    MARK,
    ROLLBACK,
    COMMIT
  }

  record Op(Kind kind, long key) {
    @Override
    public String toString() {
      return kind + "(" + key + ")";
    }
  }

  /** The map, its model, and the undo log of the running "transaction". */
  private static final class Run {
    final NumericSlotMap map;
    final LongFunction<Object> box;
    final List<Long> pool;
    Map<Long, Integer> model = new HashMap<>();

    /** One past the highest slot handed out, as {@link Table}'s end. */
    int end;

    /** Undo entries: {key, slot} with slot -1 for an insert (undo: remove), else a removal. */
    final List<long[]> log = new ArrayList<>();

    final Deque<Integer> marks = new ArrayDeque<>();

    Run(Class<?> type, List<Long> pool) {
      map = new NumericSlotMap(type);
      box = type == Long.class ? k -> k : k -> (int) k;
      this.pool = pool;
    }

    void apply(Op op) {
      long key = op.key();
      Object boxed = box.apply(key);
      switch (op.kind()) {
        case INSERT -> {
          // Table.append after a miss: a new key goes to the end.
          if (!model.containsKey(key)) {
            map.put(boxed, end);
            inserted(key);
          }
        }
        case UPSERT -> {
          // Table.upsert: one probe; a present key keeps its slot (the row is replaced in place).
          Integer present = model.get(key);
          assertEquals(present == null ? -1 : present, map.putIfAbsent(boxed, end), "upsert");
          if (present == null) {
            inserted(key);
          }
        }
        case REMOVE -> {
          Integer slot = model.remove(key);
          map.remove(boxed);
          if (slot != null) {
            log.add(new long[] {key, slot});
          }
        }
        case MARK -> marks.push(log.size());
        case ROLLBACK -> rollbackTo(marks.isEmpty() ? 0 : marks.pop());
        case COMMIT -> commit();
      }
    }

    void inserted(long key) {
      model.put(key, end);
      log.add(new long[] {key, -1});
      end++;
    }

    /** Undoes newest first, as {@link Transaction#rollbackTo} does. */
    void rollbackTo(int mark) {
      for (int i = log.size() - 1; i >= mark; i--) {
        long key = log.get(i)[0];
        int slot = (int) log.get(i)[1];
        if (slot < 0) {
          map.remove(box.apply(key)); // Table.unappend
          model.remove(key);
        } else {
          map.put(box.apply(key), slot); // Table.putBack
          model.put(key, slot);
        }
        log.remove(i);
      }
      end = model.values().stream().mapToInt(s -> s + 1).max().orElse(0);
    }

    /** Ends the transaction and renumbers the slots densely, as a compaction does. */
    void commit() {
      log.clear();
      marks.clear();
      int[] newSlotOf = new int[end];
      boolean[] used = new boolean[end];
      for (int slot : model.values()) {
        used[slot] = true;
      }
      int next = 0;
      for (int slot = 0; slot < end; slot++) {
        newSlotOf[slot] = used[slot] ? next++ : -1;
      }
      map.remap(newSlotOf);
      model.replaceAll((k, slot) -> newSlotOf[slot]);
      end = next;
    }

    void check(String context) {
      assertEquals(model.size(), map.size(), "size " + context);
      for (long key : pool) {
        assertEquals(
            model.getOrDefault(key, -1).intValue(),
            map.get(box.apply(key)),
            "slot of " + key + " " + context);
      }
      for (Map.Entry<Long, Integer> e : model.entrySet()) {
        assertEquals(
            e.getValue().intValue(), map.get(box.apply(e.getKey())), "key " + e.getKey() + " " + context);
      }
    }
  }

  @Property(tries = 500)
  @StatisticsReport(StatisticsReportMode.OFF)
  void longKeysAtTheEdgesMatchTheModelThroughRollbacks(@ForAll("longOps") List<Op> ops) {
    NumericSlotMap map = run(Long.class, ops);

    Statistics.label("wide").collect(map.wide());
    Statistics.label("wide").coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    Statistics.label("scattered").collect(map.scattered());
    Statistics.label("scattered")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 25));
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReportMode.OFF)
  void integerKeysAtTheEdgesMatchTheModelThroughRollbacks(@ForAll("intOps") List<Op> ops) {
    NumericSlotMap map = run(Integer.class, ops);

    assertFalse(map.wide(), "every int fits a narrow position");
    Statistics.label("scattered").collect(map.scattered());
    Statistics.label("scattered")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 25));
  }

  /** Applies {@code ops}, checking after each, rolls back to the last commit; returns the map. */
  private static NumericSlotMap run(Class<?> type, List<Op> ops) {
    List<Long> pool = new ArrayList<>();
    for (Op op : ops) {
      pool.add(op.key());
    }
    for (long edge : type == Long.class ? LONG_EDGES : INT_EDGES) {
      pool.add(edge);
    }
    Run run = new Run(type, pool);
    for (int i = 0; i < ops.size(); i++) {
      run.apply(ops.get(i));
      run.check("after op " + i + ": " + ops.get(i));
    }
    run.rollbackTo(0);
    run.check("after rolling back to the last commit");
    return run.map;
  }

  @Provide
  Arbitrary<List<Op>> longOps() {
    Arbitrary<Long> keys =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(boxed(LONG_EDGES))),
            Tuple.of(3, Arbitraries.longs().between(-40, 40)),
            // Keys of one hash code: a run past 32 positions switches to the seeded hash.
            Tuple.of(6, Arbitraries.longs().between(-50, 50).map(i -> i * SHARED_HASH_STRIDE)),
            Tuple.of(1, Arbitraries.longs()));
    return ops(keys);
  }

  @Provide
  Arbitrary<List<Op>> intOps() {
    Arbitrary<Long> keys =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(boxed(INT_EDGES))),
            Tuple.of(3, Arbitraries.longs().between(-40, 40)),
            // i * 0x10001: equal half-words, which HashMap's spreading maps to one home.
            Tuple.of(6, Arbitraries.integers().between(-50, 50).map(i -> i * 0x10001L)),
            Tuple.of(1, Arbitraries.integers().map(i -> (long) i)));
    return ops(keys);
  }

  private static List<Long> boxed(long[] keys) {
    return Arrays.stream(keys).boxed().toList();
  }

  private static Arbitrary<List<Op>> ops(Arbitrary<Long> keys) {
    Arbitrary<Kind> kinds =
        Arbitraries.frequency(
            Tuple.of(10, Kind.INSERT),
            Tuple.of(5, Kind.UPSERT),
            Tuple.of(6, Kind.REMOVE),
            Tuple.of(2, Kind.MARK),
            Tuple.of(2, Kind.ROLLBACK),
            Tuple.of(1, Kind.COMMIT));
    return Combinators.combine(kinds, keys).as(Op::new)
        .list()
        .ofMaxSize(500)
        .withSizeDistribution(RandomDistribution.uniform());
  }
}
