package dev.relata.examples.core;

import static dev.relata.examples.core.CoreStore.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.ArticleQuery;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.Board;
import dev.relata.examples.core.model.Folder;
import dev.relata.examples.core.model.Note;
import dev.relata.examples.core.model.Profile;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DESIGN.md "Query": conditions, order, paging, first/count/exists, eager loading (constrained per
 * parent, nested), existence filters, and writes inside query callbacks.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class QueryTest {
  private static final Comparator<Article> RANK = Comparator.comparingInt(a -> a.rank);
  private static final Comparator<Article> RANK_DESC = RANK.reversed();

  private final CoreStore db;
  private Author ann;
  private Author bob;
  private Author cid;

  QueryTest(StoreKind kind) {
    db = new CoreStore(kind);
  }

  /**
   * ann (1) has ann-1..ann-5 with ranks 3 1 5 2 4; bob (2) has bob-1..bob-3 with ranks 2 9 1; cid
   * (3) has none. Articles are inserted interleaved: ann-1 bob-1 ann-2 bob-2 ann-3 ann-4 bob-3
   * ann-5. ann-1 has two notes, bob-2 one.
   */
  @BeforeEach
  void fill() {
    ann = db.authors.save(new Author("ann"));
    bob = db.authors.save(new Author("bob"));
    cid = db.authors.save(new Author("cid"));
    Object[][] rows = {
      {"ann-1", 3, ann}, {"bob-1", 2, bob}, {"ann-2", 1, ann}, {"bob-2", 9, bob},
      {"ann-3", 5, ann}, {"ann-4", 2, ann}, {"bob-3", 1, bob}, {"ann-5", 4, ann},
    };
    for (Object[] row : rows) {
      Article a = new Article((String) row[0], (Integer) row[1]);
      a.authorId = ((Author) row[2]).getId();
      db.articles.save(a);
    }
    db.notes.saveAll(
        List.of(
            new Note(null, "ann-1 A", 1, null),
            new Note(null, "bob-2 A", 4, null),
            new Note(null, "ann-1 B", 1, null)));
  }

  private static List<String> titles(List<Article> articles) {
    return ids(articles, a -> a.title);
  }

  private static List<String> names(List<Author> authors) {
    return ids(authors, Author::getName);
  }

  // ---- where / orderBy / limit / offset ----

  @Test
  void whereKeepsTheRowsItHoldsFor() {
    assertEquals(
        List.of("bob-2", "ann-3", "ann-5"),
        titles(db.articles.query().where(a -> a.rank > 3).get()));
  }

  @Test
  void repeatedWhereCallsAllHold() {
    List<Article> result =
        db.articles.query().where(a -> a.rank > 1).where(a -> a.authorId == 1L).get();

    assertEquals(List.of("ann-1", "ann-3", "ann-4", "ann-5"), titles(result));
  }

  @Test
  void orderBySortsTheRows() {
    assertEquals(
        List.of("bob-2", "ann-3", "ann-5", "ann-1", "bob-1", "ann-4", "ann-2", "bob-3"),
        titles(db.articles.query().orderBy(RANK_DESC).get()));
  }

  @Test
  void repeatedOrderByChainsThenBy() {
    List<Article> result =
        db.articles.query().orderBy(Comparator.comparing(a -> a.authorId)).orderBy(RANK_DESC).get();

    assertEquals(
        List.of("ann-3", "ann-5", "ann-1", "ann-4", "ann-2", "bob-2", "bob-1", "bob-3"),
        titles(result));
  }

  @Test
  void orderByIsStableTiesKeepInsertionOrder() {
    List<Article> result = db.articles.query().orderBy(Comparator.comparing(a -> a.authorId)).get();

    assertEquals(
        List.of("ann-1", "ann-2", "ann-3", "ann-4", "ann-5", "bob-1", "bob-2", "bob-3"),
        titles(result));
  }

  @Test
  void limitAndOffsetPageTheOrderedRows() {
    List<Article> page = db.articles.query().orderBy(RANK).offset(2).limit(3).get();

    assertEquals(List.of("bob-1", "ann-4", "ann-1"), titles(page));
  }

  @Test
  void limitAndOffsetWithoutOrderPageInInsertionOrder() {
    assertEquals(List.of("ann-2", "bob-2"), titles(db.articles.query().offset(2).limit(2).get()));
    assertEquals(List.of("ann-1", "bob-1"), titles(db.articles.query().limit(2).get()));
    assertEquals(List.of("bob-3", "ann-5"), titles(db.articles.query().offset(6).get()));
  }

  @Test
  void limitAndOffsetApplyAfterWhere() {
    List<Article> page = db.articles.query().where(a -> a.authorId == 2L).offset(1).limit(1).get();

    assertEquals(List.of("bob-2"), titles(page));
  }

  @Test
  void offsetBeyondTheEndAndLimitZeroSelectNothing() {
    assertEquals(List.of(), db.articles.query().offset(8).get());
    assertEquals(List.of(), db.articles.query().limit(0).get());
    assertEquals(0, db.articles.query().limit(0).count());
    assertFalse(db.articles.query().offset(100).exists());
    assertTrue(db.articles.query().limit(0).first().isEmpty());
  }

  @Test
  void theLastLimitAndOffsetWin() {
    List<Article> result = db.articles.query().limit(1).offset(5).limit(2).offset(1).get();

    assertEquals(List.of("bob-1", "ann-2"), titles(result));
  }

  @Test
  void negativeLimitOrOffsetIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> db.articles.query().limit(-1));
    assertThrows(IllegalArgumentException.class, () -> db.articles.query().offset(-1));
  }

  @Test
  void queriesAreImmutable() {
    ArticleQuery bobs = db.articles.query().where(a -> a.authorId == 2L);

    bobs.limit(1);
    bobs.where(a -> false);
    bobs.orderBy(RANK);
    bobs.withAuthor();

    List<Article> result = bobs.get();
    assertEquals(List.of("bob-1", "bob-2", "bob-3"), titles(result));
    assertNull(result.get(0).author);
  }

  @Test
  void aQueryReadsTheStoreWhenItRunsNotWhenItIsBuilt() {
    ArticleQuery bobs = db.articles.query().where(a -> a.authorId == 2L);
    Article late = new Article("bob-4", 0);
    late.authorId = 2L;

    db.articles.save(late);

    assertEquals(4, bobs.count());
  }

  // ---- first / count / exists ----

  @Test
  void firstHonoursWhereOrderByAndOffset() {
    Optional<Article> first =
        db.articles.query().where(a -> a.authorId == 1L).orderBy(RANK).offset(1).first();

    assertEquals("ann-4", first.orElseThrow().title);
    assertEquals("ann-1", db.articles.query().first().orElseThrow().title);
    assertTrue(db.articles.query().where(a -> false).first().isEmpty());
  }

  @Test
  void firstLoadsTheRelationsAskedFor() {
    Article first = db.articles.query().withAuthor().withNotes().first().orElseThrow();

    assertEquals("ann", first.author.getName());
    assertEquals(List.of("ann-1 A", "ann-1 B"), ids(first.notes, Note::text));
  }

  @Test
  void countEqualsSizeOfGetAndExistsEqualsCountAboveZero() {
    List<UnaryOperator<ArticleQuery>> wheres =
        List.of(q -> q, q -> q.where(a -> a.rank > 2), q -> q.where(a -> a.rank > 100));
    List<UnaryOperator<ArticleQuery>> filters =
        List.of(
            q -> q,
            q -> q.hasNotes(),
            q -> q.doesntHaveNotes(),
            q -> q.hasAuthor(x -> x.where(a -> a.getName().equals("bob"))));
    int[] offsets = {0, 1, 3, 8, 20};
    int[] limits = {-1, 0, 1, 2, 5, 100};
    for (UnaryOperator<ArticleQuery> where : wheres) {
      for (UnaryOperator<ArticleQuery> filter : filters) {
        for (int offset : offsets) {
          for (int limit : limits) {
            ArticleQuery q = filter.apply(where.apply(db.articles.query())).offset(offset);
            if (limit >= 0) {
              q = q.limit(limit);
            }
            List<Article> rows = q.get();
            String what = q + " offset " + offset + " limit " + limit;
            assertEquals(rows.size(), q.count(), what);
            assertEquals(!rows.isEmpty(), q.exists(), what);
            assertEquals(
                rows.isEmpty() ? null : rows.get(0).id,
                q.first().map(a -> a.id).orElse(null),
                what);
            assertEquals(rows.size(), q.orderBy(RANK).count(), what);
          }
        }
      }
    }
  }

  // ---- Eager loading ----

  @Test
  void hasManyLoadsChildrenInInsertionOrder() {
    List<Author> authors = db.authors.withArticles().get();

    assertEquals(
        List.of("ann-1", "ann-2", "ann-3", "ann-4", "ann-5"), titles(authors.get(0).getArticles()));
    assertEquals(List.of("bob-1", "bob-2", "bob-3"), titles(authors.get(1).getArticles()));
    assertEquals(List.of(), authors.get(2).getArticles());
  }

  @Test
  void childMovedToAnotherParentIsListedInInsertionOrder() {
    Article moved = db.articles.find(1).orElseThrow();
    moved.authorId = bob.getId();

    db.articles.save(moved);

    assertEquals(
        List.of("ann-1", "bob-1", "bob-2", "bob-3"), titles(db.authors.articles(bob).find()));
    assertEquals(
        List.of("ann-2", "ann-3", "ann-4", "ann-5"), titles(db.authors.articles(ann).find()));
  }

  @Test
  void belongsToLoadsTheParent() {
    List<Article> articles = db.articles.withAuthor().get();

    assertEquals(
        List.of("ann", "bob", "ann", "bob", "ann", "ann", "bob", "ann"),
        ids(articles, a -> a.author.getName()));
  }

  @Test
  void hasOneWithSeveralMatchesLoadsTheFirstInserted() {
    Folder early = db.folders.save(new Folder("early"));
    Folder root = db.folders.save(new Folder("root"));
    db.folders.children(root).createMany(List.of(new Folder("c1"), new Folder("c2")));

    assertEquals("c1", db.folders.withFirstChild().get().get(1).firstChild.name);
    assertEquals("c1", db.folders.firstChild(root).find().orElseThrow().name);

    db.folders.children(root).save(early);

    assertEquals("early", db.folders.firstChild(root).find().orElseThrow().name);
    Folder loadedRoot =
        db.folders.withFirstChild().where(f -> f.name.equals("root")).first().orElseThrow();
    assertEquals("early", loadedRoot.firstChild.name);
  }

  @Test
  void withAllLoadsEveryRelationOneLevelDeep() {
    Author withProfile = db.authors.find(1L).orElseThrow();
    db.authors.profile(withProfile).create(Profile.of("ann's bio"));

    Author loadedAnn = db.authors.withAll().get().get(0);
    Article loadedArticle = db.articles.query().withAll().get().get(0);

    assertEquals(5, loadedAnn.getArticles().size());
    assertEquals("ann's bio", loadedAnn.getProfile().bio());
    assertEquals(List.of(), loadedAnn.getGadgets());
    assertNull(loadedAnn.getArticles().get(0).author);
    assertNull(loadedAnn.getArticles().get(0).notes);
    assertNull(loadedAnn.getProfile().author());
    assertEquals("ann", loadedArticle.author.getName());
    assertEquals(2, loadedArticle.notes.size());
    assertNull(loadedArticle.author.getArticles());
    assertNull(loadedArticle.notes.get(0).article());
  }

  @Test
  void loadingARelationTwiceTheLaterReplacesTheEarlier() {
    Author loaded = db.authors.query().withArticles(q -> q.limit(1)).withArticles().get().get(0);
    Author limited = db.authors.query().withArticles().withArticles(q -> q.limit(1)).get().get(0);

    assertEquals(5, loaded.getArticles().size());
    assertEquals(1, limited.getArticles().size());
  }

  @Test
  void constrainedEagerLoadingOrdersAndLimitsPerParent() {
    List<Author> authors = db.authors.withArticles(q -> q.orderBy(RANK_DESC).limit(3)).get();

    assertEquals(List.of("ann-3", "ann-5", "ann-1"), titles(authors.get(0).getArticles()));
    assertEquals(List.of("bob-2", "bob-1", "bob-3"), titles(authors.get(1).getArticles()));
    assertEquals(List.of(), authors.get(2).getArticles());
  }

  @Test
  void constrainedEagerLoadingFiltersAndOffsetsPerParent() {
    List<Author> authors = db.authors.withArticles(q -> q.where(a -> a.rank > 1).offset(1)).get();

    assertEquals(List.of("ann-3", "ann-4", "ann-5"), titles(authors.get(0).getArticles()));
    assertEquals(List.of("bob-2"), titles(authors.get(1).getArticles()));
    assertEquals(List.of(), authors.get(2).getArticles());
  }

  @Test
  void constrainedEagerLoadingAppliesToTheChildrenNotToTheParents() {
    List<Author> authors =
        db.authors
            .query()
            .where(a -> !a.getName().equals("ann"))
            .limit(1)
            .withArticles(q -> q.limit(2))
            .get();

    assertEquals(List.of("bob"), names(authors));
    assertEquals(List.of("bob-1", "bob-2"), titles(authors.get(0).getArticles()));
  }

  @Test
  void constrainedLoadWithLimitZeroLoadsAnEmptyListOrNull() {
    Author loaded = db.authors.withArticles(q -> q.limit(0)).get().get(0);
    Article article = db.articles.withAuthor(q -> q.limit(0)).get().get(0);

    assertEquals(List.of(), loaded.getArticles());
    assertNull(article.author);
  }

  @Test
  void constrainedToOneLoadsNothingWhereTheConstraintRejectsTheParent() {
    List<Article> articles =
        db.articles.withAuthor(q -> q.where(a -> a.getName().equals("ann"))).get();

    assertEquals("ann", articles.get(0).author.getName());
    assertNull(articles.get(1).author);
  }

  @Test
  void constrainedHasOneLoadsTheFirstInsertedMatchOfTheConstraint() {
    Folder root = db.folders.save(new Folder("root"));
    db.folders
        .children(root)
        .createMany(List.of(new Folder("c1"), new Folder("c2"), new Folder("c3")));

    Folder loaded = db.folders.withFirstChild(q -> q.where(f -> !f.name.equals("c1"))).get().get(0);

    assertEquals("c2", loaded.firstChild.name);
  }

  @Test
  void nestedEagerLoadingFollowsSeveralLevels() {
    Author loaded =
        db.authors
            .withArticles(a -> a.withNotes(n -> n.withArticle(x -> x.withAuthor())))
            .get()
            .get(0);

    Note note = loaded.getArticles().get(0).notes.get(0);
    assertEquals("ann-1 A", note.text());
    assertEquals("ann-1", note.article().title);
    assertEquals("ann", note.article().author.getName());
    assertNull(note.article().notes);
    assertNull(note.article().author.getArticles());
  }

  @Test
  void nestedConstraintsHoldAtEveryLevel() {
    List<Author> authors =
        db.authors
            .withArticles(a -> a.hasNotes().orderBy(RANK_DESC).limit(1).withNotes(n -> n.offset(1)))
            .get();

    assertEquals(List.of("ann-1"), titles(authors.get(0).getArticles()));
    assertEquals(List.of("ann-1 B"), ids(authors.get(0).getArticles().get(0).notes, Note::text));
    assertEquals(List.of("bob-2"), titles(authors.get(1).getArticles()));
    assertEquals(List.of(), authors.get(1).getArticles().get(0).notes);
  }

  @Test
  void nestedEagerLoadingOfATreeOfOneEntity() {
    Folder root = db.folders.save(new Folder("root"));
    Folder a = db.folders.children(root).create(new Folder("a"));
    Folder b = db.folders.children(a).create(new Folder("b"));
    db.folders.children(b).create(new Folder("c"));

    Folder loaded =
        db.folders
            .withChildren(c -> c.withChildren(cc -> cc.withChildren().withParent()))
            .where(f -> f.parentId == null)
            .first()
            .orElseThrow();

    Folder levelB = loaded.children.get(0).children.get(0);
    assertEquals("b", levelB.name);
    assertEquals("c", levelB.children.get(0).name);
    assertEquals("a", levelB.parent.name);
    assertNull(levelB.children.get(0).children);
  }

  @Test
  void recordParentsLoadTheirChildren() {
    Board b = db.boards.save(Board.of("b"));
    db.boards.tickets(b).createMany(List.of(new Ticket("t1"), new Ticket("t2")));
    db.boards.save(Board.of("empty"));

    List<Board> boards = db.boards.withTickets(q -> q.where(t -> !t.getTitle().equals("t1"))).get();

    assertEquals(List.of("t2"), ids(boards.get(0).tickets(), Ticket::getTitle));
    assertEquals(List.of(), boards.get(1).tickets());
    assertEquals(List.of("b"), ids(db.boards.query().hasTickets().get(), Board::title));
  }

  // ---- has / doesntHave ----

  @Test
  void hasKeepsTheParentsWithRelatedRows() {
    assertEquals(List.of("ann", "bob"), names(db.authors.query().hasArticles().get()));
    assertEquals(List.of("ann-1", "bob-2"), titles(db.articles.query().hasNotes().get()));
  }

  @Test
  void doesntHaveKeepsTheParentsWithoutRelatedRows() {
    assertEquals(List.of("cid"), names(db.authors.query().doesntHaveArticles().get()));
    assertEquals(6, db.articles.query().doesntHaveNotes().count());
  }

  @Test
  void hasWithConstraintKeepsParentsWithMatchingRelatedRows() {
    assertEquals(
        List.of("bob"), names(db.authors.query().hasArticles(q -> q.where(a -> a.rank > 5)).get()));
  }

  @Test
  void doesntHaveWithConstraintKeepsParentsWithoutMatchingRelatedRows() {
    assertEquals(
        List.of("ann", "cid"),
        names(db.authors.query().doesntHaveArticles(q -> q.where(a -> a.rank > 5)).get()));
  }

  @Test
  void hasWithOffsetMeansMoreRelatedRowsThanTheOffset() {
    assertEquals(List.of("ann"), names(db.authors.query().hasArticles(q -> q.offset(3)).get()));
    assertEquals(
        List.of("ann", "bob"), names(db.authors.query().hasArticles(q -> q.offset(2)).get()));
  }

  @Test
  void hasWorksOnBelongsToAndHasOne() {
    db.authors.profile(bob).create(Profile.of("bob's bio"));

    assertEquals(
        List.of("bob-1", "bob-2", "bob-3"),
        titles(db.articles.query().hasAuthor(q -> q.where(a -> a.getName().equals("bob"))).get()));
    assertEquals(List.of("bob"), names(db.authors.query().hasProfile().get()));
    assertEquals(List.of("ann", "cid"), names(db.authors.query().doesntHaveProfile().get()));
    Article orphan = new Article("orphan", 0);
    db.articles.save(orphan);
    assertEquals(List.of("orphan"), titles(db.articles.query().doesntHaveAuthor().get()));
  }

  @Test
  void existenceFiltersCombineWithWhereAndWithEachOther() {
    List<Author> result =
        db.authors
            .query()
            .hasArticles()
            .doesntHaveArticles(q -> q.where(a -> a.rank > 5))
            .where(a -> a.getId() > 0)
            .get();

    assertEquals(List.of("ann"), names(result));
  }

  @Test
  void existenceFiltersInsideEagerLoadConstraintsHoldPerChild() {
    List<Author> authors = db.authors.withArticles(q -> q.hasNotes()).get();

    assertEquals(List.of("ann-1"), titles(authors.get(0).getArticles()));
    assertEquals(List.of("bob-2"), titles(authors.get(1).getArticles()));
  }

  @Test
  void conditionsReceiveStoredRowsWithoutRelations() {
    List<Boolean> relationSeen = new ArrayList<>();

    List<Author> loaded =
        db.authors.withArticles().where(a -> relationSeen.add(a.getArticles() != null)).get();

    assertEquals(List.of(false, false, false), relationSeen);
    assertNotNull(loaded.get(0).getArticles());
  }

  // ---- Writes inside query callbacks ----

  @Test
  void writeInsideAQueryCallbackThrowsRelataExceptionAndWritesNothing() {
    Map<String, List<String>> before = db.snapshot();
    List<Supplier<Object>> queries =
        List.of(
            () -> db.authors.query().where(a -> db.authors.save(new Author("x")) != null).get(),
            () -> db.authors.query().where(a -> db.authors.delete(a.getId())).count(),
            () -> db.authors.query().orderBy((x, y) -> db.authors.deleteAll() > 0 ? 1 : -1).get(),
            () ->
                db.authors
                    .withArticles(
                        q -> q.where(a -> db.articles.insert(new Article("x", 0)) != null))
                    .get(),
            () ->
                db.authors
                    .query()
                    .hasArticles(q -> q.where(a -> db.authors.articles(ann).destroyAll() > 0))
                    .exists(),
            () ->
                db.articles
                    .query()
                    .where(a -> db.articles.author(a).associate(new Author("y")) != null)
                    .first());
    for (Supplier<Object> query : queries) {
      Executable run = query::get;
      RelataException e = assertThrows(RelataException.class, run);
      assertTrue(
          e.getMessage().contains("is running entity code or a query callback"), e.getMessage());
    }
    db.assertUnchanged(before);
  }
}
