package dev.relata.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.Store;
import dev.relata.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README "Using a SQL database": its code, on H2 (the README's PostgreSQL URL aside), and the
 * queries of its table, which return on the database what they return in memory.
 */
class SqlTourTest {
  @Test
  void theReadmesSqlSectionRunsAndItsQueriesAgreeWithMemory(@TempDir Path directory)
      throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStore store = JdbcStore.open(pool);
      PostRepository posts = new PostRepository(store);
      CommentRepository comments = new CommentRepository(store);
      new UserRepository(store);
      store.createSchema();
      Path migration = directory.resolve("V1__relata.sql");
      Files.writeString(migration, store.schemaSql());
      assertTrue(Files.readString(migration).contains("CREATE TABLE IF NOT EXISTS \"POSTS\""));

      Store memory = Store.inMemory();
      PostRepository memoryPosts = new PostRepository(memory);
      fill(posts);
      fill(memoryPosts);
      Instant since = Instant.parse("2026-01-03T00:00:00Z");
      assertEquals(titles(queries(memoryPosts, since)), titles(queries(posts, since)));
      assertEquals(6, comments.count());
    }
  }

  private static void fill(PostRepository posts) {
    for (int i = 1; i <= 3; i++) {
      Post post = new Post("post " + i);
      post.setUserId(7L);
      post.setPublishedAt(Instant.parse("2026-01-0" + (i + 1) + "T00:00:00Z"));
      post.setComments(
          new ArrayList<>(
              List.of(
                  new Comment("a java note " + i, Instant.parse("2026-02-0" + i + "T00:00:00Z")),
                  new Comment("other " + i, Instant.parse("2026-03-0" + i + "T00:00:00Z")))));
      posts.save(post);
    }
  }

  private static List<List<Post>> queries(PostRepository posts, Instant since) {
    return List.of(
        posts
            .query()
            .where(Post_.userId.eq(7L).and(Post_.publishedAt.gt(since)))
            .orderBy(Post_.publishedAt.desc())
            .limit(10)
            .get(),
        posts.withComments().get(),
        posts.withComments(c -> c.orderBy(Comment_.createdAt.desc()).limit(1)).get(),
        posts.query().hasComments(c -> c.where(Comment_.body.contains("java"))).get(),
        posts.query().where(p -> p.getTitle().length() > 5).limit(10).get());
  }

  private static List<String> titles(List<List<Post>> results) {
    List<String> titles = new ArrayList<>();
    for (List<Post> result : results) {
      for (Post post : result) {
        titles.add(
            post.getTitle()
                + (post.getComments() == null
                    ? ""
                    : post.getComments().stream().map(c -> c.body).toList()));
      }
      titles.add("|");
    }
    return titles;
  }
}
