package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.article;
import static dev.relata.examples.core.CoreStore.author;
import static dev.relata.examples.core.CoreStore.board;
import static dev.relata.examples.core.CoreStore.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Journal;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DESIGN.md "Semantics", reads: fresh copies (also of collections held in fields), unloaded versus
 * loaded-empty relations, dangling and null keys.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReadSemanticsTest {
  private final CoreStore db;

  ReadSemanticsTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  // ---- Fresh copies ----

  @Test
  void findReturnsAFreshCopyEveryTime() {
    db.authors.save(new Author("a"));

    Author first = db.authors.find(1L).orElseThrow();
    Author second = db.authors.find(1L).orElseThrow();
    first.setName("changed");

    assertNotSame(first, second);
    assertEquals("a", second.getName());
    assertEquals("a", db.authors.find(1L).orElseThrow().getName());
  }

  @Test
  void mutatingQueryResultsChangesNothingStored() {
    db.authors.save(author("a", article(null, "x", 1)));

    Author loaded = db.authors.withArticles().get().get(0);
    loaded.setName("changed");
    loaded.getArticles().get(0).title = "changed";
    db.articles.all().get(0).rank = 99;
    db.authors.findAll(List.of(1L)).get(0).setName("changed");

    Author again = db.authors.withArticles().get().get(0);
    assertEquals("a", again.getName());
    assertEquals("x", again.getArticles().get(0).title);
    assertEquals(1, again.getArticles().get(0).rank);
  }

  @Test
  void mutatingASavedObjectAfterTheSaveChangesNothingStored() {
    Author a = db.authors.save(author("a", article(null, "x", 1)));

    a.setName("changed");
    a.getArticles().get(0).title = "changed";

    assertEquals("a", db.authors.find(1L).orElseThrow().getName());
    assertEquals("x", db.articles.find(1).orElseThrow().title);
  }

  @Test
  void addingToOrRemovingFromALoadedRelationListChangesNothingStored() {
    db.authors.save(author("a", article(null, "x", 1), article(null, "y", 2)));

    Author loaded = db.authors.withArticles().get().get(0);
    loaded.getArticles().remove(0);
    loaded.getArticles().add(new Article("intruder", 0));

    assertEquals(
        List.of("x", "y"), ids(db.authors.withArticles().get().get(0).getArticles(), x -> x.title));
    assertEquals(2, db.articles.count());
  }

  @Test
  void listHeldInAFieldIsCopiedOnSave() {
    Author a = new Author("a");
    List<String> tags = new ArrayList<>(List.of("x"));
    a.setTags(tags);
    db.authors.save(a);

    tags.add("added after save");

    assertEquals(List.of("x"), db.authors.find(1L).orElseThrow().getTags());
  }

  @Test
  void listHeldInAFieldIsCopiedOnRead() {
    Author a = new Author("a");
    a.setTags(new ArrayList<>(List.of("x")));
    db.authors.save(a);

    db.authors.find(1L).orElseThrow().getTags().add("added to a read copy");
    db.authors.query().get().get(0).getTags().clear();

    assertEquals(List.of("x"), db.authors.find(1L).orElseThrow().getTags());
  }

  @Test
  void setMapAndArrayHeldInFieldsAreCopiedOnSaveAndOnRead() {
    Ticket t = new Ticket("t");
    Set<String> labels = new LinkedHashSet<>(List.of("bug"));
    Map<String, Integer> votes = new LinkedHashMap<>(Map.of("ann", 1));
    int[] scores = {1, 2};
    t.setLabels(labels);
    t.setVotes(votes);
    t.setScores(scores);
    db.tickets.save(t);

    labels.add("after save");
    votes.put("after save", 2);
    scores[0] = 100;
    Ticket read = db.tickets.find(1).orElseThrow();
    read.getLabels().add("read copy");
    read.getVotes().put("read copy", 3);
    read.getScores()[1] = 200;

    Ticket stored = db.tickets.find(1).orElseThrow();
    assertEquals(Set.of("bug"), stored.getLabels());
    assertEquals(Map.of("ann", 1), stored.getVotes());
    assertArrayEquals(new int[] {1, 2}, stored.getScores());
  }

  @Test
  void listHeldInARecordComponentIsCopiedOnSaveAndOnRead() {
    List<String> members = new ArrayList<>(List.of("ann"));
    Board saved = db.boards.save(new Board(0, "b", members, null));

    members.add("added after save");
    saved.members().add("added to the returned record");
    db.boards.find(1).orElseThrow().members().add("added to a read copy");
    db.boards.withTickets().get().get(0).members().clear();

    assertEquals(List.of("ann"), db.boards.find(1).orElseThrow().members());
  }

  @Test
  void booleanReadThroughAnIsGetterRoundTrips() {
    Ticket t = new Ticket("t");
    t.setDone(true);

    db.tickets.save(t);

    assertTrue(db.tickets.find(1).orElseThrow().isDone());
    assertFalse(db.tickets.save(new Ticket("u")).isDone());
    assertFalse(db.tickets.find(2).orElseThrow().isDone());
  }

  @Test
  void linkedListHeldInAFieldIsCopiedOnRead() {
    Journal j = new Journal("diary");
    j.entries = new LinkedList<>(List.of("monday"));
    db.journals.save(j);

    db.journals.find(j.id).orElseThrow().entries.add("added to a read copy");

    assertEquals(List.of("monday"), db.journals.find(j.id).orElseThrow().entries);
  }

  @Test
  void linkedListHeldInAFieldIsCopiedOnSave() {
    Journal j = new Journal("diary");
    j.entries = new LinkedList<>(List.of("monday"));
    db.journals.save(j);

    j.entries.add("added after save");

    assertEquals(List.of("monday"), db.journals.find(j.id).orElseThrow().entries);
  }

  @Test
  void tablesHoldRowsWithoutRelationValues() {
    Author a = author("a", article(null, "x", 1));
    a.setProfile(Profile.of("bio"));
    db.authors.save(a);

    Author plain = db.authors.find(1L).orElseThrow();
    Article plainArticle = db.articles.find(1).orElseThrow();

    assertNull(plain.getArticles());
    assertNull(plain.getProfile());
    assertNull(plain.getGadgets());
    assertNull(plainArticle.author);
    assertNull(plainArticle.notes);
    assertNull(db.authors.all().get(0).getArticles());
    assertNull(db.profiles.all().get(0).author());
  }

  @Test
  void relationNotEagerLoadedIsNullEvenWhenOthersAre() {
    db.authors.save(author("a", article(null, "x", 1)));

    Author loaded = db.authors.withArticles().get().get(0);

    assertNotNull(loaded.getArticles());
    assertNull(loaded.getProfile());
    assertNull(loaded.getGadgets());
    assertNull(loaded.getArticles().get(0).author);
    assertNull(loaded.getArticles().get(0).notes);
  }

  // ---- Loaded and empty ----

  @Test
  void loadedEmptyToManyIsAnEmptyList() {
    db.authors.save(new Author("lonely"));
    db.boards.save(Board.of("empty"));

    List<Article> articles = db.authors.withArticles().get().get(0).getArticles();
    List<Ticket> tickets = db.boards.withTickets().get().get(0).tickets();

    assertNotNull(articles);
    assertTrue(articles.isEmpty());
    assertNotNull(tickets);
    assertTrue(tickets.isEmpty());
  }

  @Test
  void loadedEmptyToOneIsNull() {
    db.authors.save(new Author("no profile"));
    db.folders.save(new Folder("root"));

    assertNull(db.authors.withProfile().get().get(0).getProfile());
    Folder root = db.folders.withAll().get().get(0);
    assertNull(root.parent);
    assertNull(root.firstChild);
    assertEquals(List.of(), root.children);
  }

  // ---- Dangling and null keys ----

  @Test
  void danglingBelongsToKeyLoadsNothing() {
    Article orphan = new Article("orphan", 0);
    orphan.authorId = 999L;
    db.articles.save(orphan);
    db.notes.save(new Note(null, "orphan note", 77, null));

    Article loaded = db.articles.withAuthor().get().get(0);

    assertNull(loaded.author);
    assertEquals(999L, loaded.authorId);
    assertNull(db.notes.withArticle().get().get(0).article());
    assertFalse(db.articles.query().hasAuthor().exists());
    assertEquals(1, db.articles.query().doesntHaveAuthor().count());
    assertTrue(db.articles.author(loaded).find().isEmpty());
  }

  @Test
  void nullBelongsToKeyLoadsNothing() {
    db.articles.save(new Article("no author", 0));
    db.folders.save(new Folder("root"));

    assertNull(db.articles.withAuthor().get().get(0).author);
    assertNull(db.folders.withParent().get().get(0).parent);
    assertTrue(db.articles.author(db.articles.find(1).orElseThrow()).find().isEmpty());
  }

  @Test
  void childrenWithDanglingOrNullForeignKeysBelongToNoParent() {
    db.authors.save(author("a", article(null, "mine", 1)));
    Article dangling = new Article("dangling", 0);
    dangling.authorId = 999L;
    db.articles.saveAll(List.of(dangling, new Article("no author", 0)));

    Author loaded = db.authors.withArticles().get().get(0);

    assertEquals(List.of("mine"), ids(loaded.getArticles(), x -> x.title));
    assertEquals(1, db.authors.articles(loaded).count());
  }

  @Test
  void parentWithNullLocalKeyHasNoChildrenToRead() {
    db.articles.save(new Article("no author", 0));
    Author unsaved = new Author("unsaved");

    assertEquals(List.of(), db.authors.articles(unsaved).find());
    assertEquals(0, db.authors.articles(unsaved).count());
    assertTrue(db.authors.profile(unsaved).find().isEmpty());
  }

  @Test
  void primitiveForeignKeyOfZeroBelongsToNoBoard() {
    db.boards.save(board("b", new Ticket("on board")));
    db.tickets.save(new Ticket("loose"));

    Ticket loose = db.tickets.withBoard().get().get(1);

    assertEquals(0, loose.getBoardId());
    assertNull(loose.getBoard());
    assertEquals(1, db.boards.withTickets().get().get(0).tickets().size());
  }
}
