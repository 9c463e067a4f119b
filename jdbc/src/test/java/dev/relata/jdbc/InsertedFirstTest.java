package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
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
  private static final int ROWS = SqlRows.INSERTED_FIRST + 10;

  private DataSource source;
  private BlogPostRepository posts;

  private void open(String kind) {
    source = JdbcStoreSmokeTest.source(kind);
    JdbcStore store = JdbcStore.open(source);
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

    assertEquals(1, count(first, "INSERT INTO"), first.toString());
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

    posts.saveAll(list);

    List<BlogPost> stored = posts.all();
    assertEquals(range(1, ROWS), keys(stored));
    assertEquals("again", stored.get(4).title);
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
}
