package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What README's "Where the stores differ" says of values, pinned. */
class DifferencesTest {
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void instantsAreRoundedToMicrosecondsOnPostgresAndKeepNanosecondsOnH2(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    BlogPostRepository posts = new BlogPostRepository(store);
    store.createSchema();
    BlogPost post = new BlogPost("precise", 1);
    post.publishedAt = Instant.parse("2026-01-02T03:04:05.123456789Z");

    Instant stored = posts.find(posts.save(post).id).orElseThrow().publishedAt;

    Instant expected =
        kind.equals("postgres")
            ? post.publishedAt.plusNanos(500).truncatedTo(ChronoUnit.MICROS)
            : post.publishedAt;
    assertEquals(expected, stored);
  }
}
