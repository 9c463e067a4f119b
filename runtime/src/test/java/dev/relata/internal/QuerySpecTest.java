package dev.relata.internal;

import static dev.relata.internal.TestEntities.GROUPS;
import static dev.relata.internal.TestEntities.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Group;
import dev.relata.internal.TestEntities.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QuerySpecTest {
  private final QuerySpec<Item> items = QuerySpec.of(ITEMS);
  private final QuerySpec<Group> groups = QuerySpec.of(GROUPS);

  private static void assertPlain(QuerySpec<?> spec) {
    assertEquals(List.of(), spec.filters);
    assertEquals(List.of(), spec.existence);
    assertNull(spec.order);
    assertEquals(0, spec.offset);
    assertEquals(-1, spec.limit);
    assertEquals(List.of(), spec.loads);
  }

  @Test
  void ofSelectsEveryRowInInsertionOrder() {
    assertSame(ITEMS, items.type());
    assertPlain(items);
  }

  @Test
  void whereReturnsNewSpecAndLeavesOriginalUnchanged() {
    Predicate<Item> named = item -> item.name != null;

    QuerySpec<Item> filtered = items.where(named);

    assertNotSame(items, filtered);
    assertEquals(List.of(named), filtered.filters);
    assertPlain(items);
  }

  @Test
  void whereOnOneSpecTwiceGivesIndependentSpecs() {
    Predicate<Item> first = item -> true;
    Predicate<Item> second = item -> false;
    QuerySpec<Item> base = items.where(first);

    QuerySpec<Item> a = base.where(first);
    QuerySpec<Item> b = base.where(second);

    assertEquals(List.of(first), base.filters);
    assertEquals(List.of(first, first), a.filters);
    assertEquals(List.of(first, second), b.filters);
  }

  @Test
  void orderByReturnsNewSpecAndLeavesOriginalOrderUnchanged() {
    Comparator<Item> byName = Comparator.comparing(item -> item.name);
    Comparator<Item> byId = Comparator.comparing(item -> item.id);
    QuerySpec<Item> ordered = items.orderBy(byName);

    QuerySpec<Item> reordered = ordered.orderBy(byId);

    assertNotSame(ordered, reordered);
    assertNull(items.order);
    assertSame(byName, ordered.order);
    Item a1 = new Item(1L, null, "a");
    Item a2 = new Item(2L, null, "a");
    Item b0 = new Item(0L, null, "b");
    List<Item> rows = new ArrayList<>(List.of(b0, a2, a1));
    rows.sort(reordered.order);
    assertEquals(List.of(a1, a2, b0), rows);
  }

  @Test
  void limitAndOffsetReturnNewSpecsAndLeaveOriginalUnchanged() {
    QuerySpec<Item> limited = items.limit(3);
    QuerySpec<Item> paged = limited.offset(5);

    assertNotSame(items, limited);
    assertNotSame(limited, paged);
    assertPlain(items);
    assertEquals(3, limited.limit);
    assertEquals(0, limited.offset);
    assertEquals(3, paged.limit);
    assertEquals(5, paged.offset);
    assertEquals(7, paged.limit(7).limit);
    assertEquals(3, paged.limit);
  }

  @Test
  void firstOnlyReturnsNewSpecLimitedToOneRow() {
    QuerySpec<Item> paged = items.offset(2).limit(10);

    QuerySpec<Item> first = paged.firstOnly();

    assertNotSame(paged, first);
    assertEquals(1, first.limit);
    assertEquals(2, first.offset);
    assertEquals(10, paged.limit);
    assertEquals(0, items.limit(0).firstOnly().limit);
  }

  @Test
  void withReturnsNewSpecAndLeavesOriginalUnchanged() {
    QuerySpec<Item> refined = QuerySpec.of(ITEMS).limit(2);

    QuerySpec<Group> loading = groups.with(TestEntities.groupItems(), refined);

    assertNotSame(groups, loading);
    assertPlain(groups);
    assertEquals(1, loading.loads.size());
    assertSame(TestEntities.groupItems(), loading.loads.get(0).relation());
    assertSame(refined, loading.loads.get(0).spec());
  }

  @Test
  void withOfLoadedRelationReplacesItOnlyInTheNewSpec() {
    QuerySpec<Item> two = QuerySpec.of(ITEMS).limit(2);
    QuerySpec<Item> three = QuerySpec.of(ITEMS).limit(3);
    QuerySpec<Group> loadingTwo = groups.with(TestEntities.groupItems(), two);

    QuerySpec<Group> loadingThree = loadingTwo.with(TestEntities.groupItems(), three);

    assertEquals(1, loadingTwo.loads.size());
    assertSame(two, loadingTwo.loads.get(0).spec());
    assertEquals(1, loadingThree.loads.size());
    assertSame(three, loadingThree.loads.get(0).spec());
  }

  @Test
  void withAllReturnsNewSpecLoadingEveryRelationAndLeavesOriginalUnchanged() {
    QuerySpec<Group> all = groups.withAll();

    assertNotSame(groups, all);
    assertPlain(groups);
    assertEquals(1, all.loads.size());
    assertSame(TestEntities.groupItems(), all.loads.get(0).relation());
    assertPlain(all.loads.get(0).spec());
  }

  @Test
  void withAllKeepsLoadAskedForBefore() {
    QuerySpec<Item> refined = QuerySpec.of(ITEMS).limit(1);
    QuerySpec<Group> loading = groups.with(TestEntities.groupItems(), refined);

    QuerySpec<Group> all = loading.withAll();

    assertEquals(1, all.loads.size());
    assertSame(refined, all.loads.get(0).spec());
  }

  @Test
  void hasReturnsNewSpecAndLeavesOriginalUnchanged() {
    QuerySpec<Item> refined = QuerySpec.of(ITEMS).offset(2);

    QuerySpec<Group> having = groups.has(TestEntities.groupItems(), refined);
    QuerySpec<Group> lacking = having.doesntHave(TestEntities.groupItems(), refined);

    assertNotSame(groups, having);
    assertPlain(groups);
    assertEquals(1, having.existence.size());
    assertTrue(having.existence.get(0).present());
    assertEquals(2, lacking.existence.size());
    assertFalse(lacking.existence.get(1).present());
  }

  @Test
  void everyMethodLeavesTheRefiningSpecsUnchanged() {
    QuerySpec<Item> refined = QuerySpec.of(ITEMS);
    groups
        .with(TestEntities.groupItems(), refined)
        .has(TestEntities.groupItems(), refined)
        .where(group -> true)
        .orderBy(Comparator.comparing(group -> group.name))
        .limit(1)
        .offset(1)
        .withAll()
        .firstOnly();

    assertPlain(refined);
    assertPlain(groups);
  }

  @Test
  void listsOfSpecCannotBeChanged() {
    QuerySpec<Group> spec =
        groups
            .where(group -> true)
            .has(TestEntities.groupItems(), items)
            .with(TestEntities.groupItems(), items);

    assertThrows(UnsupportedOperationException.class, () -> spec.filters.add(group -> false));
    assertThrows(UnsupportedOperationException.class, () -> spec.existence.clear());
    assertThrows(UnsupportedOperationException.class, () -> spec.loads.clear());
  }

  @Test
  void specSharedBetweenQueriesGivesSameResultsAfterOthersDeriveFromIt() {
    Database db = new Database();
    db.register(GROUPS);
    db.save(
        GROUPS,
        List.of(
            new Group(null, "red", List.of(new Item(null, null, "a"), new Item(null, null, "b"))),
            new Group(null, "blue", List.of())));
    QuerySpec<Group> shared = groups.where(group -> group.name.startsWith("r"));

    List<Group> before = db.list(shared);
    db.list(shared.withAll().limit(0));
    db.list(shared.where(group -> false));
    List<Group> after = db.list(shared);

    assertEquals(1, before.size());
    assertNull(before.get(0).items);
    assertEquals(1, after.size());
    assertNull(after.get(0).items);
  }
}
