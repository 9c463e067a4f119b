package dev.relata.examples.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contenders of the benchmarks return equal results for every measured operation, so that the
 * benchmarks compare the same work: Relata (in memory, on H2 and on PostgreSQL), the baseline, H2,
 * hand-written JDBC on H2 and PostgreSQL (on one connection, and with a pooled {@code find}) and
 * Hibernate on both for all of them (but the index reads, which the hand-written JDBC leaves out),
 * CQEngine for the index reads. Small data; no timing.
 */
class ContendersAgreeTest {
  private static final int POSTS = 1_000;

  /** Every contender but the baseline, which the others are checked against. */
  private static final List<String> NAMES =
      List.of(
          "relata",
          "h2",
          "relata-h2",
          "hibernate",
          "relata-pg",
          "jdbc-h2",
          "jdbc-pg",
          "jdbc-h2-pool",
          "jdbc-pg-pool",
          "hibernate-pg");

  private static Dataset data;
  private static Contender baseline;
  private static final Map<String, Contender> contenders = new LinkedHashMap<>();
  private static IndexedReads cqengine;

  @BeforeAll
  static void load() {
    data = Dataset.generate(POSTS);
    baseline = Contender.create("baseline");
    baseline.load(data);
    for (String name : NAMES) {
      Contender contender = Contender.create(name);
      contender.load(data);
      contenders.put(name, contender);
    }
    cqengine = IndexedReads.create("cqengine");
    cqengine.load(data);
  }

  @AfterAll
  static void close() {
    baseline.close();
    contenders.values().forEach(Contender::close);
    cqengine.close();
    PostgresDatabases.stop(); // now, rather than in a shutdown hook the test JVM would wait for
  }

  @Test
  void withCommentsLoadsEveryCommentOfEveryPost() {
    List<String> expected = agree(c -> describePosts(c.postsWithComments()));
    assertEquals(POSTS, expected.size());
    assertTrue(expected.get(0).contains("Comment "), expected.get(0));
    int comments = 0;
    for (Post post : baseline.postsWithComments()) {
      comments += post.getComments().size();
    }
    assertEquals(POSTS * Dataset.COMMENTS_PER_POST, comments);
  }

  @Test
  void withPostLoadsThePostOfEveryComment() {
    List<String> expected = agree(c -> describeComments(c.commentsWithPost()));
    assertEquals(POSTS * Dataset.COMMENTS_PER_POST, expected.size());
    assertTrue(expected.get(0).contains("Post "), expected.get(0));
  }

  @Test
  void countriesWithPostsGoesThroughUsers() {
    List<String> expected = agree(c -> describeCountries(c.countriesWithPosts()));
    assertEquals(Dataset.COUNTRIES, expected.size());
    int posts = 0;
    for (Country country : baseline.countriesWithPosts()) {
      posts += country.getPosts().size();
    }
    assertEquals(POSTS, posts);
  }

  @Test
  void newestCommentsKeepsTheNewestPerPostNewestFirst() {
    List<String> expected = agree(c -> describePosts(c.postsWithNewestComments(Dataset.NEWEST)));
    assertEquals(POSTS, expected.size());
    for (Post post : baseline.postsWithNewestComments(Dataset.NEWEST)) {
      List<Comment> newest = post.getComments();
      assertEquals(Dataset.NEWEST, newest.size());
      for (int i = 1; i < newest.size(); i++) {
        assertTrue(newest.get(i - 1).getCreatedAt() > newest.get(i).getCreatedAt());
      }
    }
  }

  @Test
  void findReturnsThePostsOfTheKeysInOrder() {
    long[] keys = data.findKeys();
    List<String> expected = agree(c -> describePosts(c.find(keys)));
    assertEquals(keys.length, expected.size());
    assertTrue(expected.get(0).startsWith("Post(" + keys[0] + ","), expected.get(0));
  }

  @Test
  void whereKeepsAboutOneInTenPosts() {
    List<String> expected =
        agree(c -> describePosts(c.postsWithViewsAbove(Dataset.VIEWS_THRESHOLD)));
    assertTrue(expected.size() > POSTS / 20 && expected.size() < POSTS / 5, "" + expected.size());
  }

  @Test
  void postsOfUsersAreTheirPostsInKeyOrder() {
    long[] users = data.userKeys();
    List<String> expected = agreeOnIndexReads(c -> describePosts(c.postsOfUsers(users)));
    assertTrue(expected.size() > users.length * 5, "" + expected.size());
    assertTrue(expected.get(0).contains("," + users[0] + ",post-"), expected.get(0));
  }

  @Test
  void postsBySlugAreOnePerSlug() {
    String[] slugs = data.slugs();
    List<String> expected = agreeOnIndexReads(c -> describePosts(c.postsBySlug(slugs)));
    assertEquals(slugs.length, expected.size());
    assertTrue(expected.get(0).contains("," + slugs[0] + ","), expected.get(0));
  }

