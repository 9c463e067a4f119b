package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.article;
import static dev.relata.examples.core.CoreStore.author;
import static dev.relata.examples.core.CoreStore.board;
import static dev.relata.examples.core.CoreStore.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** DESIGN.md "Semantics", saving: normalization of the relation values an entity carries. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class NestedSaveTest {
  private final CoreStore db;

  NestedSaveTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  private List<String> articleTitles() {
    return ids(db.articles.all(), x -> x.title);
  }

  // ---- Keys written into rows and into the caller's objects ----

  @Test
  void savingParentWritesItsKeyIntoHasManyChildRowsAndCallerObjects() {
    Author a = author("a", article(null, "x", 1), article(null, "y", 2));

    db.authors.save(a);

    Article x = a.getArticles().get(0);
    Article y = a.getArticles().get(1);
    assertEquals(1, x.id);
    assertEquals(2, y.id);
    assertEquals(a.getId(), x.authorId);
    assertEquals(a.getId(), y.authorId);
    assertEquals(List.of("x", "y"), articleTitles());
    for (Article stored : db.articles.all()) {
      assertEquals(1L, stored.authorId);
    }
  }

  @Test
  void savingParentWritesItsKeyIntoHasOneRecordChildAndHandsBackTheRebuiltRecord() {
    Author a = new Author("a");
    Profile given = Profile.of("bio");
    a.setProfile(given);

    db.authors.save(a);

    Profile carried = a.getProfile();
    assertNotSame(given, carried);
    assertNotNull(carried.handle());
    assertEquals(a.getId(), carried.authorId());
    Profile stored = db.profiles.find(carried.handle()).orElseThrow();
    assertEquals(a.getId(), stored.authorId());
    assertEquals("bio", stored.bio());
  }

  @Test
  void childThatCarriesAnotherForeignKeyGetsTheKeyOfTheParentItIsSavedUnder() {
    Article x = article(null, "x", 1);
    x.authorId = 77L;

    db.authors.save(author("a", x));

    assertEquals(1L, x.authorId);
    assertEquals(1L, db.articles.find(1).orElseThrow().authorId);
  }

  @Test
  void belongsToParentIsSavedFirstAndItsKeyWrittenIntoTheChild() {
    Folder parent = new Folder("parent");
    Folder child = new Folder("child");
    child.parent = parent;

    db.folders.save(child);

    assertEquals(1L, parent.id);
    assertEquals(2L, child.id);
    assertEquals(1L, child.parentId);
    assertEquals(List.of("parent", "child"), ids(db.folders.all(), f -> f.name));
    assertEquals(1L, db.folders.find(2).orElseThrow().parentId);
  }

  @Test
  void belongsToParentOfAnotherEntityIsSavedWithTheChild() {
    Article x = new Article("x", 1);
    x.authorId = 77L;
    x.author = new Author("a");

    db.articles.save(x);

    assertEquals(1L, x.author.getId());
    assertEquals(1L, x.authorId);
    assertEquals("a", db.authors.find(1L).orElseThrow().getName());
    assertEquals(1L, db.articles.find(1).orElseThrow().authorId);
  }

  @Test
  void recordChildGetsTheKeyOfItsBelongsToParentInTheReturnedInstance() {
    Article parent = new Article("parent", 0);

    Note saved = db.notes.save(new Note(null, "n", null, parent));

    assertEquals(1, parent.id);
    assertEquals(1, saved.articleId());
    assertNotNull(saved.id());
    assertEquals(1, db.notes.find(saved.id()).orElseThrow().articleId());
  }

  @Test
  void nestedSaveNormalizesSeveralLevels() {
    Article x = article(null, "x", 1);
    x.notes = new ArrayList<>(List.of(Note.of("n1"), Note.of("n2")));
    Author a = author("a", x);

    db.authors.save(a);

    assertEquals(2, db.notes.count());
    List<Note> carried = a.getArticles().get(0).notes;
    assertEquals(List.of("n1", "n2"), ids(carried, Note::text));
    for (Note n : carried) {
      assertNotNull(n.id());
      assertEquals(x.id, n.articleId());
      assertEquals(x.id, db.notes.find(n.id()).orElseThrow().articleId());
    }
    Author loaded = db.authors.withArticles(q -> q.withNotes()).get().get(0);
    assertEquals(List.of("n1", "n2"), ids(loaded.getArticles().get(0).notes, Note::text));
  }

  @Test
  void recordParentWritesItsKeyIntoClassChildrenWithPrimitiveForeignKeys() {
    Ticket t1 = new Ticket("t1");
    Ticket t2 = new Ticket("t2");

    Board saved = db.boards.save(board("b", t1, t2));

    assertEquals(1, saved.id());
    assertEquals(1, t1.getId());
    assertEquals(2, t2.getId());
    assertEquals(1, t1.getBoardId());
    assertEquals(1, t2.getBoardId());
    assertSame(t1, saved.tickets().get(0));
    assertEquals(List.of(1, 1), ids(db.tickets.all(), Ticket::getBoardId));
  }

  @Test
  void savingParentWritesItsKeyIntoHasOneClassChild() {
    Folder parent = new Folder("parent");
    Folder child = new Folder("child");
    parent.firstChild = child;

    db.folders.save(parent);

    assertEquals(2L, child.id);
    assertEquals(parent.id, child.parentId);
    assertEquals("child", db.folders.withFirstChild().get().get(0).firstChild.name);
  }

  @Test
  void recordWithABelongsToClassParentGetsTheParentKey() {
    Author a = new Author("a");

    Profile saved = db.profiles.save(new Profile(null, "bio", null, a));

    assertEquals(1L, a.getId());
    assertEquals(1L, saved.authorId());
    assertEquals(1L, db.profiles.find(saved.handle()).orElseThrow().authorId());
  }

  @Test
  void classChildWithANewRecordParentGetsTheParentKeyAndTheRebuiltParent() {
    Ticket ticket = new Ticket("t");
    Board given = Board.of("new board");
    ticket.setBoard(given);

    db.tickets.save(ticket);

    assertEquals(1, ticket.getBoardId());
    assertNotSame(given, ticket.getBoard());
    assertEquals(1, ticket.getBoard().id());
    assertEquals("new board", db.boards.find(1).orElseThrow().title());
    assertEquals(1, db.tickets.find(1).orElseThrow().getBoardId());
  }

  // ---- Cycles and repeated keys ----

  @Test
  void cycleBackToTheSavedParentSavesEachRowOnce() {
    Author a = new Author("a");
    Article x = new Article("x", 1);
    a.setArticles(new ArrayList<>(List.of(x)));
    x.author = a;

    db.authors.save(a);

    assertEquals(1, db.authors.count());
    assertEquals(1, db.articles.count());
    assertEquals(a.getId(), x.authorId);
  }

  @Test
  void cycleEnteredFromTheChildSavesEachRowOnce() {
    Author a = new Author("a");
    Article x = new Article("x", 1);
    a.setArticles(new ArrayList<>(List.of(x)));
    x.author = a;

    db.articles.save(x);

    assertEquals(1, db.authors.count());
    assertEquals(1, db.articles.count());
    assertEquals(1L, db.articles.find(1).orElseThrow().authorId);
  }

  @Test
  void selfReferencingCycleSavesEachRowOnce() {
    Folder parent = new Folder("parent");
    Folder child = new Folder("child");
    parent.children = new ArrayList<>(List.of(child));
    parent.firstChild = child;
    child.parent = parent;

    db.folders.save(parent);

    assertEquals(2, db.folders.count());
    assertEquals(parent.id, child.parentId);
    Folder loaded = db.folders.withChildren().get().get(0);
    assertEquals(List.of("child"), ids(loaded.children, f -> f.name));
  }

  @Test
  void cycleThroughARecordSavesEachRowOnce() {
    Article x = new Article("x", 1);
    x.notes = new ArrayList<>(List.of(new Note(null, "n", null, x)));

    db.articles.save(x);

    assertEquals(1, db.articles.count());
    assertEquals(1, db.notes.count());
    assertEquals(x.id, db.notes.all().get(0).articleId());
  }

  @Test
  void sameKeyTwiceInOneSaveAllTheLaterWins() {
    Author first = new Author("first");
    first.setId(1L);
    Author second = new Author("second");
    second.setId(1L);

    db.authors.saveAll(List.of(first, second));

    assertEquals(1, db.authors.count());
    assertEquals("second", db.authors.find(1L).orElseThrow().getName());
  }

  @Test
  void sameKeyTwiceInNestedValuesTheLaterWins() {
    db.authors.save(author("a", article(5, "first", 1), article(5, "second", 2)));

    assertEquals(1, db.articles.count());
    Article stored = db.articles.find(5).orElseThrow();
    assertEquals("second", stored.title);
    assertEquals(2, stored.rank);
  }

  @Test
  void sameChildKeyUnderTwoParentsTheLaterWinsWithItsForeignKey() {
    db.authors.saveAll(
        List.of(author("a", article(5, "under a", 1)), author("b", article(5, "under b", 2))));

    Article stored = db.articles.find(5).orElseThrow();
    assertEquals("under b", stored.title);
    assertEquals(2L, stored.authorId);
    List<Author> loaded = db.authors.withArticles().get();
    assertEquals(List.of(), loaded.get(0).getArticles());
    assertEquals(List.of(5), ids(loaded.get(1).getArticles(), x -> x.id));
  }

  @Test
  void sameObjectTwiceInOneSaveAllIsSavedOnce() {
    Author a = author("a", article(null, "x", 1));

    List<Author> saved = db.authors.saveAll(List.of(a, a));

    assertEquals(1, db.authors.count());
    assertEquals(1, db.articles.count());
    assertSame(a, saved.get(0));
    assertSame(a, saved.get(1));
    assertEquals(1L, a.getId());
  }

  @Test
  void sameKeyTwiceTakesThePlaceOfTheFirst() {
    db.authors.saveAll(List.of(new Author("a"), new Author("b"), new Author("c")));
    Author early = new Author("b early");
    early.setId(2L);
    Author late = new Author("b late");
    late.setId(2L);

    db.authors.saveAll(List.of(new Author("d"), early, late));

    assertEquals(List.of("a", "b late", "c", "d"), ids(db.authors.all(), Author::getName));
  }

  // ---- Saving never deletes ----

  @Test
  void savingNeverDeletesChildrenTheValueLeavesOut() {
    db.authors.save(
        author("a", article(null, "x", 1), article(null, "y", 2), article(null, "z", 3)));
    Author loaded = db.authors.withArticles().get().get(0);

    loaded.getArticles().subList(1, 3).clear();
    db.authors.save(loaded);
    assertEquals(3, db.articles.count());

    loaded.setArticles(new ArrayList<>());
    db.authors.save(loaded);
    assertEquals(3, db.articles.count());

    loaded.setArticles(null);
    db.authors.save(loaded);
    assertEquals(List.of("x", "y", "z"), articleTitles());
    assertEquals(3, db.authors.withArticles().get().get(0).getArticles().size());
  }

  @Test
  void savingParentWithoutItsHasOneKeepsTheStoredChild() {
    Author a = new Author("a");
    a.setProfile(Profile.of("bio"));
    db.authors.save(a);

    a.setProfile(null);
    a.setName("renamed");
    db.authors.save(a);

    assertEquals(1, db.profiles.count());
    assertEquals("bio", db.authors.withProfile().get().get(0).getProfile().bio());
  }

  @Test
  void unloadedBelongsToLeavesTheForeignKeyAsGiven() {
    Article x = new Article("x", 1);
    x.authorId = 3L;

    db.articles.save(x);

    assertEquals(3L, db.articles.find(1).orElseThrow().authorId);
  }

  // ---- Upserts through nested values ----

  @Test
  void nestedExistingChildIsReplacedInItsPlace() {
    db.authors.save(
        author("a", article(null, "x", 1), article(null, "y", 2), article(null, "z", 3)));
    Author a = db.authors.find(1L).orElseThrow();
    a.setArticles(new ArrayList<>(List.of(article(2, "y2", 20))));

    db.authors.save(a);

    assertEquals(List.of("x", "y2", "z"), articleTitles());
    assertEquals(
        List.of("x", "y2", "z"),
        ids(db.authors.withArticles().get().get(0).getArticles(), x -> x.title));
  }

  @Test
  void savingALoadedTreeWritesChangesAtEveryLevel() {
    Article x = article(null, "x", 1);
    x.notes = new ArrayList<>(List.of(Note.of("n")));
    db.authors.save(author("a", x));
    Author loaded = db.authors.withArticles(q -> q.withNotes()).get().get(0);

    loaded.setName("a2");
    Article loadedX = loaded.getArticles().get(0);
    loadedX.title = "x2";
    Note n = loadedX.notes.get(0);
    loadedX.notes = List.of(new Note(n.id(), "n2", n.articleId(), null));
    db.authors.save(loaded);

    assertEquals("a2", db.authors.find(1L).orElseThrow().getName());
    assertEquals("x2", db.articles.find(1).orElseThrow().title);
    assertEquals(List.of("n2"), ids(db.notes.all(), Note::text));
    assertEquals(
        List.of(1L, 1L, 1L), List.of(db.authors.count(), db.articles.count(), db.notes.count()));
  }

  @Test
  void childMovedToAnotherParentByANestedSaveKeepsItsInsertionPlace() {
    db.authors.save(author("a", article(null, "x", 1)));
    db.authors.save(author("b", article(null, "y", 2)));
    Article x = db.articles.find(1).orElseThrow();
    Author b = db.authors.find(2L).orElseThrow();
    b.setArticles(new ArrayList<>(List.of(x)));

    db.authors.save(b);

    List<Author> loaded = db.authors.withArticles().get();
    assertEquals(List.of(), loaded.get(0).getArticles());
    assertEquals(List.of("x", "y"), ids(loaded.get(1).getArticles(), a -> a.title));
  }
}
