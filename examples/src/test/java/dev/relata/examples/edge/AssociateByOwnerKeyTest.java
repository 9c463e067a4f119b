package dev.relata.examples.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import dev.relata.examples.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** associate writes the owner key the parent has in the store, not the one of a stale copy. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AssociateByOwnerKeyTest {
  private final Store store;
  private final ShelfRepository shelves;
  private final BookRepository books;

  AssociateByOwnerKeyTest(StoreKind kind) {
    store = kind.open();
    shelves = new ShelfRepository(store);
    books = new BookRepository(store);
    kind.ready(store);
  }

  @Test
  void associateWithAStaleParentUsesTheStoredOwnerKey() {
    Shelf stale = shelves.save(new Shelf("A1"));
    Shelf renamed = shelves.find(stale.id).orElseThrow();
    renamed.code = "B2";
    shelves.save(renamed);
    Book book = books.save(new Book("Dune"));

    books.shelf(book).associate(stale);

    Book stored = books.find(book.id).orElseThrow();
    assertEquals("B2", stored.shelfCode);
    assertEquals("B2", books.withShelf().first().orElseThrow().shelf.code);
    assertEquals("B2", book.shelfCode);
  }
}
