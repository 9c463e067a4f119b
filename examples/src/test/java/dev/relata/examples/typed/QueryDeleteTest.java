package dev.relata.examples.typed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code query.delete()}: exactly the rows {@code get()} returns, with {@code onDelete}. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class QueryDeleteTest {
  private final Store store;
  private final ItemRepository items;
  private final OwnerRepository owners;

  QueryDeleteTest(StoreKind kind) {
    store = kind.open();
    items = new ItemRepository(store);
    owners = new OwnerRepository(store);
    kind.ready(store);
  }

  private List<Long> ids(List<Item> rows) {
    return rows.stream().map(i -> i.id).toList();
  }

  private void fill() {
    owners.saveAll(List.of(new Owner(1L, 10), new Owner(2L, 20), new Owner(3L, 30)));
    for (long id = 1; id <= 9; id++) {
      items.save(
          new Item(id, 1 + id % 3, id % 2 == 0 ? "even" : "odd", (int) (10 - id), "n", null));
    }
  }

  @Test
  void deletesThePageTheQueryWouldReturn() {
    fill();
    ItemQuery page =
        items.query().where(Item_.tag.eq("odd")).orderBy(Item_.rank.asc()).offset(1).limit(2);
    List<Long> expected = ids(page.get());
    assertEquals(List.of(7L, 5L), expected);
    assertEquals(2, page.delete());
    assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 8L, 9L), ids(items.all()));
  }

  @Test
  void appliesOnDeleteAndLeavesLoadedRelationsAlone() {
    fill();
    long deleted = owners.query().where(Owner_.level.ge(20)).withItems().delete();
    assertEquals(2, deleted);
    assertEquals(List.of(1L), owners.all().stream().map(o -> o.id).toList());
    // The items of owners 2 and 3 went by CASCADE, not because they were loaded.
    assertEquals(List.of(3L, 6L, 9L), ids(items.all()));
    assertEquals(3, items.query().withOwner().delete());
    assertEquals(1, owners.count());
  }

  @Test
  void deletesWithExistenceFiltersAndLambdas() {
    fill();
    items.query().where(Item_.ownerId.eq(3L)).delete();
    assertEquals(1, owners.query().doesntHaveItems().delete());
    assertEquals(List.of(1L, 2L), owners.all().stream().map(o -> o.id).toList());
    assertEquals(0, items.query().where(i -> false).delete());
    assertEquals(6, items.count());
  }
}
