package dev.relata.internal;

import static dev.relata.internal.TableChecks.assertTableHolds;
import static dev.relata.internal.TableChecks.itemTable;
import static dev.relata.internal.TableChecks.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.internal.TestEntities.Item;
import dev.relata.internal.TestEntities.ItemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readable examples of rollback; {@link TransactionRollbackPropertyTest} covers every mix. */
class TransactionTest {
  private static final Set<Long> KEYS = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

  private Table<Item> table;
  private Item one;
  private Item two;
  private Item three;
  private LinkedHashMap<Long, Item> before;

  @BeforeEach
  void threeCommittedRows() {
    table = itemTable();
    Transaction setup = new Transaction();
    one = new Item(1L, 1L, "one");
    two = new Item(2L, 2L, "two");
    three = new Item(3L, 1L, "three");
    Keys.insert(setup, table, one);
    Keys.insert(setup, table, two);
    Keys.insert(setup, table, three);
    setup.commit();
    before = new LinkedHashMap<>();
    before.put(1L, one);
    before.put(2L, two);
    before.put(3L, three);
  }

  private void assertUnchanged(String context) {
    assertTableHolds(table, before, 3, KEYS, context);
  }

  @Test
  void rollbackOfInsertRemovesRowAndRestoresCounter() {
    Transaction tx = new Transaction();
    Keys.insert(tx, table, new Item(9L, 1L, "nine"));

    tx.rollbackTo(0);

    assertUnchanged("after undoing an insert");
  }

  @Test
  void rollbackOfReplacePutsPreviousRowBackInItsSlot() {
    Transaction tx = new Transaction();
    tx.replace(table, 0, new Item(1L, 2L, "changed"));

    tx.rollbackTo(0);

    assertUnchanged("after undoing a replace");
  }

  @Test
  void rollbackOfRemovePutsRowBackInItsPlace() {
    Transaction tx = new Transaction();
    tx.remove(table, 1);

    tx.rollbackTo(0);

    assertUnchanged("after undoing a remove");
    assertEquals(List.of(one, two, three), rows(table));
  }

  @Test
  void rollbackOfClearBringsEveryRowAndIndexBack() {
    Transaction tx = new Transaction();
    tx.clear(table);
    Keys.insert(tx, table, new Item(4L, 1L, "four"));

    tx.rollbackTo(0);

    assertUnchanged("after undoing a clear");
  }

  @Test
  void rollbackOfAssignedKeyRestoresNextAssignedKey() {
    Transaction tx = new Transaction();
    assertEquals(4L, Keys.assign(tx, table));
    assertEquals(5L, Keys.assign(tx, table));
    Keys.raise(tx, table, 100);

    tx.rollbackTo(0);

    assertUnchanged("after undoing key assignment");
    assertEquals(4L, Keys.assign(new Transaction(), table));
  }

  @Test
  void rollbackOfRemoveThenInsertOfSameKeyRestoresOriginalRow() {
    Transaction tx = new Transaction();
    tx.remove(table, 0);
    Keys.insert(tx, table, new Item(1L, 2L, "again"));

    tx.rollbackTo(0);

    assertUnchanged("after undoing remove and re-insert");
  }

  @Test
  void rollbackToMarkUndoesOnlyWhatCameAfterIt() {
    Transaction tx = new Transaction();
    Item four = new Item(4L, 1L, "four");
    Keys.insert(tx, table, four);
    tx.remove(table, 0);
    int mark = tx.mark();
    tx.replace(table, 1, new Item(2L, 1L, "changed"));
    Keys.insert(tx, table, new Item(5L, 2L, "five"));
    tx.clear(table);

    tx.rollbackTo(mark);

    LinkedHashMap<Long, Item> atMark = new LinkedHashMap<>();
    atMark.put(2L, two);
    atMark.put(3L, three);
    atMark.put(4L, four);
    assertTableHolds(table, atMark, 4, KEYS, "after rolling back to the mark");

    tx.rollbackTo(0);

    assertUnchanged("after rolling back everything");
  }

