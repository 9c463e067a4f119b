package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.article;
import static dev.relata.examples.core.CoreStore.author;
import static dev.relata.examples.core.CoreStore.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.ArticleQuery;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.AuthorQuery;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Journal;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** DESIGN.md "Repository", key assignment, insertion order, and insert versus save. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class RepositoryTest {
  private final CoreStore db;

  RepositoryTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  private List<String> authorNames() {
    List<String> names = new ArrayList<>();
    for (Author a : db.authors.all()) {
      names.add(a.getName());
    }
    return names;
  }

  // ---- Key assignment ----

  @Test
  void saveAssignsNextLongKeyAndReturnsTheObjectPassedIn() {
    Author first = new Author("first");
    Author second = new Author("second");

    Author savedFirst = db.authors.save(first);
    Author savedSecond = db.authors.save(second);

    assertSame(first, savedFirst);
    assertSame(second, savedSecond);
    assertEquals(1L, first.getId());
    assertEquals(2L, second.getId());
    assertEquals("second", db.authors.find(2L).orElseThrow().getName());
  }

  @Test
  void saveAssignsNextIntegerKey() {
    Article a = db.articles.save(new Article("a", 0));
    Article b = db.articles.save(new Article("b", 0));

    assertEquals(1, a.id);
    assertEquals(2, b.id);
  }

  @Test
  void primitiveLongKeyZeroCountsAsUnassigned() {
    Folder a = new Folder("a");
    Folder b = new Folder("b");
    assertEquals(0L, a.id);

    db.folders.save(a);
    db.folders.save(b);

    assertEquals(1L, a.id);
    assertEquals(2L, b.id);
    assertTrue(db.folders.find(0).isEmpty());
    assertEquals(2, db.folders.count());
  }

  @Test
  void primitiveIntKeyZeroCountsAsUnassigned() {
    Ticket a = db.tickets.save(new Ticket("a"));
    Ticket b = db.tickets.save(new Ticket("b"));

    assertEquals(1, a.getId());
    assertEquals(2, b.getId());
    assertTrue(db.tickets.find(0).isEmpty());
  }

  @Test
  void savingRecordReturnsNewInstanceCarryingAssignedKey() {
    Board unsaved = Board.of("plans");

    Board saved = db.boards.save(unsaved);

    assertNotSame(unsaved, saved);
    assertEquals(0, unsaved.id());
    assertEquals(1, saved.id());
    assertEquals("plans", saved.title());
    assertEquals(saved.id(), db.boards.find(1).orElseThrow().id());
    assertEquals(2, db.boards.save(Board.of("more")).id());
  }

  @Test
  void uuidKeyOfRecordIsAssignedRandomly() {
    Note unsaved = Note.of("x");

    Note first = db.notes.save(unsaved);
    Note second = db.notes.save(Note.of("y"));

    assertNull(unsaved.id());
    assertNotNull(first.id());
    assertNotNull(second.id());
    assertNotEquals(first.id(), second.id());
    assertEquals("x", db.notes.find(first.id()).orElseThrow().text());
  }

  @Test
  void stringKeyIsAssignedARandomUuidText() {
    Journal journal = new Journal("diary");
    Journal other = new Journal("log");

    assertSame(journal, db.journals.save(journal));
    db.journals.save(other);
    Profile profile = db.profiles.save(Profile.of("bio"));

    assertNotNull(journal.id);
    assertEquals(journal.id, UUID.fromString(journal.id).toString());
    assertNotEquals(journal.id, other.id);
    assertNotNull(profile.handle());
    assertEquals(profile.handle(), UUID.fromString(profile.handle()).toString());
    assertEquals("diary", db.journals.find(journal.id).orElseThrow().title);
  }

  @Test
  void assignedKeysAreGreaterThanAnyKeyHeldAlsoAfterDeletes() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));
    assertTrue(db.authors.delete(3L));

    assertEquals(4L, db.authors.save(new Author("d")).getId());

    assertEquals(3, db.authors.deleteAll());
    assertEquals(5L, db.authors.save(new Author("e")).getId());
  }

  @Test
  void assignedPrimitiveKeysAreGreaterThanAnyKeyHeldAlsoAfterDeletes() {
    Ticket a = db.tickets.save(new Ticket("a"));
    db.tickets.save(new Ticket("b"));
    db.tickets.delete(2);
    db.tickets.delete(a.getId());

    assertEquals(3, db.tickets.save(new Ticket("c")).getId());
  }

  @Test
  void assignedKeysGoAboveExplicitKeysStoredBefore() {
    Author explicit = new Author("explicit");
    explicit.setId(10L);
    db.authors.save(explicit);

    assertEquals(11L, db.authors.save(new Author("next")).getId());
  }

  @Test
  void assignedKeysGoAboveExplicitKeysOfTheSameSave() {
    Author unkeyed = new Author("unkeyed");
    Author explicit = new Author("explicit");
    explicit.setId(7L);

    db.authors.saveAll(List.of(unkeyed, explicit));

    assertEquals(8L, unkeyed.getId());
    assertEquals(List.of("unkeyed", "explicit"), authorNames());
  }

  @Test
  void noIntKeyIsAssignedOnceTheLargestIntHasBeenHeld() {
    Ticket largest = new Ticket("largest");
    largest.setId(Integer.MAX_VALUE);
    db.tickets.save(largest);

    assertThrows(RelataException.class, () -> db.tickets.save(new Ticket("next")));

    assertEquals(List.of(Integer.MAX_VALUE), ids(db.tickets.all(), Ticket::getId));
  }

  @Test
  void noLongKeyIsAssignedOnceTheLargestLongHasBeenHeld() {
    Author largest = new Author("largest");
    largest.setId(Long.MAX_VALUE);
    db.authors.save(largest);
    Author next = new Author("next");

    assertThrows(
        RelataException.class, () -> db.authors.save(next), () -> "assigned " + next.getId());

    assertEquals(List.of(Long.MAX_VALUE), ids(db.authors.all(), Author::getId));
  }

  // ---- save / saveAll, insertion order ----

  @Test
  void allReturnsRowsInInsertionOrderNotKeyOrder() {
    for (long id : new long[] {5, 2, 9}) {
      Author a = new Author("a" + id);
      a.setId(id);
      db.authors.save(a);
    }

    assertEquals(List.of("a5", "a2", "a9"), authorNames());
  }

  @Test
  void replacedRowKeepsItsPlaceInInsertionOrder() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));
    Author replacement = new Author("B");
    replacement.setId(2L);

    db.authors.save(replacement);

    assertEquals(List.of("a", "B", "c"), authorNames());
    assertEquals(3, db.authors.count());
  }

  @Test
  void saveAllReturnsSavedEntitiesInOrder() {
    Author a = new Author("a");
    Author b = new Author("b");

    List<Author> saved = db.authors.saveAll(List.of(a, b));

    assertEquals(2, saved.size());
    assertSame(a, saved.get(0));
    assertSame(b, saved.get(1));
    assertEquals(List.of(1L, 2L), ids(saved, Author::getId));
  }

  @Test
  void saveAllOfRecordsReturnsNewInstancesWithKeys() {
    List<Board> saved = db.boards.saveAll(List.of(Board.of("x"), Board.of("y")));

    assertEquals(List.of(1, 2), ids(saved, Board::id));
    assertEquals(List.of("x", "y"), ids(saved, Board::title));
  }

  @Test
  void saveOfNullIsRejectedWithMessageNamingTheEntity() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> db.authors.save(null));
    assertTrue(e.getMessage().contains("Author"), e.getMessage());
    assertEquals(0, db.authors.count());
  }

  @Test
  void saveAllWithNullElementStoresNothing() {
    List<Author> withNull = Arrays.asList(new Author("a"), null);

    assertThrows(NullPointerException.class, () -> db.authors.saveAll(withNull));

    assertEquals(0, db.authors.count());
    assertEquals(1L, db.authors.save(new Author("b")).getId());
  }

  // ---- insert ----

  @Test
  void insertStoresNewRowAndAssignsKey() {
    Author a = new Author("a");

    assertSame(a, db.authors.insert(a));

    assertEquals(1L, a.getId());
    Author explicit = new Author("explicit");
    explicit.setId(5L);
    db.authors.insert(explicit);
    assertEquals(List.of("a", "explicit"), authorNames());
  }

  @Test
  void insertOfExistingKeyThrowsDuplicateKeyAndChangesNothing() {
    Author stored = db.authors.save(author("original", article(null, "kept", 1)));
    Map<String, List<String>> before = db.snapshot();
    Author clash = author("clash", article(null, "would be new", 2));
    clash.setId(stored.getId());

    DuplicateKeyException e =
        assertThrows(DuplicateKeyException.class, () -> db.authors.insert(clash));

    assertEquals("coreAuthors", e.entity());
    assertEquals(1L, e.key());
    assertTrue(e.getMessage().contains("coreAuthors"), e.getMessage());
    assertTrue(e.getMessage().contains("1"), e.getMessage());
    db.assertUnchanged(before);
    assertNull(clash.getArticles().get(0).id, "nested row of a failed insert got a key");
    db.assertAssignedNext(2, db.articles.save(new Article("next", 0)).id);
    db.assertAssignedNext(2, db.authors.save(new Author("next")).getId());
  }

  @Test
  void insertOfExistingPrimitiveKeyThrowsDuplicateKey() {
    db.tickets.save(new Ticket("a"));
    Ticket clash = new Ticket("b");
    clash.setId(1);

    assertThrows(DuplicateKeyException.class, () -> db.tickets.insert(clash));

    assertEquals("a", db.tickets.find(1).orElseThrow().getTitle());
  }

  @Test
  void insertOfExistingRecordKeyThrowsDuplicateKey() {
    Note stored = db.notes.save(Note.of("a"));

    assertThrows(
        DuplicateKeyException.class, () -> db.notes.insert(new Note(stored.id(), "b", null, null)));

    assertEquals(List.of("a"), ids(db.notes.all(), Note::text));
  }

  @Test
  void insertChecksTopLevelRowOnlyNestedRowsUpsert() {
    db.articles.save(article(1, "old", 0));

    Author a = db.authors.insert(author("new", article(1, "replaced", 3)));

    assertEquals(1, db.articles.count());
    Article stored = db.articles.find(1).orElseThrow();
    assertEquals("replaced", stored.title);
    assertEquals(a.getId(), stored.authorId);
  }

  @Test
  void insertOfAPrimitiveKeyOfZeroAssignsAKey() {
    Ticket a = db.tickets.insert(new Ticket("a"));
    Ticket b = db.tickets.insert(new Ticket("b"));

    assertEquals(1, a.getId());
    assertEquals(2, b.getId());
    assertEquals(2, db.tickets.count());
  }

  // ---- find / findAll / count / delete / deleteAll ----

  @Test
  void findReturnsRowByKeyOrEmpty() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b")));

    assertEquals("b", db.authors.find(2L).orElseThrow().getName());
    assertEquals("a", db.authors.find(1).orElseThrow().getName());
    assertEquals(Optional.empty(), db.authors.find(3L));
  }

  @Test
  void findOfNullIdIsRejected() {
    assertThrows(NullPointerException.class, () -> db.authors.find((Long) null));
  }

  @Test
  void findAllFollowsOrderOfIdsSkipsMissingAndRepeatsRepeated() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));

    List<Author> found = db.authors.findAll(List.of(3L, 99L, 1L, 3L));

    assertEquals(List.of("c", "a", "c"), ids(found, Author::getName));
    assertNotSame(found.get(0), found.get(2));
  }

  @Test
  void countCountsRows() {
    assertEquals(0, db.authors.count());
    db.authors.saveAll(List.of(new Author("a"), new Author("b")));
    assertEquals(2, db.authors.count());
    db.authors.delete(1L);
    assertEquals(1, db.authors.count());
  }

  @Test
  void deleteRemovesRowAndReportsWhetherThereWasOne() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));

    assertTrue(db.authors.delete(2L));
    assertFalse(db.authors.delete(2L));
    assertFalse(db.authors.delete(42));

    assertEquals(List.of("a", "c"), authorNames());
    assertTrue(db.authors.find(2L).isEmpty());
  }

  @Test
  void deleteAllRemovesEveryRowAndReturnsHowMany() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));

    assertEquals(3, db.authors.deleteAll());

    assertEquals(0, db.authors.count());
    assertEquals(List.of(), db.authors.all());
    assertEquals(0, db.authors.deleteAll());
  }

  @Test
  void newRowsAfterDeleteGoToTheEndOfInsertionOrder() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));
    db.authors.delete(1L);
    Author again = new Author("a again");
    again.setId(1L);

    db.authors.save(again);

    assertEquals(List.of("b", "c", "a again"), authorNames());
  }

  @Test
  void insertionOrderAndIndexesSurviveManyDeletes() {
    List<Author> all = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      all.add(author("a" + i, article(null, "t" + i, i)));
    }
    db.authors.saveAll(all);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i % 7 == 3) {
        expected.add("a" + i);
      } else {
        db.authors.delete((long) i + 1);
        db.articles.delete(i + 1);
      }
    }
    Author replaced = new Author("replaced");
    replaced.setId(4L);
    db.authors.save(replaced);
    expected.set(0, "replaced");
    expected.add("a300");
    db.authors.save(author("a300", article(null, "t300", 300)));

    assertEquals(expected, authorNames());
    for (Author a : db.authors.withArticles().get()) {
      assertEquals(1, a.getArticles().size(), a.toString());
      assertEquals(a.getId(), a.getArticles().get(0).authorId);
    }
    assertEquals(302L, db.authors.save(new Author("last")).getId());
  }

  @Test
  void deleteAllOfChildrenEmptiesEveryLoadedListAndLaterChildrenAreFound() {
    db.authors.save(author("a", article(null, "x", 1), article(null, "y", 2)));

    assertEquals(2, db.articles.deleteAll());

    assertEquals(List.of(), db.authors.withArticles().get().get(0).getArticles());
    Author a = db.authors.find(1L).orElseThrow();
    db.authors.articles(a).create(new Article("z", 3));
    assertEquals(
        List.of("z"), ids(db.authors.withArticles().get().get(0).getArticles(), x -> x.title));
    assertEquals(3, db.articles.find(3).orElseThrow().id);
  }

  @Test
  void storesAreIndependent() {
    CoreStore other = new CoreStore(db.kind);

    db.authors.save(new Author("here"));

    assertEquals(0, other.authors.count());
    assertEquals(1L, other.authors.save(new Author("there")).getId());
    assertEquals(List.of("here"), authorNames());
  }

  // ---- query and shortcuts ----

  @Test
  void queryRunsOverEveryRow() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b")));

    AuthorQuery query = db.authors.query();

    assertEquals(List.of("a", "b"), ids(query.get(), Author::getName));
    assertEquals(2, query.count());
  }

  @Test
  void repositoryWithShortcutsEqualQueryWith() {
    db.authors.save(author("a", article(null, "x", 1), article(null, "y", 2)));

    List<Author> loaded = db.authors.withArticles().get();
    List<Author> constrained = db.authors.withArticles(q -> q.where(x -> x.rank == 2)).get();
    List<Article> withAuthor = db.articles.withAuthor().get();

    assertEquals(List.of("x", "y"), ids(loaded.get(0).getArticles(), x -> x.title));
    assertEquals(List.of("y"), ids(constrained.get(0).getArticles(), x -> x.title));
    assertEquals("a", withAuthor.get(1).author.getName());
    assertNull(loaded.get(0).getProfile());
  }

  @Test
  void repositoryWithAllLoadsEveryRelation() {
    Author a = author("a", article(null, "x", 1));
    a.setProfile(Profile.of("bio"));
    db.authors.save(a);

    Author loaded = db.authors.withAll().get().get(0);

    assertEquals(1, loaded.getArticles().size());
    assertEquals("bio", loaded.getProfile().bio());
    assertEquals(List.of(), loaded.getGadgets());
  }

  @Test
  void resolverAccessorsAreTypedPerRelation() {
    Author a = db.authors.save(author("a", article(null, "x", 1)));
    Article x = a.getArticles().get(0);

    dev.relata.HasManyResolver<Article, Integer> articles = db.authors.articles(a);
    dev.relata.HasOneResolver<Profile> profile = db.authors.profile(a);
    dev.relata.BelongsToResolver<Article, Author> author = db.articles.author(x);
    ArticleQuery query = db.articles.query();

    assertEquals(1, articles.count());
    assertTrue(profile.find().isEmpty());
    assertEquals("a", author.find().orElseThrow().getName());
    assertEquals(1, query.count());
  }
}
