package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A {@code saveAll} into an empty table stores its rows at once and fills every index in bulk (the
 * hash indexes in order of home position, the sorted ones sorted once): every index then answers
 * as a scan does, a key given twice is indexed with its later values only, a unique value given
 * twice in the batch refuses the whole save, and a transaction that throws undoes the bulk.
 */
class BulkIndexTest {
  private final Store store = Store.inMemory();
  private final ItemRepository items = new ItemRepository(store);
  private final Random random = new Random(5);

  /** Rows with codes that cluster under a hash that keeps neighbours ({@code "code-N"}). */
  private List<Item> rows(long firstId, int count) {
    List<Item> rows = new ArrayList<>();
    for (long id = firstId; id < firstId + count; id++) {
      Item item =
          new Item(
              id,
              random.nextInt(10) == 0 ? null : (long) random.nextInt(300),
              random.nextInt(10) == 0 ? null : "tag" + random.nextInt(40),
              random.nextInt(10) == 0 ? null : random.nextInt(1000),
              "name" + random.nextInt(500),
              "code-" + id);
      rows.add(item);
    }
    return rows;
  }

  private static List<Long> ids(List<Item> rows) {
    return rows.stream().map(i -> i.id).toList();
  }

  /** Every index's answer for {@code values} against a scan's. */
  private <V> void assertIndexAgreesWithScan(
      List<V> values, Function<V, ItemQuery> indexed, Function<Item, V> field) {
    for (V value : values) {
      assertEquals(
          ids(items.query().where(i -> Objects.equals(field.apply(i), value)).get()),
          ids(indexed.apply(value).get()),
          String.valueOf(value));
    }
  }

  private void assertEveryIndexAgreesWithAScan(long lastId) {
    List<String> tags = new ArrayList<>();
    List<Long> owners = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      tags.add("tag" + i);
      owners.add((long) (i * 7));
    }
    for (int i = 0; i <= 1000; i++) {
      ranks.add(i);
    }
    assertIndexAgreesWithScan(tags, t -> items.query().where(Item_.tag.eq(t)), i -> i.tag);
    assertIndexAgreesWithScan(
        owners, o -> items.query().where(Item_.ownerId.eq(o)), i -> i.ownerId);
    assertIndexAgreesWithScan(ranks, r -> items.query().where(Item_.rank.eq(r)), i -> i.rank);
    for (long id = 0; id <= lastId + 1; id++) {
      String code = "code-" + id;
      assertEquals(
          ids(items.query().where(i -> code.equals(i.code)).get()),
          ids(items.query().where(Item_.code.eq(code)).get()));
    }
    Comparator<Item> byRank =
        Comparator.comparing(i -> i.score, Comparator.nullsLast(Comparator.naturalOrder()));
    assertEquals(
        ids(items.query().where(i -> i.score != null && i.score >= 100 && i.score <= 300)
            .orderBy(byRank).get()),
        ids(items.query().where(Item_.rank.between(100, 300)).orderBy(Item_.rank.asc()).get()));
    assertEquals(
        ids(items.query().orderBy(byRank).get()),
        ids(items.query().orderBy(Item_.rank.asc()).get()));
    assertEquals(
        ids(items.query().where(i -> i.score != null).orderBy(byRank.reversed()).limit(5).get()),
        ids(items.query().orderBy(Item_.rank.desc()).limit(5).get()));
  }

  @Test
  void bulkIntoAnEmptyTableIndexesEveryRowAsAScanFindsIt() {
    items.saveAll(rows(1, 5000));
    assertEquals(5000, items.count());
    assertEveryIndexAgreesWithAScan(5000);
  }

  @Test
  void bulkIntoATableWithRowsKeepsItsIndexesAsAScan() {
    items.saveAll(rows(1, 3000));
    List<Item> more = rows(2001, 4000); // 1,000 rows replaced, 3,000 new
    items.saveAll(more);
    assertEquals(6000, items.count());
    assertEveryIndexAgreesWithAScan(6000);
  }

  @Test
  void keyGivenTwiceInOneBulkIsIndexedWithItsLaterValuesOnly() {
    List<Item> batch = rows(1, 3000);
    batch.add(new Item(5L, 1L, "first", 1, "n", "gone"));
    batch.add(new Item(6L, 2L, "x", 2, "n", "code-5")); // code-5 left row 5: no clash
    batch.add(new Item(5L, 3L, "later", 3, "n", "kept"));
    items.saveAll(batch);
    assertEquals(3000, items.count());
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("first")).get()));
    assertEquals(List.of(), ids(items.query().where(Item_.code.eq("gone")).get()));
    assertEquals(List.of(5L), ids(items.query().where(Item_.code.eq("kept")).get()));
    assertEquals(List.of(6L), ids(items.query().where(Item_.code.eq("code-5")).get()));
    assertEquals(List.of(5L), ids(items.query().where(Item_.tag.eq("later")).get()));
    assertEveryIndexAgreesWithAScan(3000);
  }

  @Test
  void uniqueValueTwiceInOneBulkRefusesItNamingTheValueAndWritesNothing() {
    List<Item> batch = rows(1, 5000);
    batch.get(4321).code = "code-17";
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> items.saveAll(batch));
    assertEquals("typedItems", e.entity());
    assertEquals("code", e.field());
    assertEquals("code-17", e.key());
    assertTrue(e.getMessage().contains("code-17"), e.getMessage());
    assertEquals(0, items.count());
    assertEquals(List.of(), ids(items.query().where(Item_.code.eq("code-17")).get()));
    assertEquals(List.of(), ids(items.query().orderBy(Item_.rank.asc()).limit(3).get()));
    items.saveAll(rows(1, 2000));
    assertEveryIndexAgreesWithAScan(2000);
  }

  @Test
  void transactionThatThrowsUndoesABulkIntoAnEmptyTable() {
    assertThrows(
        IllegalStateException.class,
        () ->
            store.transaction(
                () -> {
                  items.saveAll(rows(1, 4000));
                  assertEquals(
                      List.of(17L), ids(items.query().where(Item_.code.eq("code-17")).get()));
                  assertEveryIndexAgreesWithAScan(4000);
                  throw new IllegalStateException("undo");
                }));
    assertEquals(0, items.count());
    assertEquals(List.of(), ids(items.query().where(Item_.code.eq("code-17")).get()));
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("tag3")).get()));
    items.saveAll(rows(1, 1000));
    assertEveryIndexAgreesWithAScan(1000);
  }
}
