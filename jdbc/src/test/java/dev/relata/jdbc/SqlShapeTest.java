package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.jdbc.model.Author;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.BlogPost_;
import dev.relata.jdbc.model.Reply;
import dev.relata.jdbc.model.ReplyRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL that queries run: what runs in the database, and how many statements a load takes. */
class SqlShapeTest {
  private JdbcStore store;
  private AuthorRepository authors;
  private BlogPostRepository posts;

  private void open(String kind) {
    store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    authors = new AuthorRepository(store);
    posts = new BlogPostRepository(store);
    new ReplyRepository(store);
    store.createSchema();
    List<Author> all = new ArrayList<>();
    for (int a = 0; a < 30; a++) {
      Author author = new Author("author " + a);
      author.blogPosts = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        BlogPost post = new BlogPost("post " + a + "." + p, (a * 7 + p * 3) % 10);
        post.slug = "a" + a + "p" + p;
        post.replies = List.of(new Reply("r" + p));
        author.blogPosts.add(post);
      }
      all.add(author);
    }
    authors.saveAll(all);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void eagerLoadingIsOneSelectPerRelationAndLevel(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      List<Author> loaded = authors.query().withBlogPosts(p -> p.withReplies()).get();
      assertEquals(30, loaded.size());
      assertEquals(150, loaded.stream().mapToInt(a -> a.blogPosts.size()).sum());
      List<String> counts =
          log.selects().stream().filter(s -> s.startsWith("SELECT COUNT(*)")).toList();
      assertEquals(3, log.selects().size() - counts.size(), String.join("\n", log.selects()));
      // On H2 the 150 keys of the replies' load fill two IN lists: a count of the posts weighs a
      // scan against them (Dialect.scansForManyValues).
      assertEquals(kind.equals("h2") ? 1 : 0, counts.size(), counts.toString());
    }
  }

  @Test
  void onH2AKeysLoadOfAGoodPartOfATableIsOneScanAndOfAFewIsInLists() {
    open("h2");
    try (SqlLog log = SqlLog.start()) {
      List<Author> loaded = authors.query().withBlogPosts(p -> p.withReplies()).get();
      assertEquals(150, loaded.stream().mapToInt(a -> a.blogPosts.size()).sum());
      assertTrue(
          loaded.stream().flatMap(a -> a.blogPosts.stream()).allMatch(p -> p.replies.size() == 1));
      String replies = log.selects().get(log.selects().size() - 1);
      assertTrue(replies.endsWith("IS NOT NULL"), replies);
    }
    try (SqlLog log = SqlLog.start()) {
      // Fewer keys than one IN list holds: the list, without a count.
      List<BlogPost> few = posts.query().where(BlogPost_.views.gt(8)).withReplies().get();
      assertTrue(few.size() > 1 && few.size() < 100, "posts: " + few.size());
      assertTrue(few.stream().allMatch(p -> p.replies.size() == 1 && p.views > 8));
      assertEquals(2, log.selects().size(), log.selects().toString());
      assertTrue(log.selects().get(1).contains(" IN (?"), log.selects().get(1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aPageOfEachParentIsTakenWithRowNumberOnPostgresAndFromOrderedRowsOnH2(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      List<Author> loaded =
          authors
              .query()
              .withBlogPosts(p -> p.orderBy(BlogPost_.views.desc()).offset(1).limit(2))
              .get();
      for (Author author : loaded) {
        List<Integer> views =
            posts.query().where(BlogPost_.authorId.eq(author.id)).get().stream()
                .map(p -> p.views)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        assertEquals(
            views.subList(1, 3), author.blogPosts.stream().map(p -> p.views).toList(), author.name);
      }
      String load = log.selects().get(1);
      assertEquals(kind.equals("postgres"), load.contains("ROW_NUMBER() OVER (PARTITION BY"), load);
      assertTrue(load.contains("DESC NULLS LAST"), load);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFindByKeyIsOneSelectWithItsKeyBoundWrittenAsANumberOrBoxed(String kind) {
    open(kind);
    BlogPost some = posts.query().get().get(41);
    try (SqlLog log = SqlLog.start()) {
      BlogPost byNumber = posts.find(some.id.longValue()).orElseThrow(); // find(long)
      BlogPost byBox = posts.find(some.id).orElseThrow(); // find(Long)
      assertTrue(posts.find(some.id + 100_000).isEmpty());
      assertEquals(List.of(some.id, some.title), List.of(byNumber.id, byNumber.title));
      assertEquals(List.of(some.id, some.title), List.of(byBox.id, byBox.title));
      assertFalse(byNumber == byBox, "each find reads a fresh copy");
      assertEquals(3, log.selects().size(), log.selects().toString());
      for (String select : log.selects()) {
        assertTrue(select.endsWith(" = ?"), select); // the key bound, never in the text
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void rowsOfManyKeysReadTheirPlaceInInsertionOrderOnlyWhereJavaPutsThemInIt(String kind) {
    open(kind);
    List<BlogPost> all = posts.query().get();
    // Keys asked for out of insertion order, one repeated: each once, in the order asked.
    List<Long> keys = List.of(all.get(40).id, all.get(3).id, all.get(17).id, all.get(3).id);
    try (SqlLog log = SqlLog.start()) {
      List<BlogPost> found = posts.findAll(keys);
      assertEquals(keys, found.stream().map(p -> p.id).toList());
      assertFalse(found.get(1) == found.get(3), "a repeated key gets a copy of its own");
      String select = log.selects().get(0).toLowerCase(java.util.Locale.ROOT);
      // PostgreSQL orders the rows of its one statement (one array of keys): no place to read.
      // H2 leaves the order to Java (Dialect.insertionOrderInJava): it reads each row's place.
      assertEquals(kind.equals("h2"), select.contains("\"relata_order\" from"), select);
      assertEquals(kind.equals("postgres"), select.endsWith("order by t.\"relata_order\""), select);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void typedConditionsOrdersAndPagesRunInTheDatabaseWithBoundValues(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      List<BlogPost> page =
          posts
              .query()
              .where(BlogPost_.views.gt(5).and(BlogPost_.title.startsWith("post 1")))
              .orderBy(BlogPost_.views.desc())
              .offset(1)
              .limit(3)
              .get();
      List<BlogPost> expected =
          posts.all().stream()
              .filter(p -> p.views > 5 && p.title.startsWith("post 1"))
              .sorted((a, b) -> Integer.compare(b.views, a.views))
              .skip(1)
              .limit(3)
              .toList();
      assertEquals(ids(expected), ids(page));
      String sql = log.selects().get(0);
      assertTrue(sql.contains("WHERE") && sql.contains("LIMIT ?") && sql.contains("OFFSET ?"), sql);
      assertFalse(sql.contains("post 1") || sql.contains("> 5"), sql);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void existenceFiltersAreExistsSubqueries(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      assertEquals(30, authors.query().hasBlogPosts(p -> p.where(BlogPost_.views.ge(0))).count());
      assertEquals(0, authors.query().doesntHaveBlogPosts().count());
      assertTrue(log.selects().get(0).contains("EXISTS (SELECT 1"), log.selects().get(0));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aLambdaWhereRunsInJavaOverTheRowsTheDatabaseReturns(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      List<BlogPost> found = posts.query().where(p -> p.views == 3).limit(4).get();
      assertEquals(4, found.size());
      String sql = log.selects().get(0);
      assertFalse(sql.contains("WHERE") || sql.contains("LIMIT"), sql);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCountRunsInTheDatabaseWhenNothingIsLeftToJava(String kind) {
    open(kind);
    try (SqlLog log = SqlLog.start()) {
      long count = posts.query().where(BlogPost_.views.ge(5)).offset(3).limit(100).count();
      assertEquals(posts.all().stream().filter(p -> p.views >= 5).count() - 3, count);
      String sql = log.selects().get(0);
      assertTrue(sql.startsWith("SELECT COUNT(*) FROM (SELECT 1 FROM"), sql);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theStoreExportsAndImportsJsonAsTheInMemoryStoreDoes(String kind) {
    open(kind);
    String json = store.exportJson();
    JdbcStore copy = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    AuthorRepository copiedAuthors = new AuthorRepository(copy);
    new BlogPostRepository(copy);
    new ReplyRepository(copy);
    copy.createSchema();

    assertEquals(30 + 150 + 150, copy.importJson(json));

    assertEquals(json, copy.exportJson());
    assertEquals(
        authors.query().withBlogPosts().get().stream()
            .map(a -> a.name + a.blogPosts.size())
            .toList(),
        copiedAuthors.query().withBlogPosts().get().stream()
            .map(a -> a.name + a.blogPosts.size())
            .toList());
  }

  private static List<Long> ids(List<BlogPost> posts) {
    return posts.stream().map(p -> p.id).toList();
  }
}
