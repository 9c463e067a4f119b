package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.BelongsToResolver;
import dev.relata.DuplicateKeyException;
import dev.relata.HasManyResolver;
import dev.relata.HasOneResolver;
import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** DESIGN.md "Relation resolvers" for {@code @HasMany}, {@code @HasOne} and {@code @BelongsTo}. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ResolverTest {
  private final CoreStore db;

  ResolverTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  private Author ann;
  private Author bob;

  /** ann (1) has articles 1, 3, 5 ("a1" "a2" "a3"); bob (2) has 2, 4 ("b1" "b2"). */
  @BeforeEach
  void fill() {
    ann = db.authors.save(new Author("ann"));
    bob = db.authors.save(new Author("bob"));
    String[] titles = {"a1", "b1", "a2", "b2", "a3"};
    for (String title : titles) {
      Article a = new Article(title, title.length());
      a.authorId = title.startsWith("a") ? ann.getId() : bob.getId();
      db.articles.save(a);
    }
  }

  private static List<String> titles(List<Article> articles) {
    return ids(articles, a -> a.title);
  }

  // ---- HasMany ----

  @Test
  void hasManyResolverMethodsReturnTheDocumentedTypes() {
    HasManyResolver<Article, Integer> r = db.authors.articles(ann);

    List<Article> found = r.find();
    List<Article> filtered = r.find(a -> a.title.equals("a2"));
    Optional<Article> byId = r.findById(3);
    long count = r.count();
    Article built = r.build(new Article("built", 0));
    Article created = r.create(new Article("created", 0));
    List<Article> createdMany = r.createMany(List.of(new Article("many", 0)));
    Article saved = r.save(new Article("saved", 0));
    List<Article> savedMany = r.saveMany(List.of(new Article("saved many", 0)));
    boolean destroyed = r.destroy(created.id);
    long destroyedAll = r.destroyAll();

    assertEquals(3, found.size());
    assertEquals(List.of("a2"), titles(filtered));
    assertEquals("a2", byId.orElseThrow().title);
    assertEquals(3, count);
    assertEquals(ann.getId(), built.authorId);
    assertEquals(1, createdMany.size());
    assertEquals("saved", saved.title);
    assertEquals(1, savedMany.size());
    assertTrue(destroyed);
    assertEquals(6, destroyedAll);
  }

  @Test
  void hasManyFindReturnsOwnChildrenInInsertionOrder() {
    assertEquals(List.of("a1", "a2", "a3"), titles(db.authors.articles(ann).find()));
    assertEquals(List.of("b1", "b2"), titles(db.authors.articles(bob).find()));
  }

  @Test
  void hasManyFindWithConditionKeepsMatchingOwnChildren() {
    assertEquals(
        List.of("a1", "a3"), titles(db.authors.articles(ann).find(a -> !a.title.equals("a2"))));
    assertEquals(List.of(), db.authors.articles(bob).find(a -> a.title.startsWith("a")));
  }

  @Test
  void hasManyFindByIdFindsOnlyOwnChildren() {
    HasManyResolver<Article, Integer> anns = db.authors.articles(ann);

    assertEquals("a2", anns.findById(3).orElseThrow().title);
    assertTrue(anns.findById(2).isEmpty(), "article 2 belongs to bob");
    assertTrue(anns.findById(99).isEmpty());
  }

  @Test
  void hasManyCountCountsOwnChildren() {
    assertEquals(3, db.authors.articles(ann).count());
    assertEquals(2, db.authors.articles(bob).count());
    Author cid = db.authors.save(new Author("cid"));
    assertEquals(0, db.authors.articles(cid).count());
  }

  @Test
  void hasManyReadsUseTheStoredRowOfTheKeyOfTheObjectGiven() {
    Author detached = new Author("not stored");
    detached.setId(bob.getId());

    assertEquals(List.of("b1", "b2"), titles(db.authors.articles(detached).find()));
  }

  @Test
  void hasManyBuildSetsTheForeignKeyOnTheChildAndStoresNothing() {
    Article child = new Article("built", 0);

    Article built = db.authors.articles(ann).build(child);

    assertSame(child, built);
    assertEquals(ann.getId(), child.authorId);
    assertNull(child.id);
    assertEquals(5, db.articles.count());
    assertEquals(3, db.authors.articles(ann).count());
    db.assertAssignedNext(6, db.articles.save(new Article("next", 0)).id);
  }

  @Test
  void hasManyBuildOfARecordReturnsANewInstanceWithTheForeignKey() {
    Article a1 = db.articles.find(1).orElseThrow();
    Note given = Note.of("n");

    Note built = db.articles.notes(a1).build(given);

    assertNotSame(given, built);
    assertNull(given.articleId());
    assertEquals(1, built.articleId());
    assertNull(built.id());
    assertEquals(0, db.notes.count());
  }

  @Test
  void hasManyCreateInsertsTheChildWithKeyAndForeignKey() {
    Article child = new Article("a4", 0);
    child.authorId = bob.getId();

    Article created = db.authors.articles(ann).create(child);

    assertSame(child, created);
    assertEquals(6, child.id);
    assertEquals(ann.getId(), child.authorId);
    assertEquals(ann.getId(), db.articles.find(6).orElseThrow().authorId);
    assertEquals(List.of("a1", "a2", "a3", "a4"), titles(db.authors.articles(ann).find()));
  }

  @Test
  void hasManyCreateOverridesAParentTheChildCarries() {
    Article child = new Article("a4", 0);
    child.author = bob;

    db.authors.articles(ann).create(child);

    assertEquals(ann.getId(), db.articles.find(6).orElseThrow().authorId);
    assertEquals(ann.getId(), child.authorId);
  }

  @Test
  void hasManyCreateOfARecordReturnsANewInstanceCarryingTheKeys() {
    Article a1 = db.articles.find(1).orElseThrow();

    Note created = db.articles.notes(a1).create(Note.of("n"));

    assertNotNull(created.id());
    assertEquals(1, created.articleId());
    assertEquals(1, db.notes.find(created.id()).orElseThrow().articleId());
  }

  @Test
  void hasManyCreateOfAnExistingKeyThrowsDuplicateKeyAndChangesNothing() {
    Map<String, List<String>> before = db.snapshot();
    Article clash = new Article("clash", 0);
    clash.id = 2;

    DuplicateKeyException e =
        assertThrows(DuplicateKeyException.class, () -> db.authors.articles(ann).create(clash));

    assertEquals("coreArticles", e.entity());
    assertEquals(2, e.key());
    db.assertUnchanged(before);
    assertEquals(bob.getId(), db.articles.find(2).orElseThrow().authorId);
  }

  @Test
  void hasManyCreateManyInsertsEveryChildAndReturnsThem() {
    Article x = new Article("x", 0);
    Article y = new Article("y", 0);

    List<Article> created = db.authors.articles(bob).createMany(List.of(x, y));

    assertSame(x, created.get(0));
    assertSame(y, created.get(1));
    assertEquals(List.of(6, 7), ids(created, a -> a.id));
    assertEquals(List.of("b1", "b2", "x", "y"), titles(db.authors.articles(bob).find()));
  }

  @Test
  void hasManyCreateManyWithOneExistingKeyStoresNone() {
    Map<String, List<String>> before = db.snapshot();
    Article clash = new Article("clash", 0);
    clash.id = 1;

    assertThrows(
        DuplicateKeyException.class,
        () -> db.authors.articles(bob).createMany(List.of(new Article("new", 0), clash)));

    db.assertUnchanged(before);
    db.assertAssignedNext(6, db.articles.save(new Article("next", 0)).id);
  }

  @Test
  void hasManySaveInsertsOrReplacesAndMovesTheChildToThisParent() {
    Article b1 = db.articles.find(2).orElseThrow();
    b1.title = "b1 now ann's";

    Article saved = db.authors.articles(ann).save(b1);
    Article fresh = db.authors.articles(ann).save(new Article("a4", 0));

    assertSame(b1, saved);
    assertEquals(ann.getId(), b1.authorId);
    assertEquals(6, fresh.id);
    assertEquals(
        List.of("a1", "b1 now ann's", "a2", "a3", "a4"), titles(db.authors.articles(ann).find()));
    assertEquals(List.of("b2"), titles(db.authors.articles(bob).find()));
    assertEquals(List.of("a1", "b1 now ann's", "a2", "b2", "a3", "a4"), titles(db.articles.all()));
  }

  @Test
  void hasManySaveManySavesEveryChildAndReturnsThem() {
    Article a1 = db.articles.find(1).orElseThrow();
    a1.title = "a1 edited";
    Article z = new Article("z", 0);

    List<Article> saved = db.authors.articles(bob).saveMany(List.of(a1, z));

    assertEquals(List.of(a1, z), saved);
    assertEquals(List.of("a1 edited", "b1", "b2", "z"), titles(db.authors.articles(bob).find()));
  }

  @Test
  void hasManyDestroyRemovesOwnChild() {
    assertTrue(db.authors.articles(ann).destroy(3));

    assertTrue(db.articles.find(3).isEmpty());
    assertEquals(List.of("a1", "a3"), titles(db.authors.articles(ann).find()));
    assertFalse(db.authors.articles(ann).destroy(3));
  }

  @Test
  void hasManyDestroyOfAnotherParentsChildRemovesNothing() {
    Map<String, List<String>> before = db.snapshot();

    assertFalse(db.authors.articles(ann).destroy(2));
    assertFalse(db.authors.articles(ann).destroy(99));

    db.assertUnchanged(before);
    assertTrue(db.articles.find(2).isPresent());
  }

  @Test
  void hasManyDestroyAllRemovesOnlyOwnChildrenAndReturnsHowMany() {
    assertEquals(3, db.authors.articles(ann).destroyAll());

    assertEquals(List.of("b1", "b2"), titles(db.articles.all()));
    assertEquals(0, db.authors.articles(ann).destroyAll());
    assertEquals(2, db.authors.count());
  }

  @Test
  void hasManyWritesNeedTheParentKey() {
    Map<String, List<String>> before = db.snapshot();
    Author unsaved = new Author("unsaved");
    HasManyResolver<Article, Integer> r = db.authors.articles(unsaved);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> r.create(new Article("x", 0)));
    assertThrows(IllegalArgumentException.class, () -> r.save(new Article("x", 0)));
    assertThrows(IllegalArgumentException.class, () -> r.createMany(List.of(new Article("x", 0))));
    assertThrows(IllegalArgumentException.class, () -> r.build(new Article("x", 0)));
    assertThrows(IllegalArgumentException.class, () -> r.destroy(1));
    assertThrows(IllegalArgumentException.class, r::destroyAll);

    assertEquals(
        "cannot create Author.articles: the coreAuthors has no key (null); save the parent first",
        e.getMessage());
    db.assertUnchanged(before);
  }

  @Test
  void hasManyOfARecordParentWritesItsKeyIntoAPrimitiveForeignKey() {
    Board board = db.boards.save(Board.of("b"));
    Ticket ticket = new Ticket("t");

    db.boards.tickets(board).create(ticket);

    assertEquals(board.id(), ticket.getBoardId());
    assertEquals(List.of("t"), ids(db.boards.tickets(board).find(), Ticket::getTitle));
    assertTrue(db.boards.tickets(board).destroy(ticket.getId()));
    assertEquals(0, db.tickets.count());
  }

  // ---- HasOne ----

  @Test
  void hasOneResolverMethodsReturnTheDocumentedTypes() {
    HasOneResolver<Profile> r = db.authors.profile(ann);

    Optional<Profile> none = r.find();
    Profile created = r.create(Profile.of("created"));
    Profile saved = r.save(new Profile(created.handle(), "saved", null, null));
    Optional<Profile> found = r.find();
    boolean destroyed = r.destroy();

    assertTrue(none.isEmpty());
    assertEquals(ann.getId(), created.authorId());
    assertEquals("saved", saved.bio());
    assertEquals("saved", found.orElseThrow().bio());
    assertTrue(destroyed);
  }

  @Test
  void hasOneCreateInsertsTheChildWithTheForeignKey() {
    Profile given = Profile.of("bio");

    Profile created = db.authors.profile(bob).create(given);

    assertNotSame(given, created);
    assertNotNull(created.handle());
    assertEquals(bob.getId(), created.authorId());
    assertEquals("bio", db.authors.profile(bob).find().orElseThrow().bio());
    assertTrue(db.authors.profile(ann).find().isEmpty());
  }

  @Test
  void hasOneCreateOfAnExistingKeyThrowsDuplicateKeyAndChangesNothing() {
    Profile existing = db.authors.profile(ann).create(Profile.of("ann's"));
    Map<String, List<String>> before = db.snapshot();

    assertThrows(
        DuplicateKeyException.class,
        () -> db.authors.profile(bob).create(new Profile(existing.handle(), "bob's", null, null)));

    db.assertUnchanged(before);
    assertTrue(db.authors.profile(bob).find().isEmpty());
  }

  @Test
  void hasOneCreateBesideAnExistingChildReleasesTheFirst() {
    Profile first = db.authors.profile(ann).create(Profile.of("first"));

    db.authors.profile(ann).create(Profile.of("second"));

    assertEquals(2, db.profiles.count());
    assertNull(db.profiles.find(first.handle()).orElseThrow().authorId());
    assertEquals("second", db.authors.profile(ann).find().orElseThrow().bio());
    assertEquals("second", db.authors.withProfile().get().get(0).getProfile().bio());
  }

  @Test
  void hasOneSaveReplacesTheChildWithTheSameKey() {
    Profile p = db.authors.profile(ann).create(Profile.of("old"));

    db.authors.profile(ann).save(new Profile(p.handle(), "new", null, null));

    assertEquals(1, db.profiles.count());
    assertEquals("new", db.authors.profile(ann).find().orElseThrow().bio());
  }

  @Test
  void hasOneSaveMovesAChildFromAnotherParent() {
    Profile p = db.authors.profile(ann).create(Profile.of("moving"));

    db.authors.profile(bob).save(p);

    assertTrue(db.authors.profile(ann).find().isEmpty());
    assertEquals("moving", db.authors.profile(bob).find().orElseThrow().bio());
  }

  @Test
  void hasOneDestroyDeletesTheChildAndReportsWhetherThereWasOne() {
    db.authors.profile(ann).create(Profile.of("ann's"));
    db.authors.profile(bob).create(Profile.of("bob's"));

    assertTrue(db.authors.profile(ann).destroy());
    assertFalse(db.authors.profile(ann).destroy());

    assertTrue(db.authors.profile(ann).find().isEmpty());
    assertEquals(List.of("bob's"), ids(db.profiles.all(), Profile::bio));
  }

  @Test
  void hasOneOfAClassChildFindsAndDestroysItsMatches() {
    Folder root = db.folders.save(new Folder("root"));
    Folder other = db.folders.save(new Folder("other"));
    db.folders.children(root).createMany(List.of(new Folder("c1"), new Folder("c2")));
    Folder created = db.folders.firstChild(other).create(new Folder("o1"));

    assertEquals(other.id, created.parentId);
    assertEquals("c1", db.folders.firstChild(root).find().orElseThrow().name);
    assertTrue(db.folders.firstChild(root).destroy());
    assertTrue(db.folders.firstChild(root).find().isEmpty());
    assertEquals(List.of("root", "other", "o1"), ids(db.folders.all(), f -> f.name));
  }

  @Test
  void hasOneWritesNeedTheParentKey() {
    HasOneResolver<Profile> r = db.authors.profile(new Author("unsaved"));

    assertThrows(IllegalArgumentException.class, () -> r.create(Profile.of("x")));
    assertThrows(IllegalArgumentException.class, () -> r.save(Profile.of("x")));
    assertThrows(IllegalArgumentException.class, r::destroy);

    assertEquals(0, db.profiles.count());
  }

  // ---- BelongsTo ----

  @Test
  void belongsToResolverMethodsReturnTheDocumentedTypes() {
    Article a1 = db.articles.find(1).orElseThrow();
    BelongsToResolver<Article, Author> r = db.articles.author(a1);

    Optional<Author> found = r.find();
    Article associated = r.associate(bob);
    Article dissociated = r.dissociate();

    assertEquals("ann", found.orElseThrow().getName());
    assertSame(a1, associated);
    assertSame(a1, dissociated);
  }

  @Test
  void belongsToFindReturnsTheParentOrEmpty() {
    Article a1 = db.articles.find(1).orElseThrow();
    Article dangling = new Article("dangling", 0);
    dangling.authorId = 42L;

    assertEquals("ann", db.articles.author(a1).find().orElseThrow().getName());
    assertTrue(db.articles.author(dangling).find().isEmpty());
    assertTrue(db.articles.author(new Article("no key", 0)).find().isEmpty());
  }

  @Test
  void associateSavesANewParentFirstAndWritesItsKeyIntoTheChild() {
    Article child = db.articles.save(new Article("new child", 0));
    Author parent = new Author("new parent");

    Article result = db.articles.author(child).associate(parent);

    assertSame(child, result);
    assertEquals(3L, parent.getId());
    assertEquals(3L, child.authorId);
    assertSame(parent, child.author);
    assertEquals(6, child.id);
    assertEquals(3L, db.articles.find(6).orElseThrow().authorId);
    assertEquals("new parent", db.authors.find(3L).orElseThrow().getName());
  }

  @Test
  void associateAndDissociateOfAChildNotStoredAreRefusedAndChangeNothing() {
    Map<String, List<String>> before = db.snapshot();
    Article child = new Article("not stored", 0);
    Author parent = new Author("new parent");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> db.articles.author(child).associate(parent));
    assertThrows(IllegalArgumentException.class, () -> db.articles.author(child).dissociate());

    assertEquals(
        "cannot associate Article.author: the coreArticles has no key (null); save the parent"
            + " first",
        e.getMessage());
    assertNull(parent.getId());
    assertNull(child.authorId);
    db.assertUnchanged(before);
  }

  @Test
  void associateMovesAStoredChildToAnotherStoredParent() {
    Article a1 = db.articles.find(1).orElseThrow();

    db.articles.author(a1).associate(bob);

    assertEquals(bob.getId(), a1.authorId);
    assertEquals(List.of("a1", "b1", "b2"), titles(db.authors.articles(bob).find()));
    assertEquals(List.of("a2", "a3"), titles(db.authors.articles(ann).find()));
    assertEquals(2, db.authors.count());
  }

  @Test
  void associateOnARecordChildReturnsANewInstanceWithTheParentKey() {
    Note note = db.notes.save(Note.of("n"));
    Article a2 = db.articles.find(3).orElseThrow();

    Note associated = db.notes.article(note).associate(a2);

    assertNotSame(note, associated);
    assertNull(note.articleId());
    assertEquals(3, associated.articleId());
    assertEquals(note.id(), associated.id());
    assertEquals(3, db.notes.find(note.id()).orElseThrow().articleId());
    assertEquals(1, db.notes.count());
  }

  @Test
  void associateWithinATreeOfOneEntity() {
    Folder root = db.folders.save(new Folder("root"));
    Folder child = db.folders.save(new Folder("child"));

    db.folders.parent(child).associate(root);

    assertEquals(root.id, child.parentId);
    assertEquals("root", db.folders.parent(child).find().orElseThrow().name);
    assertEquals(List.of("child"), ids(db.folders.children(root).find(), f -> f.name));
  }

  @Test
  void dissociateClearsTheForeignKeyAndSaves() {
    Article a1 = db.articles.find(1).orElseThrow();
    a1.author = ann;

    Article result = db.articles.author(a1).dissociate();

    assertSame(a1, result);
    assertNull(a1.authorId);
    assertNull(a1.author);
    assertNull(db.articles.find(1).orElseThrow().authorId);
    assertEquals(List.of("a2", "a3"), titles(db.authors.articles(ann).find()));
    assertEquals(2, db.authors.count());
  }

  @Test
  void dissociateOnARecordChildReturnsANewInstance() {
    Note note = db.articles.notes(db.articles.find(1).orElseThrow()).create(Note.of("n"));

    Note dissociated = db.notes.article(note).dissociate();

    assertNotSame(note, dissociated);
    assertEquals(1, note.articleId());
    assertNull(dissociated.articleId());
    assertNull(db.notes.find(note.id()).orElseThrow().articleId());
  }

  @Test
  void dissociateOfAPrimitiveForeignKeyThrowsAndChangesNothing() {
    Board board = db.boards.save(Board.of("b"));
    Ticket ticket = db.boards.tickets(board).create(new Ticket("t"));
    Map<String, List<String>> before = db.snapshot();

    RelataException e =
        assertThrows(RelataException.class, () -> db.tickets.board(ticket).dissociate());

    assertTrue(e.getMessage().contains("boardId"), e.getMessage());
    assertEquals(board.id(), ticket.getBoardId());
    db.assertUnchanged(before);
  }
}
