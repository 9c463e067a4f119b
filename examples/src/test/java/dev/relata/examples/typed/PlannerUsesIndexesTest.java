package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The planner reads indexes instead of scanning: a counting lambda before a typed condition sees
 * only the rows the index leads to (every candidate is tested against every condition, in order),
 * where a scan shows it every row.
 */
class PlannerUsesIndexesTest {
  private static final int N = 2000;

  private final Store store = Store.inMemory();
  private final ItemRepository items = new ItemRepository(store);
  private final OwnerRepository owners = new OwnerRepository(store);
  private final AtomicInteger seen = new AtomicInteger();
  private final Predicate<Item> counting =
      item -> {
        seen.incrementAndGet();
        return true;
      };

  PlannerUsesIndexesTest() {
    List<Owner> all = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      all.add(new Owner(id, (int) id));
    }
    owners.saveAll(all);
    List<Item> rows = new ArrayList<>();
    for (long id = 1; id <= N; id++) {
      int i = (int) id;
      rows.add(new Item(id, 1 + id % 20, "t" + i % 100, (i * 7919) % N, "n" + i, "c" + i));
    }
    items.saveAll(rows);
  }

  private int seenBy(ItemQuery query) {
    seen.set(0);
    query.get();
    return seen.get();
  }

  @Test
  void equalityAndInAreLookups() {
    assertEquals(20, seenBy(items.query().where(counting).where(Item_.tag.eq("t7"))));
    assertEquals(100, seenBy(items.query().where(counting).where(Item_.ownerId.eq(3L))));
    assertEquals(2, seenBy(items.query().where(counting).where(Item_.id.in(5L, 9L, 99_999L))));
    assertEquals(1, seenBy(items.query().where(counting).where(Item_.code.eq("c42"))));
    assertEquals(1, seenBy(items.query().where(counting).where(Item_.rank.eq(7))));
    // Inside an and, the part that promises fewer rows leads; an or of lookups is their union.
    assertEquals(
        1,
        seenBy(items.query().where(counting).where(Item_.tag.eq("t7").and(Item_.code.eq("c7")))));
    assertEquals(
        40, seenBy(items.query().where(counting).where(Item_.tag.eq("t7").or(Item_.tag.eq("t8")))));
    assertEquals(
        N, seenBy(items.query().where(counting).where(Item_.label.eq("t7"))), "no index: a scan");
  }

  @Test
  void rangesOnASortedIndexAreWalks() {
    assertEquals(10, seenBy(items.query().where(counting).where(Item_.rank.between(100, 109))));
    assertEquals(5, seenBy(items.query().where(counting).where(Item_.rank.ge(N - 5))));
    assertEquals(111, seenBy(items.query().where(counting).where(Item_.name.startsWith("n10"))));
    ItemQuery inOrder =
        items
            .query()
            .where(counting)
            .where(Item_.rank.between(100, 109))
            .orderBy(Item_.rank.desc());
    assertEquals(10, seenBy(inOrder));
    List<Integer> ranks = inOrder.get().stream().map(i -> i.rank).toList();
    assertEquals(List.of(109, 108, 107, 106, 105, 104, 103, 102, 101, 100), ranks);
  }

  @Test
  void orderedPagesOnASortedIndexReadAboutTheirRows() {
    assertEquals(10, seenBy(items.query().orderBy(Item_.rank.desc()).limit(10).where(counting)));
    assertEquals(
        15, seenBy(items.query().orderBy(Item_.rank.asc()).offset(5).limit(10).where(counting)));
    assertEquals(
        1, seenBy(items.query().where(counting).orderBy(Item_.rank.desc()).limit(10).limit(1)));
    assertEquals(
        N, seenBy(items.query().orderBy(Item_.score.desc()).limit(10).where(counting)), "a sort");
  }

  @Test
  void countExistsFirstAndDeleteUseTheIndexes() {
    seen.set(0);
    assertEquals(20, items.query().where(counting).where(Item_.tag.eq("t7")).count());
    assertTrue(items.query().where(counting).where(Item_.tag.eq("t8")).exists());
    items.query().where(counting).where(Item_.code.eq("c9")).first();
    assertEquals(20, items.query().where(counting).where(Item_.tag.eq("t9")).delete());
    assertEquals(20 + 1 + 1 + 20, seen.get());
  }

  @Test
  void constraintsInsideWithAndHasUseTheIndexes() {
    seen.set(0);
    List<Owner> loaded =
        owners.query().withItems(q -> q.where(counting).where(Item_.code.eq("c42"))).get();
    assertEquals(1, seen.get());
    assertEquals(1, loaded.stream().mapToInt(o -> o.items.size()).sum());
    seen.set(0);
    assertEquals(
        1, owners.query().hasItems(q -> q.where(counting).where(Item_.code.eq("c42"))).count());
    assertEquals(1, seen.get());
  }
}
