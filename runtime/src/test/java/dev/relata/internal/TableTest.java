package dev.relata.internal;

import static dev.relata.internal.TableChecks.itemTable;
import static dev.relata.internal.TableChecks.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Item;
import dev.relata.internal.TestEntities.ItemType;
import dev.relata.internal.TestEntities.Tag;
import dev.relata.internal.TestEntities.TagType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private final Table<Item> table = itemTable();
  private final Transaction tx = new Transaction();

  private static int[] slots(int[] bucket) {
    return Arrays.copyOfRange(bucket, 1, bucket[0] + 1);
  }

  private Item insert(long id, Long groupId) {
    Item row = new Item(id, groupId, "item " + id);
    Keys.insert(tx, table, row);
    return row;
  }

  @Test
  void rowsSavedOneAtATimeGrowTheTableGeometrically() {
    // A save reserves room for its rows first; one row per save must not copy the table each time.
    int copies = 0;
    int capacity = table.capacity();
    for (long id = 1; id <= 10_000; id++) {
      table.reserve(1);
      insert(id, null);
      if (table.capacity() != capacity) {
        copies++;
        capacity = table.capacity();
      }
    }

    assertEquals(10_000, table.size());
    assertTrue(copies <= 20, "the slot array was copied " + copies + " times for 10,000 rows");
  }

  @Test
  void insertedRowsTakeSlotsInInsertionOrder() {
    Item a = insert(30, 1L);
    Item b = insert(10, 1L);
    Item c = insert(20, 2L);

    assertSame(a, table.row(0));
    assertSame(b, table.row(1));
    assertSame(c, table.row(2));
    assertEquals(3, table.end());
    assertEquals(3, table.size());
    assertEquals(List.of(a, b, c), rows(table));
  }

  @Test
  void primaryIndexFindsEachRowByKey() {
    insert(30, 1L);
    insert(10, null);

    assertEquals(0, table.slotOf(30L));
    assertEquals(1, table.slotOf(10L));
    assertEquals(-1, table.slotOf(20L));
    assertArrayEquals(new int[] {1}, slots(table.bucket(ItemType.ID, 10L)));
    assertArrayEquals(new int[0], slots(table.bucket(ItemType.ID, 20L)));
  }

  @Test
  void secondaryIndexListsRowsOfAValueInInsertionOrder() {
    insert(1, 7L);
    insert(2, 8L);
    insert(3, 7L);
    insert(4, null);

    assertArrayEquals(new int[] {0, 2}, slots(table.bucket(ItemType.GROUP_ID, 7L)));
    assertArrayEquals(new int[] {1}, slots(table.bucket(ItemType.GROUP_ID, 8L)));
    assertEquals(0, table.firstSlot(ItemType.GROUP_ID, 7L));
    assertEquals(-1, table.firstSlot(ItemType.GROUP_ID, 9L));
  }

  @Test
  void nullValueMatchesNoRow() {
    insert(1, null);

    assertEquals(0, table.bucket(ItemType.GROUP_ID, null)[0]);
    assertEquals(0, table.bucket(ItemType.ID, null)[0]);
    assertEquals(-1, table.firstSlot(ItemType.GROUP_ID, null));
  }

  @Test
  void replacedRowKeepsItsSlotAndPlaceInOrder() {
    Item a = insert(1, 7L);
    insert(2, 7L);
    Item c = insert(3, 7L);
    Item newB = new Item(2L, 7L, "renamed");

    tx.replace(table, 1, newB);

    assertEquals(List.of(a, newB, c), rows(table));
    assertEquals(1, table.slotOf(2L));
    assertEquals(3, table.size());
    assertArrayEquals(new int[] {0, 1, 2}, slots(table.bucket(ItemType.GROUP_ID, 7L)));
  }

  @Test
  void replaceThatChangesForeignKeyMovesRowBetweenBuckets() {
    insert(1, 7L);
    insert(2, 8L);

    tx.replace(table, 1, new Item(2L, 7L, "moved"));

    assertArrayEquals(new int[] {0, 1}, slots(table.bucket(ItemType.GROUP_ID, 7L)));
    assertEquals(0, table.bucket(ItemType.GROUP_ID, 8L)[0]);
  }

  @Test
  void replaceThatGivesAnEarlierRowAValueKeepsBucketSorted() {
    insert(1, 8L);
    insert(2, 7L);
    insert(3, 7L);

    tx.replace(table, 0, new Item(1L, 7L, "joined"));

    assertArrayEquals(new int[] {0, 1, 2}, slots(table.bucket(ItemType.GROUP_ID, 7L)));
  }

  @Test
  void replaceToNullForeignKeyRemovesRowFromIndex() {
    insert(1, 7L);

    tx.replace(table, 0, new Item(1L, null, "orphan"));

    assertEquals(0, table.bucket(ItemType.GROUP_ID, 7L)[0]);
    assertEquals(1, table.size());
  }

  @Test
  void removeFreesSlotAndDropsRowFromEveryIndex() {
    Item a = insert(1, 7L);
    insert(2, 7L);
    Item c = insert(3, 8L);

    tx.remove(table, 1);

    assertNull(table.row(1));
    assertEquals(List.of(a, c), rows(table));
    assertEquals(2, table.size());
    assertEquals(3, table.end());
    assertEquals(-1, table.slotOf(2L));
    assertArrayEquals(new int[] {0}, slots(table.bucket(ItemType.GROUP_ID, 7L)));
  }

  @Test
  void rowInsertedAfterRemovalGoesAfterEveryRow() {
    insert(1, null);
    insert(2, null);
    tx.remove(table, 0);

    Item c = insert(3, null);

    assertEquals(2, table.slotOf(3L));
    assertSame(c, rows(table).get(1));
  }

  @Test
  void addIndexIndexesRowsAlreadyPresent() {
    Table<Item> unindexed = new Table<>(TestEntities.ITEMS);
    Keys.insert(tx, unindexed, new Item(1L, 5L, "a"));
    Keys.insert(tx, unindexed, new Item(2L, 6L, "b"));
    Keys.insert(tx, unindexed, new Item(3L, 5L, "c"));
    tx.remove(unindexed, 1);

    unindexed.addIndex(ItemType.GROUP_ID);

    assertArrayEquals(new int[] {0, 2}, slots(unindexed.bucket(ItemType.GROUP_ID, 5L)));
    assertEquals(0, unindexed.bucket(ItemType.GROUP_ID, 6L)[0]);
    Keys.insert(tx, unindexed, new Item(4L, 6L, "d"));
    assertArrayEquals(new int[] {3}, slots(unindexed.bucket(ItemType.GROUP_ID, 6L)));
  }

  @Test
  void compactIfSparseRenumbersRowsInOrderAndIndexesFindEveryRow() {
    List<Item> kept = new ArrayList<>();
    for (long id = 1; id <= 300; id++) {
      Item row = insert(id, id % 4);
      if (id % 3 == 0) {
        kept.add(row);
      }
    }
    for (long id = 1; id <= 300; id++) {
      if (id % 3 != 0) {
        tx.remove(table, table.slotOf(id));
      }
    }

    table.compactIfSparse();

    assertEquals(100, table.end());
    assertEquals(kept, rows(table));
    for (int slot = 0; slot < kept.size(); slot++) {
      assertEquals(slot, table.slotOf(kept.get(slot).id));
    }
    for (long group = 0; group < 4; group++) {
      List<Item> expected = new ArrayList<>();
      for (Item row : kept) {
        if (row.groupId == group) {
          expected.add(row);
        }
      }
      assertEquals(expected, rows(table, table.bucket(ItemType.GROUP_ID, group)), "group " + group);
    }
  }

  @Test
  void rowsInsertedAfterCompactionFollowTheRenumberedRows() {
    for (long id = 1; id <= 200; id++) {
      insert(id, 1L);
    }
    for (long id = 1; id <= 150; id++) {
      tx.remove(table, table.slotOf(id));
    }
    table.compactIfSparse();

    Item next = insert(201, 1L);

    assertEquals(50, table.slotOf(201L));
    assertSame(next, rows(table).get(50));
    int[] group = slots(table.bucket(ItemType.GROUP_ID, 1L));
    assertEquals(51, group.length);
    assertEquals(50, group[50]);
  }

  @Test
  void compactIfSparseLeavesTableWithFewFreeSlotsAlone() {
    for (long id = 1; id <= 100; id++) {
      insert(id, null);
    }
    for (long id = 1; id <= 60; id++) {
      tx.remove(table, table.slotOf(id));
    }

    table.compactIfSparse();

    assertEquals(100, table.end());
    assertEquals(60, table.slotOf(61L));
  }

  @Test
  void compactIfSparseLeavesTableWithMoreRowsThanFreeSlotsAlone() {
    for (long id = 1; id <= 300; id++) {
      insert(id, null);
    }
    for (long id = 1; id <= 140; id++) {
      tx.remove(table, table.slotOf(id));
    }

    table.compactIfSparse();

    assertEquals(300, table.end());
    assertEquals(299, table.slotOf(300L));
  }

  @Test
  void compactIfSparseOfEmptiedTableStartsSlotsAgain() {
    insert(1, 1L);
    insert(2, 1L);
    tx.remove(table, 0);
    tx.remove(table, 1);

    table.compactIfSparse();

    assertEquals(0, table.end());
    Item c = insert(3, 1L);
    assertEquals(0, table.slotOf(3L));
    assertEquals(List.of(c), rows(table, table.bucket(ItemType.GROUP_ID, 1L)));
  }

  @Test
  void commitCompactsEveryTableTheTransactionTouched() {
    for (long id = 1; id <= 200; id++) {
      insert(id, null);
    }
    for (long id = 1; id <= 150; id++) {
      tx.remove(table, table.slotOf(id));
    }

    tx.commit();

    assertEquals(50, table.end());
    assertEquals(0, table.slotOf(151L));
  }

  @Test
  void insertRaisesHighestNumberToExplicitKey() {
    insert(40, null);
    insert(7, null);

    assertEquals(40, table.highestNumber());
    assertEquals(41L, Keys.assign(tx, table));
  }

  @Test
  void assignedKeysStayAboveKeysRemovedOrCleared() {
    insert(5, null);
    tx.remove(table, 0);
    assertEquals(6L, Keys.assign(tx, table));

    insert(9, null);
    tx.clear(table);

    assertEquals(10L, Keys.assign(tx, table));
    assertEquals(10, table.highestNumber());
  }

  @Test
  void raiseCounterBelowHighestNumberChangesAndLogsNothing() {
    Keys.raise(tx, table, 50);
    int mark = tx.mark();

    Keys.raise(tx, table, 20);

    assertEquals(50, table.highestNumber());
    assertEquals(mark, tx.mark());
  }

  @Test
  void clearEmptiesTableAndIndexesAndCountsRows() {
    insert(1, 1L);
    insert(2, 1L);
    tx.remove(table, 0);

    assertEquals(1, tx.clear(table));

    assertEquals(0, table.size());
    assertEquals(0, table.end());
    assertEquals(-1, table.slotOf(2L));
    assertEquals(0, table.bucket(ItemType.GROUP_ID, 1L)[0]);
    Item c = insert(3, 1L);
    assertEquals(List.of(c), rows(table, table.bucket(ItemType.GROUP_ID, 1L)));
  }

  @Test
  void stringKeysAreAssignedRandomlyWithoutCounter() {
    Table<Tag> tags = new Table<>(new TagType("labels"));
    Object key = Keys.assign(tx, tags);

    assertEquals(String.class, key.getClass());
    assertEquals(36, ((String) key).length());
    assertEquals(0, tags.highestNumber());
    assertEquals(0, tx.mark());
  }

  @Test
  void replacedRecordRowKeepsItsPlace() {
    Table<Tag> tags = new Table<>(new TagType("labels"));
    tags.addIndex(TagType.ITEM_ID);
    Tag a = new Tag("a", 1L);
    Tag b = new Tag("b", 1L);
    Keys.insert(tx, tags, a);
    Keys.insert(tx, tags, b);
    Tag newA = new Tag("a", 2L);

    tx.replace(tags, tags.slotOf("a"), newA);

    assertSame(newA, tags.row(0));
    assertSame(b, tags.row(1));
    assertEquals(1, tags.bucket(TagType.ITEM_ID, 1L)[0]);
    assertEquals(0, tags.bucket(TagType.ITEM_ID, 2L)[1]);
  }
}
