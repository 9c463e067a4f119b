package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Indexes kept on every write, undone with it; unique indexes refuse what would clash. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class IndexTest {
  private final StoreKind kind;
  private final Store store;
  private final ItemRepository items;
  private final OwnerRepository owners;

  IndexTest(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    items = new ItemRepository(store);
    owners = new OwnerRepository(store);
    kind.ready(store);
  }

  private List<Long> ids(ItemQuery query) {
    return query.get().stream().map(i -> i.id).toList();
  }

  private void assertRefused(DuplicateKeyException e, String value) {
    assertEquals("typedItems", e.entity());
    assertEquals("code", e.field());
    assertEquals(value, e.key());
    assertTrue(e.getMessage().contains("typedItems"), e.getMessage());
    assertTrue(e.getMessage().contains("code 'X'"), e.getMessage());
  }

  @Test
  void uniqueIndexRefusesASecondRowWithTheValueAndWritesNothing() {
    items.save(new Item(1L, null, "a", 1, "n", "X"));
    DuplicateKeyException e =
        assertThrows(
            DuplicateKeyException.class, () -> items.save(new Item(2L, null, "b", 2, "m", "X")));
    assertRefused(e, "X");
    assertEquals(1, items.count());
    assertEquals(List.of(1L), ids(items.query().where(Item_.code.eq("X"))));
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("b"))));
  }

  @Test
  void uniqueIndexRefusesAWholeSaveAllAndANestedSave() {
    items.save(new Item(1L, null, "a", 1, "n", "X"));
    List<Item> batch = new ArrayList<>();
    for (long id = 10; id < 20; id++) {
      batch.add(new Item(id, null, "t", 1, "n", "c" + id));
    }
    batch.add(new Item(20L, null, "t", 1, "n", "X"));
    assertRefused(assertThrows(DuplicateKeyException.class, () -> items.saveAll(batch)), "X");
    assertEquals(1, items.count());

    Owner owner = new Owner(1L, 1);
    owner.items = List.of(new Item(30L, null, "t", 1, "n", "X"));
    assertRefused(assertThrows(DuplicateKeyException.class, () -> owners.save(owner)), "X");
    assertEquals(0, owners.count());
    assertEquals(1, items.count());
  }

  @Test
  void uniqueIndexRefusesAResolverWrite() {
    owners.save(new Owner(1L, 1));
    items.save(new Item(1L, 1L, "a", 1, "n", "X"));
    Owner owner = owners.find(1L).orElseThrow();
    assertRefused(
        assertThrows(
            DuplicateKeyException.class,
            () -> owners.items(owner).create(new Item(2L, null, "b", 1, "n", "X"))),
        "X");
    assertEquals(1, owners.items(owner).count());
  }

  @Test
  void uniqueValuesMaySwapWithinOneSaveAndNullsNeverClash() {
    items.saveAll(
        List.of(new Item(1L, null, "a", 1, "n", "X"), new Item(2L, null, "a", 1, "n", "Y")));
    List<Item> swap =
        List.of(new Item(1L, null, "a", 1, "n", "Y"), new Item(2L, null, "a", 1, "n", "X"));
    if (kind == StoreKind.H2) {
      // H2 checks a unique index row by row (it has no deferred constraints): the swap's first
      // row clashes with the second's old value, and nothing is written.
      DuplicateKeyException clash =
          assertThrows(DuplicateKeyException.class, () -> items.saveAll(swap));
      assertEquals("code", clash.field());
      assertEquals(List.of(1L), ids(items.query().where(Item_.code.eq("X"))));
      items.save(new Item(1L, null, "a", 1, "n", null)); // there, a swap takes three writes
      items.save(swap.get(1));
      items.save(swap.get(0));
    } else {
      items.saveAll(swap);
    }
    assertEquals(List.of(2L), ids(items.query().where(Item_.code.eq("X"))));
    items.saveAll(
        List.of(new Item(3L, null, "a", 1, "n", null), new Item(4L, null, "a", 1, "n", null)));
    assertEquals(List.of(3L, 4L), ids(items.query().where(Item_.code.isNull())));
    // Saving a row again with its own value is no clash.
    items.save(new Item(1L, null, "b", 2, "m", "Y"));
    assertEquals(List.of(1L), ids(items.query().where(Item_.code.eq("Y"))));
  }

  @Test
  void indexesFollowUpdatesAndDeletes() {
    items.saveAll(
        List.of(
            new Item(1L, null, "a", 1, "n1", "c1"),
            new Item(2L, null, "a", 2, "n2", "c2"),
            new Item(3L, null, "b", 3, "n3", "c3")));
    items.save(new Item(1L, null, "b", 9, "z", "c9"));
    items.delete(2L);
    assertEquals(List.of(1L, 3L), ids(items.query().where(Item_.tag.eq("b"))));
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("a"))));
    assertEquals(List.of(1L), ids(items.query().where(Item_.rank.ge(5))));
    assertEquals(List.of(1L, 3L), ids(items.query().orderBy(Item_.rank.desc()).limit(5)));
    assertEquals(List.of(1L), ids(items.query().where(Item_.code.eq("c9"))));
    assertEquals(List.of(), ids(items.query().where(Item_.code.eq("c1"))));
    // The value c2 is free again.
    items.save(new Item(4L, null, "a", 1, "n", "c2"));
    assertEquals(List.of(4L), ids(items.query().where(Item_.code.eq("c2"))));
  }

  @Test
  void aFailedWriteLeavesTheIndexesAsTheyWere() {
    items.saveAll(
        List.of(new Item(1L, null, "a", 1, "n1", "c1"), new Item(2L, null, "a", 2, "n2", "c2")));
    List<Item> batch =
        List.of(
            new Item(1L, null, "z", 50, "zz", "c5"),
            new Item(3L, null, "z", 60, "zz", "c6"),
            new Item(4L, null, "z", 70, "zz", "c2"));
    assertThrows(DuplicateKeyException.class, () -> items.saveAll(batch));
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("z"))));
    assertEquals(List.of(), ids(items.query().where(Item_.rank.ge(10))));
    assertEquals(List.of(1L, 2L), ids(items.query().where(Item_.name.startsWith("n"))));
    assertEquals(List.of(1L), ids(items.query().where(Item_.code.in("c1", "c5"))));
  }

  @Test
  void equalityOnASortedIndexIsEqualsAsInAScan() {
    Item one = new Item(1L, null, "a", 1, "n", null);
    one.price = new BigDecimal("1.0");
    Item other = new Item(2L, null, "a", 1, "n", null);
    other.price = new BigDecimal("1.00");
    items.saveAll(List.of(one, other));
    assertEquals(List.of(1L), ids(items.query().where(Item_.price.eq(new BigDecimal("1.0")))));
    assertEquals(
        List.of(1L, 2L),
        ids(items.query().where(Item_.price.between(BigDecimal.ONE, BigDecimal.ONE))));
    assertEquals(List.of(2L), ids(items.query().where(Item_.price.in(new BigDecimal("1.00")))));
  }

  @Test
  void deleteAllAndItsUndoKeepIndexes() {
    items.saveAll(
        List.of(new Item(1L, null, "a", 1, "n1", "c1"), new Item(2L, null, "a", 2, "n2", "c2")));
    items.deleteAll();
    assertEquals(List.of(), ids(items.query().where(Item_.tag.eq("a"))));
    items.save(new Item(3L, null, "a", 1, "n1", "c1"));
    assertEquals(List.of(3L), ids(items.query().where(Item_.code.eq("c1"))));
    assertEquals(List.of(3L), ids(items.query().orderBy(Item_.rank.asc()).limit(1)));
  }
}
