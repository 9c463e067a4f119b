package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.Sample;
import dev.relata.jdbc.model.SampleRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void textWithTheNulCharacterIsRefusedByPostgresAndKeptByH2(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    BlogPostRepository posts = new BlogPostRepository(store);
    store.createSchema();
    posts.save(new BlogPost("before", 1));
    BlogPost post = new BlogPost("a\0b", 2);

    if (kind.equals("h2")) {
      assertEquals("a\0b", posts.find(posts.save(post).id).orElseThrow().title);
      return;
    }
    RelataException e = assertThrows(RelataException.class, () -> posts.save(post));
    assertTrue(e.getMessage().startsWith("could not save blogPosts on PostgreSQL"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot hold the NUL character"), e.getMessage());
    assertNull(post.id); // the caller's object as it was
    assertEquals(List.of("before"), posts.all().stream().map(p -> p.title).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void negativeZeroLosesItsSignOnH2AndKeepsItOnPostgres(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    SampleRepository samples = new SampleRepository(store);
    store.createSchema();
    Sample sample = new Sample();
    sample.ratio = -0.0;
    sample.weight = -0.0f;
    sample.boxedRatio = -0.0;
    sample.boxedWeight = -0.0f;

    Sample stored = samples.find(samples.save(sample).id).orElseThrow();

    // Compared by their bits: -0.0 == 0.0 in Java, so only the bits show the sign.
    double ratio = kind.equals("h2") ? 0.0 : -0.0;
    float weight = kind.equals("h2") ? 0.0f : -0.0f;
    assertEquals(Double.doubleToRawLongBits(ratio), Double.doubleToRawLongBits(stored.ratio));
    assertEquals(Float.floatToRawIntBits(weight), Float.floatToRawIntBits(stored.weight));
    assertEquals(Double.valueOf(ratio), stored.boxedRatio); // Double.equals compares bits
    assertEquals(Float.valueOf(weight), stored.boxedWeight);
  }
}
