package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A {@code saveAll} of many rows sorts its entries of a non-unique sorted index once, when the
 * write ends: ranges, ordered pages and counts read after it (and inside a transaction, before it
 * ends) are those of a scan, and a failed {@code saveAll} leaves the index as it was.
 */
class BulkSortedIndexTest {
  private final Store store = Store.inMemory();
  private final ItemRepository items = new ItemRepository(store);
  private final Random random = new Random(11);

  private List<Item> rows(long firstId, int count) {
    List<Item> rows = new ArrayList<>();
    for (long id = firstId; id < firstId + count; id++) {
      rows.add(new Item(id, null, "t", random.nextInt(500), "n" + id, "c" + id));
    }
    return rows;
  }

  /** The sorted index's answers against a scan's, for a few ranges and pages. */
  private void assertIndexAgreesWithScan() {
    Comparator<Item> byRank = Comparator.comparing(i -> i.score);
    for (int low = -1; low < 520; low += 37) {
      int lo = low;
      int hi = low + 40;
      assertEquals(
          ids(items.query().where(i -> i.score >= lo && i.score <= hi).orderBy(byRank).get()),
          ids(items.query().where(Item_.rank.between(lo, hi)).orderBy(Item_.rank.asc()).get()));
      assertEquals(
          items.query().where(i -> i.score == lo).count(),
          items.query().where(Item_.rank.eq(lo)).count());
    }
    assertEquals(
        ids(items.query().orderBy(byRank.reversed()).limit(10).get()),
        ids(items.query().orderBy(Item_.rank.desc()).limit(10).get()));
  }

  private static List<Long> ids(List<Item> rows) {
    return rows.stream().map(i -> i.id).toList();
  }

  @Test
  void bulkSavesIntoAnEmptyAndAFilledIndexAgreeWithAScan() {
    items.saveAll(rows(1, 2000));
    assertIndexAgreesWithScan();
    items.saveAll(rows(2001, 300)); // few against the index: inserted one by one
    assertIndexAgreesWithScan();
    List<Item> changed = rows(1, 1000); // replaced rows move in the index
    items.saveAll(changed);
    items.saveAll(rows(5000, 4000)); // many against the index: merged, blocks built afresh
    assertIndexAgreesWithScan();
  }

  @Test
  void aFailedBulkSaveLeavesTheIndexAsItWas() {
    items.saveAll(rows(1, 1000));
    List<Long> before = ids(items.query().orderBy(Item_.rank.asc()).get());
    List<Item> clash = rows(1001, 999);
    clash.add(new Item(3000L, null, "t", 7, "n", "c5")); // code c5 is taken: unique
    assertThrows(DuplicateKeyException.class, () -> items.saveAll(clash));
    assertEquals(before, ids(items.query().orderBy(Item_.rank.asc()).get()));
    assertIndexAgreesWithScan();
  }

  @Test
  void aTransactionReadsItsBulkSaveAndUndoesIt() {
    items.saveAll(rows(1, 500));
    List<Long> before = ids(items.query().orderBy(Item_.rank.asc()).get());
    assertThrows(
        IllegalStateException.class,
        () ->
            store.transaction(
                () -> {
                  items.saveAll(rows(501, 1500));
                  assertEquals(2000, items.query().where(Item_.rank.ge(0)).count());
                  assertIndexAgreesWithScan();
                  items.saveAll(rows(2001, 700));
                  throw new IllegalStateException("undo");
                }));
    assertEquals(before, ids(items.query().orderBy(Item_.rank.asc()).get()));
    assertIndexAgreesWithScan();
  }
}
