package dev.relata.internal;

import static dev.relata.internal.TableChecks.assertTableHolds;
import static dev.relata.internal.TableChecks.itemTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.RelataException;
import dev.relata.internal.TestEntities.Item;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.LongUnaryOperator;
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
 * A {@link Table} written through {@link Transaction}s matches a reference model (a key → row
 * {@link LinkedHashMap}, whose {@code put} keeps the place of a present key, and the highest key
 * number held), and {@link Transaction#rollbackTo} restores the model of its mark exactly: rows,
 * order, both indexes, size and the counter for assigned keys. Commits in between compact the table
 * when it is sparse.
 */
class TransactionRollbackPropertyTest {
  /** Groups 0..3 are values of the foreign key; 4 stands for a null foreign key. */
  private static final int NULL_GROUP = 4;

  enum Kind {
    PUT,
    INSERT_ASSIGNED,
    INSERT_MANY,
    REMOVE,
    REMOVE_MANY,
    CLEAR,
    ASSIGN_KEY,
    RAISE_COUNTER,
    MARK,
    ROLLBACK,
    COMMIT
  }

  record Op(Kind kind, int a, int b) {
    @Override
    public String toString() {
      return kind + "(" + a + ", " + b + ")";
    }
  }

  /**
   * Keys at the edges, which {@link Kind#PUT} stores for its {@code a} up to their count: beyond
   * the int range they widen the primary index, and assigned keys after {@code
   * Integer.MAX_VALUE} do too; after {@code Long.MAX_VALUE} no key is left to assign.
   */
  private static final long[] EDGE_KEYS = {
    Long.MIN_VALUE,
    Long.MIN_VALUE + 1,
    Integer.MIN_VALUE - 1L,
    Integer.MIN_VALUE,
    -(1L << 32) - 1,
    -2,
    -1,
    0,
    Integer.MAX_VALUE - 1L,
    Integer.MAX_VALUE,
    Integer.MAX_VALUE + 1L,
    (1L << 32) + 1,
    3 * ((1L << 32) + 1),
    Long.MAX_VALUE - 2,
    Long.MAX_VALUE,
  };

  /** The model at a mark: the transaction's mark, the rows and the counter. */
  record Saved(int mark, LinkedHashMap<Long, Item> rows, long highest) {}

  /** The table, the running transaction and the model, advanced together. */
  private static final class Run {
    final Table<Item> table = itemTable();
    Transaction tx = new Transaction();
    LinkedHashMap<Long, Item> model = new LinkedHashMap<>();
    long highest;
    final Set<Long> keys = new HashSet<>();
    final Deque<Saved> marks = new ArrayDeque<>();
    int names;
    boolean compacted;

    /** The key {@link Kind#PUT} stores for its {@code a}. */
    final LongUnaryOperator keyOf;

    Run(LongUnaryOperator keyOf) {
      this.keyOf = keyOf;
      marks.push(save());
    }

    Saved save() {
      return new Saved(tx.mark(), new LinkedHashMap<>(model), highest);
    }

    void restore(Saved saved) {
      tx.rollbackTo(saved.mark());
      model = new LinkedHashMap<>(saved.rows());
      highest = saved.highest();
    }

    Item newRow(long key, int group) {
      return new Item(key, group == NULL_GROUP ? null : (long) group, "row " + names++);
    }

    void put(long key, int group) {
      Item row = newRow(key, group);
      int slot = table.slotOf(key);
      if (slot >= 0) {
        tx.replace(table, slot, row);
      } else {
        Keys.insert(tx, table, row);
        highest = Math.max(highest, key);
      }
      model.put(key, row);
      keys.add(key);
    }

    void insertAssigned(int group) {
      if (noKeyLeft()) {
        return;
      }
      long key = (Long) Keys.assign(tx, table);
      assertEquals(highest + 1, key, "assigned key");
      highest = key;
      Item row = newRow(key, group);
      Keys.insert(tx, table, row);
      model.put(key, row);
      keys.add(key);
    }

    /** Whether the table has held {@code Long.MAX_VALUE}: then assigning fails, changing nothing. */
    boolean noKeyLeft() {
      if (highest < Long.MAX_VALUE) {
        return false;
      }
      assertThrows(RelataException.class, () -> Keys.assign(tx, table));
      return true;
    }

    void remove(long key) {
      tx.remove(table, table.slotOf(key));
      model.remove(key);
    }

    void apply(Op op) {
      switch (op.kind()) {
        case PUT -> put(keyOf.applyAsLong(op.a()), op.b());
        case INSERT_ASSIGNED -> insertAssigned(op.b());
        case INSERT_MANY -> {
          for (int i = 0; i < op.a(); i++) {
            insertAssigned((op.b() + i) % (NULL_GROUP + 1));
          }
        }
        case REMOVE -> {
          if (!model.isEmpty()) {
            remove(new ArrayList<>(model.keySet()).get(op.a() % model.size()));
          }
        }
        case REMOVE_MANY -> {
          // Up to a rows, keeping every third, so that the freed slots are scattered.
          List<Long> present = new ArrayList<>(model.keySet());
          int removed = 0;
          for (int i = 0; i < present.size() && removed < op.a(); i++) {
            if ((i + op.b()) % 3 != 0) {
              remove(present.get(i));
              removed++;
            }
          }
        }
        case CLEAR -> {
          assertEquals(model.size(), tx.clear(table), "rows cleared");
          model.clear();
        }
        case ASSIGN_KEY -> {
          if (noKeyLeft()) {
            return;
          }
          assertEquals(highest + 1, Keys.assign(tx, table), "assigned key");
          highest++;
        }
        case RAISE_COUNTER -> {
          Keys.raise(tx, table, op.a());
          highest = Math.max(highest, op.a());
        }
        case MARK -> marks.push(save());
        case ROLLBACK -> restore(marks.size() > 1 ? marks.pop() : marks.peek());
        case COMMIT -> {
          int end = table.end();
          tx.commit();
          compacted |= table.end() < end;
          tx = new Transaction();
          marks.clear();
          marks.push(save());
        }
      }
    }
  }

  @Property(tries = 400)
  @StatisticsReport(StatisticsReportMode.OFF)
  void rollbackRestoresExactlyTheStateOfItsMark(@ForAll("operations") List<Op> ops) {
    runAndRollBack(ops);

    Statistics.label("rolled back to a mark")
        .collect(ops.stream().anyMatch(o -> o.kind() == Kind.ROLLBACK));
    Statistics.label("rolled back to a mark")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 50));
    Statistics.label("cleared").collect(ops.stream().anyMatch(o -> o.kind() == Kind.CLEAR));
    Statistics.label("cleared").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));
  }

  @Property(tries = 200)
  @StatisticsReport(StatisticsReportMode.OFF)
  void compactionBetweenTransactionsKeepsEveryRowFindableAndRollbackExact(
      @ForAll("bulkOperations") List<Op> ops) {
    Run run = runAndRollBack(ops);

    Statistics.label("compacted").collect(run.compacted);
    // Roughly a fifth of the runs compact (19% in a failing run); at 20% the check failed about
    // one run in six, at 10% it stays well clear.
    Statistics.label("compacted")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
  }

  /**
   * Applies {@code ops}, checking the table against the model after each, then rolls the running
   * transaction back to its start and checks again.
   */
  private static Run runAndRollBack(List<Op> ops) {
    return runAndRollBack(ops, a -> a);
  }

  private static Run runAndRollBack(List<Op> ops, LongUnaryOperator keyOf) {
    Run run = new Run(keyOf);
    for (Op op : ops) {
      run.apply(op);
      assertTableHolds(run.table, run.model, run.highest, run.keys, "after " + op);
    }
    run.restore(run.marks.peekLast());
    assertTableHolds(run.table, run.model, run.highest, run.keys, "after rolling back everything");
    return run;
  }

  /**
   * The same with keys at the edges mixed in: a widening of the primary index, by a stored or an
   * assigned key, undone by a rollback leaves every key findable at its slot.
   */
  @Property(tries = 300)
  void rollbackRestoresExactlyTheStateOfItsMarkWithKeysAtTheEdges(
      @ForAll("operations") List<Op> ops) {
    runAndRollBack(ops, a -> a <= EDGE_KEYS.length ? EDGE_KEYS[(int) a - 1] : a);
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> keys = Arbitraries.integers().between(1, 60);
    Arbitrary<Integer> groups = Arbitraries.integers().between(0, NULL_GROUP);
    Arbitrary<Integer> counts = Arbitraries.integers().between(1, 120);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000);
    return Arbitraries.frequencyOf(
            Tuple.of(20, op(Kind.PUT, keys, groups)),
            Tuple.of(12, op(Kind.INSERT_ASSIGNED, any, groups)),
            Tuple.of(5, op(Kind.INSERT_MANY, counts, groups)),
            Tuple.of(12, op(Kind.REMOVE, any, any)),
            Tuple.of(5, op(Kind.REMOVE_MANY, counts, any)),
            Tuple.of(2, op(Kind.CLEAR, any, any)),
            Tuple.of(4, op(Kind.ASSIGN_KEY, any, any)),
            Tuple.of(4, op(Kind.RAISE_COUNTER, Arbitraries.integers().between(0, 400), any)),
            Tuple.of(9, op(Kind.MARK, any, any)),
            Tuple.of(9, op(Kind.ROLLBACK, any, any)),
            Tuple.of(5, op(Kind.COMMIT, any, any)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(100)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /** Mostly large inserts and removals with commits between them, so that tables get sparse. */
  @Provide
  Arbitrary<List<Op>> bulkOperations() {
    Arbitrary<Integer> keys = Arbitraries.integers().between(1, 60);
    Arbitrary<Integer> groups = Arbitraries.integers().between(0, NULL_GROUP);
    Arbitrary<Integer> counts = Arbitraries.integers().between(30, 150);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000);
    return Arbitraries.frequencyOf(
            Tuple.of(25, op(Kind.INSERT_MANY, counts, groups)),
            Tuple.of(25, op(Kind.REMOVE_MANY, counts, any)),
            Tuple.of(20, op(Kind.COMMIT, any, any)),
            Tuple.of(10, op(Kind.PUT, keys, groups)),
            Tuple.of(10, op(Kind.REMOVE, any, any)),
            Tuple.of(3, op(Kind.MARK, any, any)),
            Tuple.of(3, op(Kind.ROLLBACK, any, any)),
            Tuple.of(1, op(Kind.CLEAR, any, any)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  private static Arbitrary<Op> op(Kind kind, Arbitrary<Integer> a, Arbitrary<Integer> b) {
    return Combinators.combine(a, b).as((x, y) -> new Op(kind, x, y));
  }
}
