package dev.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Item;
import dev.relata.internal.TestEntities.ItemType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares a table of items with a reference model: a key → row map in insertion order. */
final class TableChecks {
  private TableChecks() {}

  /** A table of items with its {@code groupId} column indexed, as a relation would index it. */
  static Table<Item> itemTable() {
    Table<Item> table = new Table<>(TestEntities.ITEMS);
    table.addIndex(ItemType.GROUP_ID);
    return table;
  }

  /** The rows in slot order. */
  static List<Item> rows(Table<Item> table) {
    List<Item> rows = new ArrayList<>();
    for (int slot = 0; slot < table.end(); slot++) {
      Item row = table.row(slot);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The rows of a bucket, in bucket order. */
  static List<Item> rows(Table<Item> table, int[] bucket) {
    List<Item> rows = new ArrayList<>();
    for (int i = 1; i <= bucket[0]; i++) {
      rows.add(table.row(bucket[i]));
    }
    return rows;
  }

  /**
   * Asserts that {@code table} holds exactly the rows of {@code model} (the same instances, in the
   * same order), that its primary index finds each of them and none of the other {@code keys}, that
   * its {@code groupId} index finds exactly the rows of each group in order, and that the highest
   * number it has held is {@code highest}.
   */
  static void assertTableHolds(
      Table<Item> table,
      LinkedHashMap<Long, Item> model,
      long highest,
      Collection<Long> keys,
      String context) {
    assertEquals(model.size(), table.size(), "size " + context);
    List<Item> expected = new ArrayList<>(model.values());
    List<Item> actual = rows(table);
    assertEquals(expected.size(), actual.size(), () -> "rows " + context + ": " + actual);
    for (int i = 0; i < expected.size(); i++) {
      int at = i;
      assertSame(expected.get(i), actual.get(i), () -> "row " + at + " " + context + ": " + actual);
    }

    Set<Long> allKeys = new HashSet<>(keys);
    allKeys.addAll(model.keySet());
    for (Long key : allKeys) {
      int slot = table.slotOf(key);
      Item row = model.get(key);
      if (row == null) {
        assertEquals(-1, slot, () -> "slot of removed key " + key + " " + context);
      } else {
        assertTrue(slot >= 0 && slot < table.end(), () -> "slot of key " + key + " " + context);
        assertSame(row, table.row(slot), () -> "row of key " + key + " " + context);
        assertEquals(slot, table.bucket(ItemType.ID, key)[1], () -> "key bucket of " + key);
      }
    }

    Set<Long> groups = new HashSet<>();
    for (Item row : model.values()) {
      groups.add(row.groupId);
    }
    groups.remove(null);
    for (long g = -1; g <= 8; g++) {
      groups.add(g);
    }
    for (Long group : groups) {
      List<Item> inGroup = new ArrayList<>();
      for (Item row : model.values()) {
        if (Objects.equals(row.groupId, group)) {
          inGroup.add(row);
        }
      }
      int[] bucket = table.bucket(ItemType.GROUP_ID, group);
      for (int i = 2; i <= bucket[0]; i++) {
        assertTrue(bucket[i - 1] < bucket[i], () -> "bucket of group " + group + " " + context);
      }
      List<Item> found = rows(table, bucket);
      assertEquals(inGroup.size(), found.size(), () -> "rows of group " + group + " " + context);
      for (int i = 0; i < inGroup.size(); i++) {
        int at = i;
        assertSame(
            inGroup.get(i), found.get(i), () -> "row " + at + " of group " + group + " " + context);
      }
      int first = table.firstSlot(ItemType.GROUP_ID, group);
      assertEquals(inGroup.isEmpty() ? -1 : bucket[1], first, () -> "first of group " + group);
    }
    assertEquals(0, table.bucket(ItemType.GROUP_ID, null)[0], "bucket of null " + context);

    assertEquals(highest, table.highestNumber(), "highest number " + context);
  }
}
