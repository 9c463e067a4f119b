package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Condition;
import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A query whose only condition is one {@code eq} or {@code in} on the key, a relation key or a hash
 * {@code @Index} (with at most a page) is read as {@code find} reads, without binding a plan: its
 * rows, order, page, {@code first()}, {@code count()} and {@code exists()} are those of the full
 * plan (the same query with a second, lambda condition that keeps every row) and of a scan (the
 * same condition as a plain lambda), for every value, absent values and {@code null} values
 * included; and readers never see a write half done.
 */
class IndexLookupTest {
  private static final int N = 300;

  private final Store store = Store.inMemory();
  private final ItemRepository items = new ItemRepository(store);
  private final OwnerRepository owners = new OwnerRepository(store);

  IndexLookupTest() {
    List<Owner> all = new ArrayList<>();
    for (long id = 1; id <= 7; id++) {
      all.add(new Owner(id, (int) id));
    }
    owners.saveAll(all);
    List<Item> rows = new ArrayList<>();
    for (long id = 1; id <= N; id++) {
      int i = (int) id;
      // Every 11th row has no owner, tag or code: null values are in no index and match nothing.
      boolean nulls = i % 11 == 0;
      rows.add(
          new Item(
              id,
              nulls ? null : 1 + (id * 5) % 7,
              nulls ? null : "t" + (i * 13) % 17,
              i,
              "n" + i,
              nulls ? null : "c" + i));
    }
    items.saveAll(rows);
    // Replaced and deleted rows: buckets with slots inserted out of order, and freed slots.
    items.save(new Item(5L, 3L, "t0", 5, "n5", "c5"));
    items.save(new Item(40L, 1L, "t16", 40, "n40", "c40-renamed"));
    items.delete(17L);
    items.delete(120L);
  }

  /** The lookup (a condition alone), the full plan and a scan of one condition agree. */
  private void assertAgree(Condition<Item> condition, Predicate<Item> asLambda) {
    Predicate<Item> everyRow = item -> true;
    List<Function<ItemQuery, ItemQuery>> pages =
        List.of(
            q -> q, q -> q.limit(3), q -> q.offset(2), q -> q.offset(1).limit(2), q -> q.limit(0));
    for (Function<ItemQuery, ItemQuery> page : pages) {
      ItemQuery lookup = page.apply(items.query().where(condition));
      ItemQuery plan = page.apply(items.query().where(condition).where(everyRow));
      ItemQuery scan = page.apply(items.query().where(asLambda));
      List<String> expected = strings(scan.get());
      assertEquals(expected, strings(plan.get()), condition + ": plan against scan");
      assertEquals(expected, strings(lookup.get()), condition + ": lookup");
      assertEquals(scan.count(), lookup.count(), condition + ": count");
      assertEquals(scan.exists(), lookup.exists(), condition + ": exists");
      assertEquals(
          scan.first().map(String::valueOf),
          lookup.first().map(String::valueOf),
          condition + ": first");
    }
  }

  private static List<String> strings(List<Item> rows) {
    return rows.stream().map(String::valueOf).toList();
  }

  @Test
  void equalityOnTheKeyAgreesWithThePlan() {
    for (long id = 0; id <= N + 2; id++) {
      long k = id;
      assertAgree(Item_.id.eq(k), i -> i.id == k);
    }
    assertAgree(
        Item_.id.in(9L, 3L, 17L, 3L, 500L, 120L, 4L), i -> List.of(9L, 3L, 4L).contains(i.id));
    assertAgree(Item_.id.in(List.of()), i -> false);
  }

  @Test
  void equalityOnARelationKeyAgreesWithThePlan() {
    for (long owner = 0; owner <= 8; owner++) {
      long o = owner;
      assertAgree(Item_.ownerId.eq(o), i -> Objects.equals(i.ownerId, o));
    }
    assertAgree(
        Item_.ownerId.in(6L, 2L, 99L, 2L),
        i -> i.ownerId != null && (i.ownerId == 6 || i.ownerId == 2));
  }

  @Test
  void equalityOnAHashIndexAgreesWithThePlan() {
    for (int t = 0; t <= 18; t++) {
      String tag = "t" + t;
      assertAgree(Item_.tag.eq(tag), i -> tag.equals(i.tag));
    }
    assertAgree(
        Item_.tag.in("t16", "t3", "nope", "t3"), i -> "t16".equals(i.tag) || "t3".equals(i.tag));
  }

