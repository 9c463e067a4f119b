package dev.relata.examples.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.Store;
import org.junit.jupiter.api.Test;

/** associate writes the owner key the parent has in the store, not the one of a stale copy. */
class AssociateByOwnerKeyTest {
  private final Store store = Store.inMemory();
  private final ShelfRepository shelves = new ShelfRepository(store);
  private final BookRepository books = new BookRepository(store);

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
