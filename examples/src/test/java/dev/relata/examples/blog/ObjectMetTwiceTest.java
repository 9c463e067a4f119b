package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An object that a save meets twice (inside a parent and on its own) is saved once, linked. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ObjectMetTwiceTest {
  private final Store store;
  private final CategoryRepository categories;

  ObjectMetTwiceTest(StoreKind kind) {
    store = kind.open();
    categories = new CategoryRepository(store);
    kind.ready(store);
  }

  @Test
  void aChildSavedInsideItsParentAndOnItsOwnKeepsItsForeignKey() {
    Category root = new Category("root", "Root");
    Category child = new Category("child", "Child");
    root.children = List.of(child);

    categories.saveAll(List.of(root, child));

    assertEquals("root", categories.find("child").orElseThrow().parentSlug);
    assertEquals("root", child.parentSlug);
    assertEquals(2, categories.count());
  }

  @Test
  void theOrderOfTheTwoMeetingsDoesNotMatter() {
    Category root = new Category("root", "Root");
    Category child = new Category("child", "Child");
    root.children = List.of(child);

    categories.saveAll(List.of(child, root));

    assertEquals("root", categories.find("child").orElseThrow().parentSlug);
    assertEquals(2, categories.count());
  }
}
