package dev.relata.internal;

import static dev.relata.internal.TableChecks.assertTableHolds;
import static dev.relata.internal.TableChecks.rows;
import static dev.relata.internal.TestEntities.GROUPS;
import static dev.relata.internal.TestEntities.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.internal.TestEntities.Group;
import dev.relata.internal.TestEntities.Item;
import dev.relata.internal.TestEntities.ItemType;
import dev.relata.internal.TestEntities.NamedGroupType;
import dev.relata.internal.TestEntities.TagType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  private static final Set<Long> ITEM_KEYS = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);

  private Database db;
  private Group red;
  private Group blue;

  /** The stored rows of both tables and their counters: what a failed write must leave alone. */
  private record State(
      List<Item> items, List<Group> groups, long itemsHighest, long groupsHighest) {}

  @BeforeEach
  void twoGroupsWithThreeItems() {
    db = new Database();
    db.register(GROUPS);
    red = new Group(null, "red", List.of(new Item(null, null, "a"), new Item(null, null, "b")));
    blue = new Group(null, "blue", List.of(new Item(null, null, "c")));
    db.save(GROUPS, List.of(red, blue));
  }

  private State state() {
    return db.read(
        () -> {
          Table<Group> groups = db.table(GROUPS);
          List<Group> groupRows = new ArrayList<>();
          for (int slot = 0; slot < groups.end(); slot++) {
            if (groups.row(slot) != null) {
              groupRows.add(groups.row(slot));
            }
          }
          Table<Item> items = db.table(ITEMS);
          return new State(rows(items), groupRows, items.highestNumber(), groups.highestNumber());
        });
  }

  /** Asserts that the tables hold the very rows of {@code before}, in order, with their indexes. */
  private void assertState(State before) {
    State now = state();
    assertEquals(before, now);
    LinkedHashMap<Long, Item> model = new LinkedHashMap<>();
    for (Item item : before.items()) {
      model.put(item.id, item);
    }
    db.read(
        () -> {
          assertTableHolds(db.table(ITEMS), model, before.itemsHighest(), ITEM_KEYS, "in store");
          return null;
        });
  }

  @Test
  void setUpStoredItemsWithTheirGroupsKeys() {
    assertEquals(3, db.size(ITEMS));
    assertEquals(List.of(1L, 1L, 2L), state().items().stream().map(i -> i.groupId).toList());
  }

  @Test
  void transactionRollsBackEveryChangeWhenWorkThrowsAndPassesTheExceptionOnUnchanged() {
    State before = state();
    IllegalArgumentException failure = new IllegalArgumentException("boom");

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                db.transaction(
                    "test write",
                    tx -> {
                      db.save(ITEMS, List.of(new Item(null, red.id, "d")));
                      db.delete(ITEMS, 1L);
                      db.save(ITEMS, List.of(new Item(2L, blue.id, "b moved")));
                      db.save(GROUPS, List.of(new Group(null, "green", List.of())));
                      db.deleteAll(GROUPS);
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertState(before);
  }

  @Test
  void writeWrapsOtherExceptionsSayingNothingWasWritten() {
    IllegalStateException failure = new IllegalStateException("entity code failed");

    RelataException thrown =
        assertThrows(
            RelataException.class,
            () ->
                db.write(
                    "save items",
                    tx -> {
                      throw failure;
                    }));

    assertSame(failure, thrown.getCause());
    assertEquals(RelataException.class, thrown.getClass());
    assertTrue(
        thrown.getMessage().startsWith("could not save items; nothing was written"),
        thrown.getMessage());
  }

  @Test
  void writeRethrowsRelataExceptionItselfAfterRollingBack() {
    State before = state();
    DuplicateKeyException failure = new DuplicateKeyException("items", 1L);

    RelataException thrown =
        assertThrows(
            RelataException.class,
            () ->
                db.transaction(
                    "test write",
                    tx -> {
                      db.delete(ITEMS, 2L);
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertState(before);
  }

  @Test
  void writeRethrowsErrorItselfAfterRollingBack() {
    State before = state();
    AssertionError failure = new AssertionError("broken");

    AssertionError thrown =
        assertThrows(
            AssertionError.class,
            () ->
                db.transaction(
                    "test write",
                    tx -> {
                      db.save(ITEMS, List.of(new Item(null, null, "e")));
                      throw failure;
                    }));

    assertSame(failure, thrown);
    assertState(before);
  }

  @Test
  void writeRollsBackWhenBodyThrowsUndeclaredCheckedException() {
    State before = state();
    Exception failure = new java.io.IOException("thrown by entity code, undeclared");

    Exception thrown =
        assertThrows(
            Exception.class,
            () ->
                db.transaction(
                    "test write",
                    tx -> {
                      db.save(ITEMS, List.of(new Item(null, null, "e")));
                      return DatabaseTest.<RuntimeException>sneakyThrow(failure);
                    }));

    assertSame(failure, thrown);
    assertState(before);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> Void sneakyThrow(Throwable failure) throws E {
    throw (E) failure;
  }

  @Test
  void saveWhoseEntityCodeThrowsWritesNothingAndKeepsCause() {
    State before = state();
    Item poisoned = new Item(null, red.id, "x");
    poisoned.poisoned = true;

    RelataException thrown =
        assertThrows(
            RelataException.class,
            () ->
                db.save(
                    ITEMS,
                    List.of(new Item(null, red.id, "d"), new Item(7L, null, "e"), poisoned)));

    assertEquals(IllegalStateException.class, thrown.getCause().getClass());
    assertState(before);
    Item next = new Item(null, null, "next");
    db.save(ITEMS, List.of(next));
    assertEquals(4L, next.id);
  }

  @Test
  void failedNestedWriteIsUndoneWhileOuterWriteGoesOn() {
    Item kept = new Item(null, null, "kept");
    Item undone = new Item(null, null, "undone");
    Item after = new Item(null, null, "after");

    db.transaction(
        "outer",
        tx -> {
          db.save(ITEMS, List.of(kept));
          assertThrows(
              IllegalStateException.class,
              () ->
                  db.transaction(
                      "inner",
                      inner -> {
                        db.save(ITEMS, List.of(undone));
                        throw new IllegalStateException("inner fails");
                      }));
          db.save(ITEMS, List.of(after));
          return null;
        });

    assertEquals(
        List.of("a", "b", "c", "kept", "after"),
        state().items().stream().map(i -> i.name).toList());
    assertEquals(4L, kept.id);
    assertEquals(5L, after.id, "the undone save's key is assigned again");
  }

  @Test
  void writeInsideReadOnSameThreadThrowsAndChangesNothing() {
    State before = state();
    AtomicBoolean bodyRan = new AtomicBoolean();

    RelataException thrown =
        db.read(
            () ->
                assertThrows(
                    RelataException.class,
                    () ->
                        db.write(
                            "save items",
                            tx -> {
                              bodyRan.set(true);
                              return db.save(ITEMS, List.of(new Item(null, null, "x")));
                            })));

    assertFalse(bodyRan.get());
    assertTrue(
        thrown
            .getMessage()
            .startsWith("cannot save items: the store is running entity code or a query callback"),
        thrown.getMessage());
    assertState(before);
  }

  @Test
  void saveAndDeleteInsideQueryConditionThrowRelataException() {
    State before = state();
    QuerySpec<Item> spec =
        QuerySpec.of(ITEMS)
            .where(
                item -> {
                  assertThrows(
                      RelataException.class,
                      () -> db.save(ITEMS, List.of(new Item(null, null, "x"))));
                  assertThrows(RelataException.class, () -> db.delete(ITEMS, item.id));
                  return true;
                });

    assertEquals(3, db.list(spec).size());
    assertState(before);
  }

  @Test
  void writeAfterRefusedWriteInsideReadSucceeds() {
    db.read(() -> assertThrows(RelataException.class, () -> db.deleteAll(ITEMS)));

    assertEquals(3L, db.deleteAll(ITEMS));
    assertEquals(0, db.size(ITEMS));
  }

  @Test
  void readInsideReadOnSameThreadWorks() {
    assertEquals(3, db.read(() -> db.read(() -> db.size(ITEMS))));
  }

  @Test
  void registeringTwoEntityTypesWithOneNameThrows() {
    TagType clash = new TagType("items");

    RelataException thrown = assertThrows(RelataException.class, () -> db.register(clash));

    assertTrue(thrown.getMessage().contains("'items'"), thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains(TestEntities.Item.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(TestEntities.Tag.class.getName()), thrown.getMessage());
    assertThrows(IllegalStateException.class, () -> db.table(clash));
    assertThrows(RelataException.class, () -> db.register(clash));
    assertEquals(3, db.size(ITEMS));
  }

  @Test
  void registeringTypeWhoseRelationTargetClashesWithRegisteredNameThrows() {
    Database other = new Database();
    other.register(new TagType("items"));

    assertThrows(RelataException.class, () -> other.register(GROUPS));
    assertThrows(RelataException.class, () -> other.register(GROUPS));
  }

  @Test
  void registeringOneTypeTwiceIsHarmless() {
    db.register(GROUPS);
    db.register(ITEMS);

    assertEquals(3, db.size(ITEMS));
    assertEquals(2, db.size(GROUPS));
  }

  @Test
  void registeringTypeRegistersRelationTargetsAndIndexesTheirKeys() {
    Database fresh = new Database();
    fresh.register(GROUPS);

    assertEquals(0, fresh.size(ITEMS));
    assertEquals(0, fresh.table(ITEMS).bucket(ItemType.GROUP_ID, 1L)[0]);
  }

  @Test
  void registerInsideTransactionThatWroteTheTableItWouldIndexIsRefusedAndChangesNothing() {
    NamedGroupType named = new NamedGroupType("namedGroups");

    db.transaction(
        "save items",
        tx -> {
          db.save(ITEMS, List.of(new Item(null, red.id, "d")));
          RelataException thrown = assertThrows(RelataException.class, () -> db.register(named));
          assertTrue(
              thrown
                  .getMessage()
                  .startsWith(
                      "cannot start using namedGroups inside this transaction: its relations need"
                          + " an index on items.name, and the transaction has written items"),
              thrown.getMessage());
          return null;
        });

    assertEquals(4, db.size(ITEMS), "the transaction went on");
    assertFalse(db.table(ITEMS).indexes(ItemType.NAME), "no index was added");
    assertThrows(IllegalStateException.class, () -> db.size(named), "it was not registered");
    db.register(named);
    assertEquals(List.of(List.of(1L)), namesakesOfAGroup(named, "a"));
  }

  @Test
  void registerInsideTransactionBeforeWritingTheTableItIndexesOutlivesTheRollback() {
    State before = state();
    NamedGroupType named = new NamedGroupType("namedGroups");

    assertThrows(
        IllegalStateException.class,
        () ->
            db.transaction(
                "save items",
                tx -> {
                  db.register(named);
                  db.save(ITEMS, List.of(new Item(null, red.id, "a"), new Item(1L, null, "z")));
                  assertEquals(List.of(List.of(4L)), namesakesOfAGroup(named, "a"));
                  throw new IllegalStateException("undo the saves");
                }));

    assertState(before);
    assertEquals(0, db.size(named));
    assertEquals(List.of(List.of(1L)), namesakesOfAGroup(named, "a"));
  }

  /** Saves a group named {@code name}, then the keys of its items, as eager loading finds them. */
  private List<List<Long>> namesakesOfAGroup(NamedGroupType named, String name) {
    db.save(named, List.of(new Group(null, name, null)));
    QuerySpec<Group> spec =
        QuerySpec.of(named)
            .where(group -> group.name.equals(name))
            .with(named.relations().get(0), QuerySpec.of(ITEMS));
    return db.list(spec).stream()
        .map(group -> group.items.stream().map(item -> item.id).toList())
        .toList();
  }

  @Test
  void writeOrRegisterFromEntityCodeDuringAWriteIsRefused() {
    State before = state();
    List<RelataException> refused = new ArrayList<>();
    Item item = new Item(null, red.id, "d");

    db.write(
        "save items",
        tx -> {
          for (Runnable write :
              List.<Runnable>of(
                  () -> db.save(ITEMS, List.of(new Item(1L, null, "inner"))),
                  () -> db.deleteAll(GROUPS),
                  () -> db.register(new ItemType("things")))) {
            try {
              write.run();
            } catch (RelataException e) {
              refused.add(e);
            }
          }
          return null;
        });

    assertEquals(3, refused.size());
    for (RelataException e : refused) {
      assertTrue(e.getMessage().contains("is running entity code"), e.getMessage());
    }
    assertState(before);
    db.save(ITEMS, List.of(item));
    assertEquals(4L, item.id);
  }

  @Test
  void registerInsideReadOnSameThreadDoesNotDeadlock() {
    Database fresh = new Database();
    fresh.register(new TagType("tags"));
    ItemType unregistered = new ItemType("things");

    // A repository or query created in a query callback registers its type on first use. Where
    // that is refused, it must be refused like a write; it must never wait for the read lock held
    // by its own thread. The bound only detects a hang.
    assertTimeoutPreemptively(
        Duration.ofSeconds(3),
        () ->
            fresh.read(
                () -> {
                  try {
                    fresh.register(unregistered);
                  } catch (RelataException refused) {
                    // Refusing is fine; hanging is not.
                  }
                  return null;
                }));
  }
}
