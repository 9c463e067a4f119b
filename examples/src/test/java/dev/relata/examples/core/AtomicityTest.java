package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.article;
import static dev.relata.examples.core.CoreStore.author;
import static dev.relata.examples.core.CoreStore.board;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Gadget;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DESIGN.md "Semantics", atomicity: every failing write leaves the store exactly as before (rows,
 * their order, counts, relations read through the indexes, and the next assigned keys), with a
 * clear exception.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AtomicityTest {
  private final CoreStore db;

  AtomicityTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  private Author ann;
  private Map<String, List<String>> before;

  /**
   * ann (1): articles 1 and 2, gadget 1, a profile; bob (2): article 3 with a note; folders root
   * (1) and child (2); board 1 with ticket 1. Next keys: author 3, article 4, gadget 2, folder 3,
   * board 2, ticket 2.
   */
  @BeforeEach
  void fill() {
    ann = author("ann", article(null, "a1", 1), article(null, "a2", 2));
    ann.setGadgets(new ArrayList<>(List.of(new Gadget("g1"))));
    ann.setProfile(Profile.of("ann's"));
    db.authors.save(ann);
    Article b1 = article(null, "b1", 3);
    b1.notes = List.of(Note.of("on b1"));
    db.authors.save(author("bob", b1));
    Folder root = new Folder("root");
    Folder child = new Folder("child");
    child.parent = root;
    db.folders.save(child);
    db.boards.save(board("board", new Ticket("ticket")));
    before = db.snapshot();
  }

  @AfterEach
  void resetGadgets() {
    Gadget.failConstruction = false;
  }

  /**
   * Asserts the store is exactly as {@link #fill} left it, including the next keys (on a SQL store,
   * keys no lower: see {@link CoreStore#assertAssignedNext}).
   */
  private void assertStoreAsFilled() {
    db.assertUnchanged(before);
    db.assertAssignedNext(3, db.authors.save(new Author("probe")).getId());
    db.assertAssignedNext(4, db.articles.save(new Article("probe", 0)).id);
    db.assertAssignedNext(2, db.gadgets.save(new Gadget("probe")).getId());
    db.assertAssignedNext(3, db.folders.save(new Folder("probe")).id);
    db.assertAssignedNext(2, db.boards.save(Board.of("probe")).id());
    db.assertAssignedNext(2, db.tickets.save(new Ticket("probe")).getId());
  }

  /** Asserts {@code write} fails with a RelataException that wraps the entity code's exception. */
  private static void assertWrapsEntityFailure(String boom, Executable write) {
    RelataException e = assertThrows(RelataException.class, write);
    assertEquals(RelataException.class, e.getClass());
    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    assertTrue(e.getMessage().contains(boom), e.getMessage());
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(boom, e.getCause().getMessage());
  }

  /** ann as loaded, renamed, a1 retitled, a new article added: rows replaced and inserted. */
  private Author annWithChanges() {
    Author loaded = db.authors.withArticles().get().get(0);
    loaded.setName("ann renamed");
    loaded.getArticles().get(0).title = "a1 retitled";
    loaded.getArticles().add(new Article("a3", 3));
    loaded.setProfile(Profile.of("second profile"));
    return loaded;
  }

  // ---- Duplicate keys ----

  @Test
  void insertOfADuplicateKeyLeavesTheStoreExactlyAsBefore() {
    Author clash = author("clash", new Article("new", 0));
    clash.setId(1L);
    clash.setGadgets(List.of(new Gadget("new")));
    clash.setProfile(Profile.of("new"));

    DuplicateKeyException e =
        assertThrows(DuplicateKeyException.class, () -> db.authors.insert(clash));

    assertEquals(
        "coreAuthors already has a row with key 1; use save to replace it", e.getMessage());
    assertStoreAsFilled();
  }

  @Test
  void createManyWithADuplicateKeyLeavesTheStoreExactlyAsBefore() {
    Article clash = new Article("clash", 0);
    clash.id = 3;

    assertThrows(
        DuplicateKeyException.class,
        () -> db.authors.articles(ann).createMany(List.of(new Article("fine", 0), clash)));

    assertStoreAsFilled();
  }

  // ---- Entity code that throws ----

  @Test
  void getterThatThrowsDuringANestedSaveLeavesTheStoreExactlyAsBefore() {
    Author changed = annWithChanges();
    changed.setGadgets(List.of(new Gadget("fine"), new Gadget(Gadget.GETTER_BOOM)));

    assertWrapsEntityFailure("getter boom", () -> db.authors.save(changed));

    assertStoreAsFilled();
  }

  @Test
  void setterThatThrowsDuringANestedSaveLeavesTheStoreExactlyAsBefore() {
    Author changed = annWithChanges();
    changed.setGadgets(List.of(new Gadget("fine"), new Gadget(Gadget.SETTER_BOOM)));

    assertWrapsEntityFailure("setter boom", () -> db.authors.save(changed));

    assertStoreAsFilled();
  }

  @Test
  void constructorThatThrowsDuringANestedSaveLeavesTheStoreExactlyAsBefore() {
    Author changed = annWithChanges();
    changed.setGadgets(List.of(new Gadget("fine")));

    Gadget.failConstruction = true;
    try {
      assertWrapsEntityFailure("constructor boom", () -> db.authors.save(changed));
    } finally {
      Gadget.failConstruction = false;
    }

    assertStoreAsFilled();
  }

  @Test
  void keySetterThatThrowsAfterTheRowsAreStoredLeavesTheStoreExactlyAsBefore() {
    Author changed = annWithChanges();
    changed.setGadgets(List.of(new Gadget("fine"), new Gadget("late").rejectKeyWrites()));

    assertWrapsEntityFailure("setId boom", () -> db.authors.save(changed));

    assertStoreAsFilled();
  }

  @Test
  void failedSaveWritesNoAssignedKeysIntoTheCallersObjects() {
    Author changed = annWithChanges();
    Article added = changed.getArticles().get(2);
    Gadget fine = new Gadget("fine");
    changed.setGadgets(List.of(fine, new Gadget("late").rejectKeyWrites()));

    assertThrows(RelataException.class, () -> db.authors.save(changed));

    assertNull(
        added.id, "a key of a row that was never stored was written into the caller's object");
    assertNull(
        fine.getId(), "a key of a row that was never stored was written into the caller's object");
  }

  @Test
  void retryOfAFailedSaveDoesNotOverwriteARowSavedInBetween() {
    Author changed = annWithChanges();
    Article added = changed.getArticles().get(2);
    Gadget late = new Gadget("late").rejectKeyWrites();
    changed.setGadgets(List.of(late));
    assertThrows(RelataException.class, () -> db.authors.save(changed));
    Article other = db.articles.save(new Article("saved by someone else", 0));
    changed.setGadgets(List.of(new Gadget("fixed")));

    db.authors.save(changed);

    db.assertAssignedNext(4, other.id);
    Article stored = db.articles.find(other.id).orElseThrow();
    assertEquals("saved by someone else", stored.title);
    assertNull(stored.authorId);
    assertEquals(
        List.of("a1 retitled", "a2", "b1", "saved by someone else", "a3"),
        db.articles.all().stream().map(a -> a.title).toList(),
        "a3 must be stored beside the other article");
    assertEquals(ann.getId(), db.articles.find(added.id).orElseThrow().authorId);
  }

  @Test
  void keySetterThatThrowsInASaveAllOfManyRowsLeavesTheStoreExactlyAsBefore() {
    List<Author> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(author("author " + i, new Article("article " + i, i)));
    }
    Author mover = db.authors.find(2L).orElseThrow();
    List<Article> moved = new ArrayList<>(db.articles.all());
    moved.forEach(a -> a.title = "moved");
    mover.setArticles(moved);
    all.add(1, mover);
    Author last = new Author("last");
    last.setGadgets(List.of(new Gadget("late").rejectKeyWrites()));
    all.add(last);

    assertWrapsEntityFailure("setId boom", () -> db.authors.saveAll(all));

    assertStoreAsFilled();
  }

  // ---- A null element inside a nested list ----

  @Test
  void nullElementInANestedListLeavesTheStoreExactlyAsBefore() {
    Author changed = annWithChanges();
    changed.getArticles().add(null);
    int position = changed.getArticles().size() - 1;

    RelataException e = assertThrows(RelataException.class, () -> db.authors.save(changed));

    assertTrue(e.getMessage().contains("holds null at position " + position), e.getMessage());
    assertTrue(e.getMessage().contains("articles"), e.getMessage());
    assertStoreAsFilled();
  }

  @Test
  void nullElementTwoLevelsDownLeavesTheStoreExactlyAsBefore() {
    Article deep = new Article("deep", 0);
    deep.notes = Arrays.asList(Note.of("fine"), null);
    List<Author> authors = List.of(annWithChanges(), author("new", deep));

    RelataException e = assertThrows(RelataException.class, () -> db.authors.saveAll(authors));

    assertTrue(e.getMessage().contains("holds null at position 1"), e.getMessage());
    assertTrue(e.getMessage().contains("notes"), e.getMessage());
    assertStoreAsFilled();
  }

  // ---- Resolver writes ----

  @Test
  void failingHasManyCreateManyLeavesTheStoreExactlyAsBefore() {
    List<Gadget> gadgets = List.of(new Gadget("fine"), new Gadget(Gadget.GETTER_BOOM));

    assertWrapsEntityFailure("getter boom", () -> db.authors.gadgets(ann).createMany(gadgets));

    assertStoreAsFilled();
  }

  @Test
  void failingHasManySaveOfAChildCarryingAFailingParentLeavesTheStoreExactlyAsBefore() {
    Author carried = new Author("carried");
    carried.setGadgets(List.of(new Gadget("late").rejectKeyWrites()));
    Note note = new Note(null, "n", null, null);
    Article child = db.articles.find(1).orElseThrow();
    child.title = "changed";
    child.notes = List.of(note);
    child.author = carried;

    assertWrapsEntityFailure("setId boom", () -> db.authors.articles(ann).save(child));

    assertStoreAsFilled();
  }

  @Test
  void failingHasOneSaveLeavesTheStoreExactlyAsBefore() {
    Author carried = new Author("carried");
    carried.setArticles(Arrays.asList(new Article("fine", 0), null));

    assertThrows(
        RelataException.class,
        () -> db.authors.profile(ann).save(new Profile(null, "p", null, carried)));

    assertStoreAsFilled();
  }

  @Test
  void failingAssociateLeavesTheStoreAndTheChildAsBefore() {
    Article a1 = db.articles.find(1).orElseThrow();
    Author parent = new Author("parent");
    parent.setGadgets(List.of(new Gadget(Gadget.SETTER_BOOM)));

    assertWrapsEntityFailure("setter boom", () -> db.articles.author(a1).associate(parent));

    assertNull(a1.author);
    assertEquals(1L, a1.authorId);
    assertStoreAsFilled();
  }

  @Test
  void failingDissociateLeavesTheStoreAndTheChildAsBefore() {
    Ticket ticket = db.tickets.find(1).orElseThrow();
    int boardId = ticket.getBoardId();

    // A primitive foreign key cannot be cleared: the dissociate fails before it writes anything.
    assertThrows(RelataException.class, () -> db.tickets.board(ticket).dissociate());

    assertEquals(boardId, ticket.getBoardId());
    assertStoreAsFilled();
  }

  @Test
  void dissociateChangesOnlyTheStoredKeyWhateverTheChildCarries() {
    Article a1 = db.articles.find(1).orElseThrow();
    a1.notes =
        Arrays.asList((Note) null); // would fail a whole save; dissociate touches only the key

    db.articles.author(a1).dissociate();

    assertNull(db.articles.find(1).orElseThrow().authorId);
    assertNull(a1.authorId);
  }
}
