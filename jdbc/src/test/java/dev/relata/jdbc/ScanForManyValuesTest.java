package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.BlogPost_;
import dev.relata.jdbc.model.Reply;
import dev.relata.jdbc.model.ReplyRepository;
import dev.relata.jdbc.model.Reply_;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads of many keys, which on H2 scan the rows that have a key and leave the others out in Java
 * ({@link Dialect#scansForManyValues}), give each owner its own rows only, paged per owner, as the
 * {@code IN} lists of PostgreSQL's arrays do: rows of owners not asked for, of no owner (a null
 * key) and of an owner that does not exist stay out.
 */
class ScanForManyValuesTest {
  private static final int POSTS = 200;

  private BlogPostRepository posts;
  private ReplyRepository replies;

  /** Posts 1 to 200 with views key % 10, three replies each; replies of no post and of post -1. */
  private void open(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    new AuthorRepository(store);
    posts = new BlogPostRepository(store);
    replies = new ReplyRepository(store);
    store.createSchema();
    List<BlogPost> all = new ArrayList<>();
    for (long key = 1; key <= POSTS; key++) {
      BlogPost post = new BlogPost("p" + key, (int) (key % 10));
      post.id = key;
      post.slug = "s" + key;
      all.add(post);
    }
    posts.saveAll(all);
    List<Reply> some = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      for (long key = 1; key <= POSTS; key++) {
        Reply reply = new Reply(r + "-" + key);
        reply.blogPostId = key;
        some.add(reply);
      }
      some.add(new Reply("none " + r));
      Reply dangling = new Reply("dangling " + r);
      dangling.blogPostId = -1L;
      some.add(dangling);
    }
    replies.saveAll(some);
  }

  /** On H2, the last statement is the scan this test is about. */
  private static void assertScannedOnH2(String kind, SqlLog log) {
    String last = log.selects().get(log.selects().size() - 1);
    assertEquals(kind.equals("h2"), last.endsWith("IS NOT NULL"), last);
  }

  private static List<String> bodies(List<Reply> list) {
    return list.stream().map(r -> r.body).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void eachOwnerGetsItsOwnRowsInInsertionOrder(String kind) {
    open(kind);
    // 160 of 200 posts: more keys than an IN list holds, and a good part of the table.
    List<BlogPost> loaded;
    try (SqlLog log = SqlLog.start()) {
      loaded = posts.query().where(BlogPost_.views.gt(1)).withReplies().get();
      assertScannedOnH2(kind, log);
    }

    assertEquals(160, loaded.size());
    for (BlogPost post : loaded) {
      assertTrue(post.views > 1, post.title);
      assertEquals(
          List.of("0-" + post.id, "1-" + post.id, "2-" + post.id), bodies(post.replies), post.title);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aPagePerOwnerHoldsForEachOwnerAlone(String kind) {
    open(kind);
    List<BlogPost> loaded =
        posts
            .query()
            .where(BlogPost_.views.gt(1))
            .withReplies(r -> r.orderBy(Reply_.body.desc()).offset(1).limit(1))
            .get();

    assertEquals(160, loaded.size());
    for (BlogPost post : loaded) {
      assertEquals(List.of("1-" + post.id), bodies(post.replies), post.title);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aLambdaConditionPerOwnerSeesOnlyThatOwnersRows(String kind) {
    open(kind);
    List<BlogPost> loaded =
        posts
            .query()
            .where(BlogPost_.views.gt(1))
            .withReplies(r -> r.where(reply -> !reply.body.startsWith("1-")).limit(5))
            .get();

    for (BlogPost post : loaded) {
      assertEquals(List.of("0-" + post.id, "2-" + post.id), bodies(post.replies), post.title);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void toOneTargetsOfManyKeysAreTheirOwnersAndOneObjectPerKey(String kind) {
    open(kind);
    List<Reply> loaded;
    try (SqlLog log = SqlLog.start()) {
      loaded = replies.query().withBlogPost().get();
      assertScannedOnH2(kind, log);
    }

    assertEquals(3 * POSTS + 6, loaded.size());
    Map<Long, BlogPost> seen = new HashMap<>();
    for (Reply reply : loaded) {
      if (reply.blogPostId == null || reply.blogPostId < 0) {
        assertNull(reply.blogPost, reply.body);
        continue;
      }
      assertEquals(reply.blogPostId, reply.blogPost.id, reply.body);
      assertEquals("p" + reply.blogPostId, reply.blogPost.title);
      BlogPost first = seen.putIfAbsent(reply.blogPostId, reply.blogPost);
      if (first != null) {
        assertSame(first, reply.blogPost, "one object per post, as in memory");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void findAllOfManyKeysGivesTheKeysAskedForInTheirOrder(String kind) {
    open(kind);
    List<Long> keys = new ArrayList<>();
    for (long key = POSTS + 20; key >= 50; key--) { // 20 keys that no post has
      keys.add(key);
    }
    keys.add(60L); // again

    List<BlogPost> found = posts.findAll(keys);

    List<Long> expected = new ArrayList<>();
    for (long key = POSTS; key >= 50; key--) {
      expected.add(key);
    }
    expected.add(60L);
    assertEquals(expected, found.stream().map(p -> p.id).toList());
  }
}
