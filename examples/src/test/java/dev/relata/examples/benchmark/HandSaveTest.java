package dev.relata.examples.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reference of {@link IndexSaveBenchmark} does the same job as the store: its
 * indexes follow the rows, and a duplicate slug changes nothing.
 */
class HandSaveTest {
  private static IndexedRow row(long id, String slug, long createdAt) {
    return new IndexedRow(id, "t" + id, 1L, slug, createdAt, 0);
  }

  @Test
  void indexedSaveKeepsEveryRowBySlugAndInOrderOfCreation() {
    HandSave hand = new HandSave(3);
    assertEquals(3, hand.saveIndexed(List.of(row(1, "a", 30), row(2, "b", 10), row(3, "c", 20))));
    assertEquals(row(2, "b", 10), hand.bySlug("b"));
    assertEquals(List.of(row(2, "b", 10), row(3, "c", 20), row(1, "a", 30)), hand.byCreatedAt());
  }

  @Test
  void replacingARowMovesItInTheIndexes() {
    HandSave hand = new HandSave(2);
    hand.saveIndexed(List.of(row(1, "a", 30), row(2, "b", 10)));
    assertEquals(2, hand.saveIndexed(List.of(row(1, "z", 5))));
    assertNull(hand.bySlug("a"));
    assertEquals(List.of(row(1, "z", 5), row(2, "b", 10)), hand.byCreatedAt());
  }

  @Test
  void duplicateSlugRefusesTheSaveAndKeepsWhatWasStored() {
    HandSave hand = new HandSave(4);
    hand.saveIndexed(List.of(row(1, "a", 30), row(2, "b", 10)));
    List<IndexedRow> before = hand.byCreatedAt();
    IndexedRow a = hand.bySlug("a");

    assertThrows(
        IllegalStateException.class,
        () -> hand.saveIndexed(List.of(row(3, "c", 1), row(1, "y", 2), row(4, "b", 3))));

    assertEquals(2, hand.size());
    assertSame(a, hand.bySlug("a"));
    assertNull(hand.bySlug("c"));
    assertNull(hand.bySlug("y"));
    assertEquals(before, hand.byCreatedAt());
  }

  @Test
  void plainSaveCopiesEveryRowByKey() {
    HandSave hand = new HandSave(2);
    List<PlainRow> rows =
        List.of(new PlainRow(1L, "x", 1L, "a", 1, 0), new PlainRow(2L, "y", 1L, "b", 2, 0));
    assertEquals(2, hand.savePlain(rows));
  }
}