  @Test
  void nestedMarksRollBackInnermostFirst() {
    Transaction tx = new Transaction();
    int outer = tx.mark();
    Keys.insert(tx, table, new Item(4L, 1L, "four"));
    int inner = tx.mark();
    tx.remove(table, table.slotOf(4L));
    Keys.insert(tx, table, new Item(5L, 1L, "five"));

    tx.rollbackTo(inner);
    assertEquals(4, table.size());
    assertEquals(-1, table.slotOf(5L));
    assertEquals(3, table.slotOf(4L));
    assertEquals(4, table.highestNumber());

    tx.rollbackTo(outer);
    assertUnchanged("after rolling back the outer mark");
  }

  @Test
  void writesAfterRollbackToMarkAreRolledBackToo() {
    Transaction tx = new Transaction();
    tx.remove(table, 2);
    int mark = tx.mark();
    Keys.insert(tx, table, new Item(4L, 1L, "four"));
    tx.rollbackTo(mark);
    Keys.insert(tx, table, new Item(5L, 1L, "five"));
    tx.replace(table, table.slotOf(5L), new Item(5L, 2L, "five again"));

    tx.rollbackTo(0);

    assertUnchanged("after rolling back around a reused slot");
  }

  @Test
  void rollbackAfterCompactionOfEarlierTransactionRestoresRenumberedState() {
    Transaction fill = new Transaction();
    for (long id = 4; id <= 200; id++) {
      Keys.insert(fill, table, new Item(id, id % 3, "filler"));
    }
    for (long id = 4; id <= 200; id++) {
      fill.remove(table, table.slotOf(id));
    }
    fill.commit();
    assertEquals(3, table.end());

    Transaction tx = new Transaction();
    tx.remove(table, 1);
    Keys.insert(tx, table, new Item(201L, 1L, "after compaction"));
    tx.rollbackTo(0);

    assertTableHolds(table, before, 200, KEYS, "after compaction and rollback");
    assertEquals(List.of(0, 2), List.of(table.slotOf(1L), table.slotOf(3L)));
    assertEquals(2, table.bucket(ItemType.GROUP_ID, 1L)[0]);
  }

  @Test
  void rollbackReadsNoEntityCode() {
    // Every row involved, before and after, refuses to be read once the writes are made: undo must
    // restore the rows and both indexes from what the log kept.
    Table<Item> named = itemTable();
    named.addIndex(ItemType.NAME);
    Transaction setup = new Transaction();
    Keys.insert(setup, named, one);
    Keys.insert(setup, named, two);
    Keys.insert(setup, named, three);
    setup.commit();
    Transaction tx = new Transaction();
    Item four = new Item(4L, 2L, "four");
    Item changed = new Item(1L, 2L, "changed");
    Keys.insert(tx, named, four);
    tx.replace(named, 0, changed);
    tx.remove(named, 1);
    tx.upsert(named, new Item(3L, 1L, "upserted"));
    tx.clear(named);
    Keys.insert(tx, named, new Item(5L, 1L, "five"));
    for (Item row : List.of(one, two, three, four, changed)) {
      row.poisoned = true;
    }
    for (int slot = 0; slot < named.end(); slot++) {
      if (named.row(slot) != null) {
        named.row(slot).poisoned = true;
      }
    }

    tx.rollbackTo(0);

    assertTableHolds(named, before, 3, KEYS, "after undoing writes of unreadable rows");
    assertEquals(List.of(one), rows(named, named.bucket(ItemType.NAME, "one")));
    assertEquals(List.of(three), rows(named, named.bucket(ItemType.NAME, "three")));
    assertEquals(0, named.bucket(ItemType.NAME, "changed")[0]);
    assertEquals(0, named.bucket(ItemType.NAME, "upserted")[0]);
  }
}