  @Test
  void equalityOnAUniqueIndexAgreesWithThePlan() {
    for (int c = 0; c <= N + 1; c += 7) {
      String code = "c" + c;
      assertAgree(Item_.code.eq(code), i -> code.equals(i.code));
    }
    assertAgree(Item_.code.eq("c40-renamed"), i -> "c40-renamed".equals(i.code));
    assertAgree(Item_.code.eq("c40"), i -> false);
    assertAgree(
        Item_.code.in("c9", "c2", "c9", "c11"), i -> "c9".equals(i.code) || "c2".equals(i.code));
  }

  @Test
  void nullValuesAreInNoLookup() {
    assertTrue(items.query().where(Item_.code.isNull()).count() > 0);
    for (Item item : items.query().where(Item_.tag.in("t0", "t1", "t2")).get()) {
      assertTrue(item.tag != null && item.ownerId != null && item.code != null, item.toString());
    }
    assertEquals(Optional.empty(), items.query().where(Item_.code.eq("c11")).first());
    assertEquals(0, items.query().where(Item_.code.eq("c22")).count());
  }

  @Test
  void aFieldWithOnlyASortedIndexOrNoneRunsThePlan() {
    // eq on a sorted index finds compareTo-equal values; the plan tests equals on each.
    assertAgree(Item_.rank.eq(7), i -> i.rank == 7);
    assertAgree(Item_.label.eq("t3"), i -> "t3".equals(i.label));
  }

  @Test
  void aLookupReturnsFreshCopies() {
    Item first = items.query().where(Item_.id.eq(3L)).first().orElseThrow();
    first.tag = "changed";
    assertEquals("t5", items.query().where(Item_.id.eq(3L)).get().get(0).tag);
    assertNull(first.owner, "no relation is loaded");
  }

  /**
   * A writer moves the one row with code "hot" and the four rows with tag "hot" around, each move
   * one atomic saveAll; readers' lookups always find exactly one and four of them, each still
   * holding the value it was found by.
   */
  @Test
  void readersNeverSeeAWriteHalfDone() throws Exception {
    int hotTags = 4;
    AtomicBoolean done = new AtomicBoolean();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    setHot(0, hotTags);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                for (int round = 1; round <= 2000; round++) {
                  setHot(round, hotTags);
                }
                done.set(true);
              });
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  while (!done.get()) {
                    List<Item> tagged = items.query().where(Item_.tag.eq("hot")).get();
                    if (tagged.size() != hotTags
                        || !tagged.stream().allMatch(i -> "hot".equals(i.tag))) {
                      wrong.add("tag hot: " + tagged);
                    }
                    Optional<Item> coded = items.query().where(Item_.code.eq("hot")).first();
                    if (coded.isEmpty() || !"hot".equals(coded.get().code)) {
                      wrong.add("code hot: " + coded);
                    }
                    long hot = items.query().where(Item_.tag.eq("hot")).count();
                    if (hot != hotTags) {
                      wrong.add("count of tag hot: " + hot);
                    }
                    if (!items.query().where(Item_.code.eq("hot")).exists()) {
                      wrong.add("no code hot");
                    }
                    long inBoth = items.query().where(Item_.tag.in("hot", "cold")).count();
                    if (inBoth != 2 * hotTags) {
                      wrong.add("tags hot and cold: " + inBoth);
                    }
                  }
                }));
      }
      writer.get(60, TimeUnit.SECONDS);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertEquals(List.of(), List.copyOf(wrong));
  }

  /**
   * In one saveAll: rows 1..tags hold tag "hot" and rows tags+1..2*tags tag "cold" in even rounds,
   * the other way round in odd ones; row 1 + round % 2 holds code "hot" and the other its own code.
   */
  private void setHot(int round, int tags) {
    List<Item> changed = new ArrayList<>();
    for (long id = 1; id <= 2L * tags; id++) {
      Item item = items.find(id).orElseThrow();
      boolean firstHalf = id <= tags;
      item.tag = firstHalf == (round % 2 == 0) ? "hot" : "cold";
      item.code = id == 1 + round % 2 ? "hot" : "c" + id;
      changed.add(item);
    }
    items.saveAll(changed);
  }
}