  @Test
  void postsCreatedBetweenAreOnePercentOldestFirst() {
    List<String> expected =
        agreeOnIndexReads(
            c -> describePosts(c.postsCreatedBetween(data.rangeFrom(), data.rangeTo())));
    assertEquals(POSTS / 100, expected.size());
    List<Post> posts = baseline.postsCreatedBetween(data.rangeFrom(), data.rangeTo());
    for (int i = 1; i < posts.size(); i++) {
      assertTrue(posts.get(i - 1).getCreatedAt() < posts.get(i).getCreatedAt());
    }
  }

  @Test
  void newestPostsAreNewestFirst() {
    List<String> expected =
        agreeOnIndexReads(c -> describePosts(c.newestPosts(Dataset.NEWEST_POSTS)));
    assertEquals(Dataset.NEWEST_POSTS, expected.size());
    long newest = data.posts().stream().mapToLong(Post::getCreatedAt).max().orElseThrow();
    assertEquals(newest, baseline.newestPosts(1).get(0).getCreatedAt());
  }

  @Test
  void saveIntoAnEmptyStoreStoresEveryPostAndComment() {
    List<List<String>> results = new ArrayList<>();
    List<String> names = new ArrayList<>(NAMES);
    names.add(0, "baseline");
    for (String name : names) {
      try (Contender contender = Contender.create(name)) {
        int saved = contender.save(data.posts(), data.comments());
        assertEquals(POSTS + data.comments().size(), saved, name);
        results.add(describePosts(contender.postsWithComments()));
      }
    }
    assertEquals(describePosts(baseline.postsWithComments()), results.get(0));
    for (int i = 1; i < names.size(); i++) {
      assertEquals(results.get(0), results.get(i), names.get(i) + " against baseline");
    }
  }

  @Test
  void readsReturnFreshObjects() {
    List<Contender> all = new ArrayList<>(contenders.values());
    all.add(baseline);
    for (Contender contender : all) {
      Post first = contender.postsWithComments().get(0);
      first.setTitle("changed");
      first.getComments().clear();
      Post again = contender.postsWithComments().get(0);
      assertEquals("Post 1", again.getTitle());
      assertEquals(Dataset.COMMENTS_PER_POST, again.getComments().size());
    }
  }

  /** Runs {@code operation} on the contenders of the index reads; returns the baseline's. */
  private static List<String> agreeOnIndexReads(Function<IndexedReads, List<String>> operation) {
    List<String> expected = agree(operation::apply, false);
    assertEquals(expected, operation.apply(cqengine), "cqengine against baseline");
    return expected;
  }

  /** Runs {@code operation} on every contender; returns the baseline's result. */
  private static List<String> agree(Function<Contender, List<String>> operation) {
    return agree(operation, true);
  }

  private static List<String> agree(
      Function<Contender, List<String>> operation, boolean handWrittenJdbc) {
    List<String> expected = operation.apply(baseline);
    contenders.forEach(
        (name, contender) -> {
          if (handWrittenJdbc || !name.startsWith("jdbc-")) {
            assertEquals(expected, operation.apply(contender), name + " against baseline");
          }
        });
    return expected;
  }

  private static List<String> describePosts(List<Post> posts) {
    List<String> described = new ArrayList<>(posts.size());
    for (Post post : posts) {
      described.add(describe(post));
    }
    return described;
  }

  private static List<String> describeComments(List<Comment> comments) {
    List<String> described = new ArrayList<>(comments.size());
    for (Comment comment : comments) {
      described.add(describe(comment));
    }
    return described;
  }

  private static List<String> describeCountries(List<Country> countries) {
    List<String> described = new ArrayList<>(countries.size());
    for (Country country : countries) {
      described.add(
          "Country("
              + country.getId()
              + ","
              + country.getName()
              + ","
              + (country.getUsers() == null ? "-" : "users?")
              + ","
              + (country.getPosts() == null ? "-" : describePosts(country.getPosts()))
              + ")");
    }
    return described;
  }

  private static String describe(Post post) {
    String comments = "-";
    if (post.getComments() != null) {
      comments = describeComments(post.getComments()).toString();
    }
    return "Post("
        + post.getId()
        + ","
        + post.getTitle()
        + ","
        + post.getUserId()
        + ","
        + post.getSlug()
        + ","
        + post.getCreatedAt()
        + ","
        + post.getViews()
        + ","
        + comments
        + ")";
  }

  private static String describe(Comment comment) {
    return "Comment("
        + comment.getId()
        + ","
        + comment.getPostId()
        + ","
        + comment.getBody()
        + ","
        + comment.getCreatedAt()
        + ","
        + (comment.getPost() == null ? "-" : describe(comment.getPost()))
        + ")";
  }
}
