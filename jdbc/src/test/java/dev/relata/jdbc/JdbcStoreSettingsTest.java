package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relata.JsonInputException;
import dev.relata.Store;
import dev.relata.jdbc.model.Author;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPostRepository;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a JdbcStore takes beyond its data source: JSON settings; and the schema it creates. */
class JdbcStoreSettingsTest {
  private static final String LENIENT_JSON =
      "[{/* a comment */ \"title\": \"T\", \"views\": 1, \"unknown\": 2}]";

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theSchemaCoversEveryEntityOfTheClasspathWithoutARepositoryMadeFirst(String kind) {
    JdbcStore store = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    String sql = store.schemaSql().toLowerCase(Locale.ROOT);
    for (String table : List.of("authors", "blog_posts", "replies")) {
      assertTrue(sql.contains("create table if not exists \"" + table + "\""), sql);
    }

    store.createSchema();

    AuthorRepository authors = new AuthorRepository(store);
    authors.save(new Author("Ada"));
    assertEquals(1, authors.count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theJsonSettingsOfAStoreBuilderHoldForSaveJson(String kind) {
    JdbcStore strict = JdbcStore.open(JdbcStoreSmokeTest.source(kind));
    BlogPostRepository strictPosts = new BlogPostRepository(strict);
    strict.createSchema();
    assertThrows(JsonInputException.class, () -> strictPosts.saveJson(LENIENT_JSON));
    assertEquals(0, strictPosts.count());

    JdbcStore lenient =
        JdbcStore.open(
            JdbcStoreSmokeTest.source(kind),
            Store.builder()
                .objectMapper(new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS))
                .skipUnknownJsonFields());
    BlogPostRepository posts = new BlogPostRepository(lenient);
    lenient.createSchema();
    posts.saveJson(LENIENT_JSON);
    assertEquals("T", posts.all().get(0).title);
  }
}
