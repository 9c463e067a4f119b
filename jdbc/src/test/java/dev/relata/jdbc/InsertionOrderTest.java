package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class InsertionOrderTest {
  @Test
  void rowsThatCameInOrderAreKeptAsTheyCame() {
    InsertionOrder<String> rows = new InsertionOrder<>();
    for (int i = 0; i < 40; i++) {
      rows.add("r" + i, 10L * i);
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      expected.add("r" + i);
    }
    assertEquals(expected, rows.rows());
  }

  @Test
  void rowsOutOfOrderAreSortedByTheirPlaces() {
    InsertionOrder<String> rows = new InsertionOrder<>();
    rows.add("third", 30);
    rows.add("first", 5);
    rows.add("second", 7);
    rows.add("fourth", Long.MAX_VALUE);
    assertEquals(List.of("first", "second", "third", "fourth"), rows.rows());
  }

  /**
   * Rows in order for several blocks of places, then a row whose place is the lowest, then rows in
   * order again: the one late row is put first, and the others keep their order.
   */
  @Test
  void aRowOutOfOrderAfterManyInOrderIsPutInItsPlace() {
    InsertionOrder<Integer> rows = new InsertionOrder<>();
    int n = 10_000;
    for (int i = 1; i <= n; i++) {
      rows.add(i, 2L * i);
    }
    rows.add(0, 1);
    for (int i = n + 1; i <= n + 5; i++) {
      rows.add(i, 2L * i);
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i <= n + 5; i++) {
      expected.add(i);
    }
    assertEquals(expected, rows.rows());
  }

  /**
   * Rows with consecutive places but for a gap every 1,000 rows (kept as runs), then one whose
   * place is below them all, then more: the runs are spelled out, and the late row put first.
   */
  @Test
  void aRowOutOfOrderAfterRunsOfConsecutivePlacesIsPutInItsPlace() {
    InsertionOrder<Long> rows = new InsertionOrder<>();
    List<Long> places = new ArrayList<>();
    for (long place = 100; places.size() < 20_000; place++) {
      if (place % 1_000 != 0) {
        places.add(place);
      }
    }
    for (long place : places) {
      rows.add(place, place);
    }
    rows.add(7L, 7);
    rows.add(50_000L, 50_000);
    rows.add(8L, 8);
    List<Long> expected = new ArrayList<>(List.of(7L, 8L));
    expected.addAll(places);
    expected.add(50_000L);
    assertEquals(expected, rows.rows());
  }

  /**
   * Many runs of a few places each (a query that skips rows), in order, then one row out of order:
   * the places kept once the runs became many put it first.
   */
  @Test
  void rowsWithManyGapsThenOneOutOfOrderAreSortedByTheirPlaces() {
    InsertionOrder<Long> rows = new InsertionOrder<>();
    List<Long> expected = new ArrayList<>();
    for (long place = 1; place < 30_000; place += place % 3 == 0 ? 5 : 1) {
      rows.add(place, place);
      expected.add(place);
    }
    rows.add(0L, 0);
    expected.add(0, 0L);
    assertEquals(expected, rows.rows());
  }

  @Test
  void rowsOutOfOrderAcrossBlocksAreSortedByTheirPlaces() {
    InsertionOrder<Long> rows = new InsertionOrder<>();
    int n = 9_000;
    for (int i = 0; i < n; i++) {
      long place = (i * 7_919L) % n; // every place once, out of order
      rows.add(place, place);
    }
    List<Long> sorted = rows.rows();
    assertEquals(n, sorted.size());
    for (int i = 0; i < n; i++) {
      assertEquals(Long.valueOf(i), sorted.get(i));
    }
  }

  @Test
  void noRowsAreNoRows() {
    assertEquals(List.of(), new InsertionOrder<String>().rows());
  }

  /**
   * Keys that descend, where insertion order ascends: on H2, whose queries ordered only by
   * insertion order go unordered (a table scan runs in key order) and are put in order in Java, and
   * on PostgreSQL, which orders them; more than one {@code IN} list of keys on H2, and on H2 a scan
   * for the keys of every post.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void readsComeInInsertionOrderWhateverTheKeys(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    BlogPostRepository posts = new BlogPostRepository(store);
    ReplyRepository replies = new ReplyRepository(store);
    store.createSchema();
    int n = 1_500;
    List<BlogPost> saved = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BlogPost post = new BlogPost("p" + i, i % 10);
      post.id = (long) (n - i); // descending keys
      post.slug = "s" + i;
      saved.add(post);
    }
    posts.saveAll(saved);
    List<Reply> written = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < 2; r++) {
        Reply reply = new Reply(r + "-" + i);
        reply.id = (long) (3 * n - 2 * i - r); // descending keys too
        reply.blogPostId = saved.get(n - 1 - i).id;
        written.add(reply);
      }
    }
    replies.saveAll(written);

    List<String> titles = saved.stream().map(p -> p.title).toList();
    assertEquals(titles, posts.all().stream().map(p -> p.title).toList());
    assertEquals(
        titles.stream().filter(t -> Integer.parseInt(t.substring(1)) % 10 > 7).toList(),
        posts.query().where(BlogPost_.views.gt(7)).get().stream().map(p -> p.title).toList());
    // 300 posts of 1,500: on H2 three IN lists of keys (a count found them too few to scan for).
    List<BlogPost> some = posts.query().where(BlogPost_.views.gt(7)).withReplies().get();
    assertEquals(
        titles.stream().filter(t -> Integer.parseInt(t.substring(1)) % 10 > 7).toList(),
        some.stream().map(p -> p.title).toList());
    assertRepliesInOrder(some, n);
    List<BlogPost> loaded = posts.query().withReplies().get();
    assertEquals(titles, loaded.stream().map(p -> p.title).toList());
    assertRepliesInOrder(loaded, n);
    List<Reply> withPost = replies.query().withBlogPost().get();
    assertEquals(
        written.stream().map(r -> r.body).toList(), withPost.stream().map(r -> r.body).toList());
    assertEquals(titles.get(0), posts.query().limit(1).get().get(0).title);
  }

  /**
   * Replies whose keys come in insertion order but for one, saved last with a key among the others:
   * read in key order (H2 scans the replies of all posts so), the rows group by post as they come
   * until that one, then are grouped again in insertion order: each post's replies in the order
   * they were saved, the late one last.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aToManyLoadGroupsInInsertionOrderWhenARowComesLateAmongRowsInOrder(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    BlogPostRepository posts = new BlogPostRepository(store);
    ReplyRepository replies = new ReplyRepository(store);
    store.createSchema();
    int n = 300;
    List<BlogPost> saved = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      BlogPost post = new BlogPost("p" + i, i);
      post.slug = "s" + i;
      saved.add(post);
    }
    posts.saveAll(saved);
    // Reply k belongs to post (k - 1) % n; reply n, of the last post, is saved after all others.
    long late = n;
    List<Reply> written = new ArrayList<>();
    for (long k = 1; k <= 2 * n; k++) {
      if (k != late) {
        written.add(reply(k, saved.get((int) (k - 1) % n)));
      }
    }
    replies.saveAll(written);
    replies.save(reply(late, saved.get(n - 1)));

    List<BlogPost> loaded = posts.query().withReplies().get();

    assertEquals(n, loaded.size());
    for (int i = 0; i < n - 1; i++) {
      assertEquals(
          List.of("r" + (i + 1), "r" + (n + i + 1)),
          loaded.get(i).replies.stream().map(r -> r.body).toList(),
          loaded.get(i).title);
    }
    assertEquals(
        List.of("r" + 2 * n, "r" + late),
        loaded.get(n - 1).replies.stream().map(r -> r.body).toList());
  }

  /**
   * Each of {@code loaded} (of {@link #readsComeInInsertionOrderWhateverTheKeys}'s {@code n} posts)
   * carries its two replies in the order they were saved.
   */
  private static void assertRepliesInOrder(List<BlogPost> loaded, int n) {
    for (BlogPost post : loaded) {
      int i = n - 1 - Integer.parseInt(post.title.substring(1));
      assertEquals(
          List.of("0-" + i, "1-" + i), post.replies.stream().map(r -> r.body).toList(), post.title);
    }
  }

  private static Reply reply(long key, BlogPost post) {
    Reply reply = new Reply("r" + key);
    reply.id = key;
    reply.blogPostId = post.id;
    return reply;
  }
}
