package dev.relata.examples.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.integrity.model.Faults;
import dev.relata.examples.integrity.model.Label;
import dev.relata.examples.integrity.model.Remark;
import dev.relata.examples.integrity.model.Story;
import dev.relata.examples.integrity.model.Writer;
import dev.relata.examples.typed.Item;
import dev.relata.examples.typed.ItemRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saves into tables that hold no row take the bulk path: the table's empty state is logged once
 * instead of an undo entry per row, and a flat save keeps no node per object. Such a save that
 * fails at any call of entity code, in the middle of its rows, leaves the tables empty, the keys
 * assigned next and the caller's objects as they were; inside a transaction, a later write that
 * fails undoes only itself, and the transaction failing undoes the bulk too.
 */
class SaveIntoEmptyTablesTest {

  @AfterEach
  void disarm() {
    Faults.disarm();
  }

  /** Six labels without keys, one of them given twice: a flat save that assigns and writes back. */
  private static List<Label> labels() {
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      labels.add(new Label("l" + i));
    }
    labels.add(labels.get(2));
    return labels;
  }

  /** Two writers with stories and remarks (records): a nested save into four empty tables. */
  private static List<Writer> writers() {
    Writer ann = new Writer("ann");
    ann.setStories(List.of(new Story("s1", Remark.of("r1"), Remark.of("r2")), new Story("s2")));
    Writer bob = new Writer("bob");
    bob.setStories(List.of(new Story("s3", Remark.of("r3"))));
    return List.of(ann, bob);
  }

  @Test
  void flatSaveIntoEmptyTableFailingAtEveryCallChangesNothing() {
    failingAtEveryCall(
        w -> labels(), (w, objects) -> w.labels.saveAll(cast(objects)), String::valueOf);
  }

  @Test
  void nestedSaveIntoEmptyTablesFailingAtEveryCallChangesNothing() {
    failingAtEveryCall(
        w -> writers(),
        (w, objects) -> w.writers.saveAll(cast(objects)),
        objects -> {
          StringBuilder text = new StringBuilder();
          for (Writer writer : SaveIntoEmptyTablesTest.<Writer>cast(objects)) {
            text.append(writer).append(writer.getStories());
          }
          return text.toString();
        });
  }

  @Test
  void flatSaveAssignsOneKeyToAnObjectGivenTwiceAndStoresItOnce() {
    FaultWorld w = new FaultWorld();
    List<Label> labels = labels();
    List<Label> saved = w.labels.saveAll(labels);
    assertEquals(labels, saved);
    assertEquals(5, w.labels.count());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 3L), labels.stream().map(Label::getId).toList());
    assertEquals(List.of("l0", "l1", "l2", "l3", "l4"), w.labels.all().stream().map(Label::getText).toList());
  }

  @Test
  void flatSaveOfRecordsRebuildsThemWithTheirKeys() {
    FaultWorld w = new FaultWorld();
    Remark twice = Remark.of("b");
    List<Remark> saved = w.remarks.saveAll(List.of(Remark.of("a"), twice, new Remark(9L, "c", null), twice));
    // Numbers go above the key given in the same save.
    assertEquals(List.of(10L, 11L, 9L, 11L), saved.stream().map(Remark::id).toList());
    assertSame(saved.get(1), saved.get(3));
    assertNull(twice.id());
    assertEquals(List.of("a", "b", "c"), w.remarks.all().stream().map(Remark::text).toList());
  }

  @Test
  void insertAfterAFillRefusesAStoredKeyAndWritesNothing() {
    FaultWorld w = new FaultWorld();
    Label a = new Label("a");
    a.setId(7L);
    w.labels.insert(a);
    Label b = new Label("b");
    b.setId(7L);
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> w.labels.insert(b));
    assertEquals(7L, e.key());
    assertEquals(List.of("a"), w.labels.all().stream().map(Label::getText).toList());
    Label c = new Label("c");
    w.labels.insert(c);
    assertEquals(8L, c.getId());
  }

  @Test
  void uniqueClashInABulkIntoAnEmptyTableWritesNothing() {
    ItemRepository items = new ItemRepository(Store.inMemory());
    List<Item> rows = new ArrayList<>();
    for (long i = 1; i <= 50; i++) {
      rows.add(new Item(i, null, "t", (int) i, "n" + i, "c" + (i == 40 ? 3 : i)));
    }
    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> items.saveAll(rows));
    assertEquals("code", e.field());
    assertEquals("c3", e.key());
    assertEquals(0, items.count());
    items.saveAll(rows.subList(0, 39));
    assertEquals(39, items.count());
  }

  @Test
  void laterWriteFailingInATransactionUndoesOnlyItselfAndTheTransactionUndoesTheBulk() {
    FaultWorld w = new FaultWorld();
    Map<String, List<String>> empty = w.snapshot();
    List<Label> labels = labels();
    RuntimeException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                w.store.transaction(
                    () -> {
                      w.labels.saveAll(labels);
                      Label late = new Label("late");
                      Faults.arm(1, Faults.Mode.ONCE);
                      assertThrows(RelataException.class, () -> w.labels.save(late));
                      Faults.disarm();
                      assertNull(late.getId());
                      assertEquals(5, w.labels.count()); // the bulk stays: only the save undone
                      w.labels.save(new Label("after"));
                      assertEquals(6, w.labels.count());
                      throw new IllegalStateException("give up");
                    }));
    assertEquals("give up", thrown.getMessage());
    assertEquals(empty, w.snapshot());
    assertTrue(labels.stream().allMatch(l -> l.getId() == null));
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), w.nextKeys());
  }

  /**
   * Makes each call of entity code that {@code write} makes, on a fresh world, fail in turn (and,
   * the second time round, every getter after it too): the write fails with a {@link
   * RelataException}, the store is as empty as before, the keys assigned next are the first, and
   * the objects given hold what they held.
   */
  private static void failingAtEveryCall(
      Function<FaultWorld, List<?>> objects, Write write, Function<List<?>, String> describe) {
    FaultWorld probe = new FaultWorld();
    List<?> given = objects.apply(probe);
    Faults.count();
    write.run(probe, given);
    int calls = Faults.calls();
    assertTrue(calls > 10, "entity code calls: " + calls);
    for (Faults.Mode mode : List.of(Faults.Mode.ONCE, Faults.Mode.THEN_EVERY_GETTER)) {
      for (int call = 1; call <= calls; call++) {
        FaultWorld w = new FaultWorld();
        Map<String, List<String>> before = w.snapshot();
        List<?> attempt = objects.apply(w);
        String callers = describe.apply(attempt);
        Faults.arm(call, mode);
        String at = "failing at call " + call + " (" + mode + ")";
        assertThrows(RelataException.class, () -> write.run(w, attempt), at);
        Faults.disarm();
        assertEquals(before, w.snapshot(), at);
        assertEquals(callers, describe.apply(attempt), at);
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), w.nextKeys(), at);
      }
    }
  }

  /** A write of {@code objects} into the world. */
  private interface Write {
    void run(FaultWorld world, List<?> objects);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<?> objects) {
    return (List<T>) objects;
  }
}
