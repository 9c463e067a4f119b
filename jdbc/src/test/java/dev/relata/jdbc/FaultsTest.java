package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.jdbc.model.Author;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.ReplyRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the database refuses comes out as a {@link RelataException} that names the entity and what
 * failed, the transaction rolled back and the caller's objects as they were.
 */
class FaultsTest {
  private DataSource source;
  private JdbcStore store;
  private AuthorRepository authors;
  private BlogPostRepository posts;

  private void open(DataSource source) {
    this.source = source;
    store = JdbcStore.open(source);
    authors = new AuthorRepository(store);
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

  private static Author authorWithPosts(String... slugs) {
    Author author = new Author("ann");
    author.blogPosts =
        java.util.Arrays.stream(slugs)
            .map(
                slug -> {
                  BlogPost post = new BlogPost(slug, 1);
                  post.slug = slug;
                  return post;
                })
            .toList();
    return author;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aUniqueViolationIsTheDuplicateKeyExceptionAndWritesNothing(String kind) {
    open(JdbcStoreSmokeTest.source(kind));
    authors.save(authorWithPosts("hello"));
    Author second = authorWithPosts("fresh", "hello");

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> authors.save(second));

    assertEquals("blogPosts", e.entity());
    assertEquals("slug", e.field());
    assertEquals("hello", e.key());
    assertInstanceOf(SQLException.class, e.getCause());
    assertNull(second.id, "a key of a failed save stayed in the caller's object");
    assertNull(second.blogPosts.get(0).id);
    assertEquals(1, authors.count());
    assertEquals(1, posts.count());
  }

  @Test
  void aValueOutOfItsColumnsRangeNamesTheEntityAndWritesNothing() {
    open(Databases.postgres());
    BlogPost post = new BlogPost("far", 1);
    post.publishedAt = Instant.parse("+300000-01-01T00:00:00Z"); // PostgreSQL ends in 294276

    RelataException e = assertThrows(RelataException.class, () -> posts.save(post));

    assertTrue(e.getMessage().contains("blogPosts"), e.getMessage());
    assertTrue(e.getMessage().contains("does not fit its column"), e.getMessage());
    assertNull(post.id);
    assertEquals(0, posts.count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aSchemaWithoutAColumnOfTheEntitiesIsARelataExceptionThatSaysSo(String kind)
      throws SQLException {
    open(JdbcStoreSmokeTest.source(kind));
    execute("ALTER TABLE blog_posts DROP COLUMN title");
    Author author = authorWithPosts("hello");

    RelataException save = assertThrows(RelataException.class, () -> authors.save(author));
    RelataException read = assertThrows(RelataException.class, () -> posts.all());

    for (RelataException e : List.of(save, read)) {
      assertTrue(e.getMessage().contains("schema does not match"), e.getMessage());
      assertTrue(e.getMessage().toLowerCase().contains("title"), e.getMessage());
    }
    assertTrue(save.getMessage().contains("authors"), save.getMessage());
    assertTrue(read.getMessage().contains("blogPosts"), read.getMessage());
    assertNull(author.id);
    assertEquals(0, authors.count());
  }

  /** What can stop a database in the middle of a transaction. */
  private interface Outage {
    void happen() throws Exception;
  }

  /**
   * Runs a transaction that saves an author, lets {@code outage} stop the database, and saves
   * another; asserts that it fails naming the entity and leaves the caller's objects as they were.
   */
  private void assertOutageMidTransactionFailsIt(Outage outage) {
    Author first = authorWithPosts("one");
    Author second = authorWithPosts("two");

    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                store.transaction(
                    () -> {
                      authors.save(first);
                      try {
                        outage.happen();
                      } catch (Exception stop) {
                        throw new IllegalStateException(stop);
                      }
                      authors.save(second);
                    }));

    assertInstanceOf(RelataException.class, e);
    assertTrue(e.getMessage().contains("authors"), e.getMessage());
    assertNull(first.id, "the key of a rolled-back save stayed in the caller's object");
    assertNull(first.blogPosts.get(0).id);
    assertNull(second.id);
  }

  @Test
  void aDatabaseThatGoesAwayMidTransactionRollsItBack(@TempDir Path directory) {
    JdbcDataSource file = new JdbcDataSource();
    file.setURL("jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    open(file);

    assertOutageMidTransactionFailsIt(() -> execute("SHUTDOWN")); // from another connection

    JdbcStore reopened = JdbcStore.open(file);
    assertEquals(0, new AuthorRepository(reopened).count(), "the first save was not rolled back");
    assertEquals(0, new BlogPostRepository(reopened).count());
  }

  @Test
  void aPostgresServerStoppedMidTransactionFailsItWithoutChangingTheCallersObjects()
      throws Exception {
    EmbeddedPostgres server = EmbeddedPostgres.builder().start();
    try (HikariDataSource pool = Databases.pool(server, Databases.newSchema(server))) {
      open(pool);
      assertOutageMidTransactionFailsIt(server::close);
    } finally {
      server.close();
    }
  }

  @Test
  void workThatThrowsComesOutUnchangedAndItsWritesAreRolledBack() {
    open(Databases.h2());
    IllegalStateException thrown = new IllegalStateException("changed my mind");
    Author author = authorWithPosts("one");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                store.transaction(
                    () -> {
                      authors.save(author);
                      throw thrown;
                    }));

    assertSame(thrown, e);
    assertNull(author.id);
    assertEquals(0, authors.count());
  }
}
