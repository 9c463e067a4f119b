package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.ReplyRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save of many rows whose explicit keys lie above the key sequence is sent as plain inserts, and
 * does what an upsert does wherever a row with such a key is there after all (see {@link SqlRows}).
 */
class InsertedFirstTest {
  /**
   * Two statements of {@link SqlRows#ROWS_PER_INSERT} rows each and more than {@link
   * SqlRows#INSERTED_FIRST} rows left over, sent one a statement.
   */
  private static final int ROWS = 2 * SqlRows.ROWS_PER_INSERT + SqlRows.INSERTED_FIRST + 10;

  private DataSource source;
  private JdbcStore store;
  private BlogPostRepository posts;

  private void open(String kind) {
    source = JdbcStoreSmokeTest.source(kind);
    store = JdbcStore.open(source);
    new AuthorRepository(store);
    posts = new BlogPostRepository(store);
    new ReplyRepository(store);
    store.createSchema();
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Posts with the keys {@code from} to {@code to}, titled {@code title} and their key. */
  private static List<BlogPost> posts(long from, long to, String title) {
    List<BlogPost> list = new ArrayList<>();
    for (long key = from; key <= to; key++) {
      BlogPost post = new BlogPost(title + key, (int) key);
      post.id = key;
      post.slug = "slug-" + key;
      list.add(post);
    }
    return list;
  }

  private static List<Long> keys(List<BlogPost> list) {
    return list.stream().map(p -> p.id).toList();
  }

  private static List<Long> range(long from, long to) {
    List<Long> keys = new ArrayList<>();
    for (long key = from; key <= to; key++) {
      keys.add(key);
    }
    return keys;
  }

  private static long count(List<String> statements, String prefix) {
    return statements.stream().filter(s -> s.startsWith(prefix)).count();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aLargeSaveOfNewKeysInsertsAndALaterSaveOfThemUpserts(String kind) {
    open(kind);
    List<String> first;
    try (SqlLog log = SqlLog.start()) {
      posts.saveAll(posts(1, ROWS, "first "));
      first = log.statements();
    }
    List<String> second;
    try (SqlLog log = SqlLog.start()) {
      posts.saveAll(posts(1, ROWS, "second "));
      second = log.statements();
    }

    // One statement of ROWS_PER_INSERT rows (sent twice), one of a row for the rows left over.
    assertEquals(2, count(first, "INSERT INTO"), first.toString());
    assertTrue(first.stream().anyMatch(s -> s.contains("?), (?")), first.toString());
    assertTrue(
        first.stream().noneMatch(s -> s.contains("ON CONFLICT") || s.startsWith("MERGE")),
        "new rows are inserted, not upserted: " + first);
    assertTrue(
        second.stream().allMatch(s -> !s.startsWith("INSERT") || s.contains("ON CONFLICT")),
        "the rows stored are upserted, without an insert first: " + second);
    List<BlogPost> stored = posts.all();
    assertEquals(range(1, ROWS), keys(stored));
    assertTrue(stored.stream().allMatch(p -> p.title.startsWith("second ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRowWrittenAroundTheStoreIsReplacedAndKeepsItsPlace(String kind) throws SQLException {
    open(kind);
    // Written by hand, without raising the key sequence: the inserts meet it, the upserts replace.
    execute("INSERT INTO blog_posts (id, title, views, slug) VALUES (30, 'by hand', 0, 'other')");

    posts.saveAll(posts(1, ROWS, "saved "));

    List<BlogPost> stored = posts.all();
    List<Long> expected = new ArrayList<>(List.of(30L));
    expected.addAll(range(1, 29));
    expected.addAll(range(31, ROWS));
    assertEquals(expected, keys(stored));
    assertEquals("saved 30", stored.get(0).title);
    assertEquals("slug-30", stored.get(0).slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aKeyGivenTwiceInOneSaveIsOneRowWithTheLaterValues(String kind) {
    open(kind);
    List<BlogPost> list = posts(1, ROWS, "saved ");
    BlogPost again = new BlogPost("again", 5);
    again.id = 5L;
    again.slug = "slug-again";
    list.add(again);
    // Given twice within one statement of several rows, too.
    BlogPost twice = new BlogPost("twice", 150);
    twice.id = 150L;
    twice.slug = "slug-twice";
    list.set(160, twice);

    posts.saveAll(list);

    List<BlogPost> stored = posts.all();
    List<Long> expected = range(1, ROWS);
    expected.remove(Long.valueOf(161));
    assertEquals(expected, keys(stored));
    assertEquals("again", stored.get(4).title);
    assertEquals("twice", stored.get(149).title);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aUniqueViolationInALargeSaveOfNewKeysWritesNothing(String kind) {
    open(kind);
    List<BlogPost> list = posts(1, ROWS, "saved ");
    list.get(ROWS - 1).slug = "slug-1";
    List<Long> given = keys(list);

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> posts.saveAll(list));

    assertEquals("slug", e.field());
    assertEquals(0, posts.count());
    assertEquals(given, keys(list), "the caller's objects changed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aNotNullViolationInALargeSaveOfNewKeysIsARelataExceptionNamingTheEntity(String kind)
      throws SQLException {
    open(kind);
    execute("ALTER TABLE blog_posts ALTER COLUMN title SET NOT NULL");
    List<BlogPost> list = posts(1, ROWS, "saved ");
    list.get(ROWS / 2).title = null;
    BlogPost unkeyed = new BlogPost("no key", 1);
    unkeyed.slug = "no-key";
    list.add(unkeyed); // gets an assigned number, which must not stay in it
    List<Long> given = keys(list);

    RelataException e = assertThrows(RelataException.class, () -> posts.saveAll(list));

    assertFalse(e instanceof DuplicateKeyException, e.toString());
    assertTrue(e.getMessage().contains("blogPosts"), e.getMessage());
    assertEquals(0, posts.count());
    assertEquals(given, keys(list), "the caller's objects changed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFallBackToUpsertsInATransactionKeepsItsEarlierWrites(String kind) throws SQLException {
    open(kind);
    execute("INSERT INTO blog_posts (id, title, views, slug) VALUES (30, 'by hand', 0, 'other')");

    store.transaction(
        () -> {
          posts.saveAll(posts(1, 5, "early "));
          posts.saveAll(posts(6, ROWS, "late ")); // inserts first, meets row 30, upserts
          posts.save(posts(ROWS + 1, ROWS + 1, "last ").get(0));
        });

    List<BlogPost> stored = posts.all();
    assertEquals(ROWS + 1, stored.size());
    assertTrue(stored.stream().anyMatch(p -> p.title.equals("early 1")));
    assertTrue(stored.stream().anyMatch(p -> p.title.equals("late 30")));
    assertTrue(stored.stream().anyMatch(p -> p.title.equals("last " + (ROWS + 1))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFailureAfterAFallBackRollsBackTheWholeTransaction(String kind) throws SQLException {
    open(kind);
    execute("INSERT INTO blog_posts (id, title, views, slug) VALUES (30, 'by hand', 0, 'other')");
    List<BlogPost> list = posts(1, ROWS, "saved ");
    List<Long> given = keys(list);

    assertThrows(
        IllegalStateException.class,
        () ->
            store.transaction(
                () -> {
                  posts.saveAll(list);
                  posts.count(); // sends the held-back rows: inserts, then upserts
                  throw new IllegalStateException("after the save");
                }));

    assertEquals(List.of(30L), keys(posts.all()));
    assertEquals("by hand", posts.all().get(0).title);
    assertEquals(given, keys(list), "the caller's objects changed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFailedSaveInATransactionLeavesTheKeySequenceAboveTheKeysItRaisedFor(String kind)
      throws SQLException {
    open(kind);
    execute("ALTER TABLE blog_posts ALTER COLUMN title SET NOT NULL");
    BlogPost unkeyed = new BlogPost("no key", 1);
    unkeyed.slug = "no-key";

    store.transaction(
        () -> {
          List<BlogPost> failing = posts(99, 100, "failing ");
          failing.get(0).title = null;
          assertThrows(RelataException.class, () -> posts.saveAll(failing));
          posts.save(posts(100, 100, "kept ").get(0)); // raised for already in this transaction
          posts.save(unkeyed);
        });

    assertTrue(unkeyed.id > 100, "assigned " + unkeyed.id);
    assertEquals(List.of(100L, unkeyed.id), keys(posts.all()));
  }
}
