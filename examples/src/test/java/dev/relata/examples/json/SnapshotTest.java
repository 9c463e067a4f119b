package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.blog.Comment;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.PostRepository;
import dev.relata.examples.json.model.Money;
import dev.relata.examples.json.model.Specimen;
import dev.relata.examples.json.model.SpecimenRepository;
import dev.relata.json.RelataModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-store snapshots, files, users' ObjectMappers and RelataModule. */
class SnapshotTest {
  @Test
  void exportWritesEveryEntityOfTheClasspathEmptyOnesAsEmptyObjects() {
    Store store = Store.inMemory();
    new PostRepository(store).save(new Post("Hello"));

    String json = store.exportJson();

    assertTrue(
        json.contains("\"posts\":{\"1\":{\"id\":1,\"title\":\"Hello\",\"publishedAt\":null,"),
        json);
    assertTrue(json.contains("\"nodes\":{}"), json); // no repository, no rows: still there
    assertTrue(json.contains("\"jsonKeepers\":{}"), json);
  }

  @Test
  void aFileIsReplacedWholeAndReadBack(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("snapshot.json");
    Files.writeString(file, "old");
    Store store = Store.inMemory();
    new PostRepository(store).saveJson("[{\"title\": \"A\"}, {\"title\": \"B\"}]");

    store.exportJson(file);

    assertEquals(store.exportJson(), Files.readString(file));
    assertEquals(List.of(file), list(directory)); // no temporary file left
    Store copy = Store.inMemory();
    copy.importJson(file);
    assertEquals(store.exportJson(), copy.exportJson());
  }

  @Test
  void anExportThatFailsPartWayLeavesTheOldFileWhole(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("snapshot.json");
    Files.writeString(file, "old");
    ObjectMapper failing =
        moneyAs(
            (value, out, provider) -> {
              throw new IOException("disk full, say");
            },
            null);
    Store store = Store.builder().objectMapper(failing).build();
    Specimen specimen = new Specimen();
    specimen.price = new Money(BigDecimal.ONE, "EUR");
    new SpecimenRepository(store).save(specimen);

    RelataException e = assertThrows(RelataException.class, () -> store.exportJson(file));

    assertTrue(e.getMessage().contains("disk full, say"), e.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(file), list(directory));
  }

  @Test
  void theStoresObjectMapperReadsAndWritesValueTypesRelataDoesNotKnow() {
    ObjectMapper mapper =
        moneyAs(
            (value, out, provider) -> out.writeString(value.amount() + " " + value.currency()),
            in -> {
              String[] parts = in.getText().split(" ");
              return new Money(new BigDecimal(parts[0]), parts[1]);
            });
    Store store = Store.builder().objectMapper(mapper).build();
    SpecimenRepository specimens = new SpecimenRepository(store);

    specimens.saveJson("{\"id\": 1, \"price\": \"9.90 EUR\", \"prices\": [\"1 USD\"]}");

    Specimen saved = specimens.find(1L).orElseThrow();
    assertEquals(new Money(new BigDecimal("9.90"), "EUR"), saved.price);
    assertEquals(List.of(new Money(BigDecimal.ONE, "USD")), saved.prices);
    assertTrue(specimens.toJson(saved).contains("\"price\":\"9.90 EUR\""));
  }

  @Test
  void renamedFieldsAndRelationsUseTheirJsonNamesAndIgnoredOnesStayOut() {
    Store store = Store.inMemory();
    SpecimenRepository specimens = new SpecimenRepository(store);

    specimens.saveJson(
        "{\"id\": 1, \"display_name\": \"shown\", \"secret\": \"never stored\","
            + " \"tag\": {\"code\": \"T\", \"text\": \"label\"}}");

    Specimen loaded = specimens.withLabel().first().orElseThrow();
    assertEquals("shown", loaded.displayName);
    assertEquals(null, loaded.secret);
    String json = specimens.toJson(loaded);
    assertTrue(json.contains("\"display_name\":\"shown\""), json);
    assertTrue(json.contains("\"tag\":{\"code\":\"T\",\"specimenId\":1,\"text\":\"label\"}"), json);
    assertTrue(!json.contains("secret") && !json.contains("displayName"), json);
  }

  @Test
  void relataModuleMakesAnyObjectMapperReadAndWriteEntitiesTheSameWay() throws IOException {
    Store store = Store.inMemory();
    PostRepository posts = new PostRepository(store);
    Post post = new Post("Hello");
    post.setComments(List.of(new Comment("Nice", Instant.parse("2026-11-01T09:00:00Z"))));
    posts.save(post);
    List<Post> loaded = posts.withComments().get();
    ObjectMapper mapper = new ObjectMapper().registerModule(new RelataModule());

    String json = mapper.writeValueAsString(loaded);
    Post read = mapper.readValue(mapper.writeValueAsString(loaded.get(0)), Post.class);

    assertEquals(posts.toJson(loaded), json);
    assertEquals("Hello", read.getTitle());
    assertEquals("Nice", read.getComments().get(0).body);
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> mapper.readValue("{\"titel\": \"typo\"}", Post.class));
    Post lenient =
        mapper
            .copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue("{\"title\": \"T\", \"titel\": \"typo\"}", Post.class);
    assertEquals("T", lenient.getTitle());
  }

  /** Writes a value, as a {@link JsonSerializer} does. */
  private interface Write {
    void write(Money value, JsonGenerator out, SerializerProvider provider) throws IOException;
  }

  /** Reads a value, as a {@link JsonDeserializer} does. */
  private interface Read {
    Money read(JsonParser in) throws IOException;
  }

  /** A mapper with a module of the user's that writes (and reads, unless null) {@link Money}. */
  private static ObjectMapper moneyAs(Write write, Read read) {
    SimpleModule module =
        new SimpleModule()
            .addSerializer(
                Money.class,
                new JsonSerializer<>() {
                  @Override
                  public void serialize(Money value, JsonGenerator out, SerializerProvider provider)
                      throws IOException {
                    write.write(value, out, provider);
                  }
                });
    if (read != null) {
      module.addDeserializer(
          Money.class,
          new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser in, DeserializationContext context)
                throws IOException {
              return read.read(in);
            }
          });
    }
    return new ObjectMapper().registerModule(module);
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
