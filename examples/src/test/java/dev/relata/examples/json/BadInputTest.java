package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relata.JsonInputException;
import dev.relata.Store;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.PostRepository;
import dev.relata.examples.json.model.SpecimenRepository;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused whole: a {@link JsonInputException} that names the entity, the key, the
 * field, the line and the column (or the file), keeps Jackson's exception as its cause, and leaves
 * the store as it was.
 */
class BadInputTest {
  private final Store store = Store.inMemory();
  private final PostRepository posts = new PostRepository(store);
  private final SpecimenRepository specimens = new SpecimenRepository(store);
  private String before;

  @BeforeEach
  void storeSomething() {
    posts.saveJson("[{\"title\": \"Kept\"}, {\"title\": \"Kept too\"}]");
    specimens.saveJson("{\"id\": 1, \"text\": \"kept\"}");
    before = store.exportJson();
  }

  /** Runs {@code write}, which must be refused, and checks that nothing changed. */
  private JsonInputException refused(Consumer<Store> write) {
    JsonInputException e = assertThrows(JsonInputException.class, () -> write.accept(store));
    assertEquals(before, store.exportJson(), "the store changed");
    assertTrue(e.getMessage().endsWith("); nothing was written"), e.getMessage());
    return e;
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    JsonInputException e =
        refused(s -> s.importJson("{\"posts\": {\n  \"3\": {\"title\": \"New\",}\n}}"));

    assertInstanceOf(JsonProcessingException.class, e.getCause());
    assertEquals(2, e.place().line());
    assertEquals(24, e.place().column());
    assertEquals("posts", e.place().entity());
    assertEquals("3", e.place().key());
    assertTrue(e.getMessage().contains("Unexpected character ('}'"), e.getMessage());
  }

  @Test
  void anUnknownEntityIsRefusedWithTheOptions() {
    JsonInputException e =
        refused(s -> s.importJson("{\"posts\": {\"3\": {\"title\": \"New\"}}, \"postz\": {}}"));

    assertEquals("postz", e.place().entity());
    assertEquals(1, e.place().line());
    assertTrue(e.getMessage().contains("no entity is named \"postz\". Options: "), e.getMessage());
    assertTrue(e.getMessage().contains("posts"));
  }

  @Test
  void anUnknownFieldIsRefusedUnlessTheStoreSkipsThem() {
    String json = "{\"posts\": {\"3\": {\"title\": \"New\", \"titel\": \"typo\"}}}";
    JsonInputException e = refused(s -> s.importJson(json));

    assertEquals("posts", e.place().entity());
    assertEquals("3", e.place().key());
    assertEquals("titel", e.place().field());
    assertEquals("/posts/3/titel", e.place().pointer());
    assertTrue(e.getMessage().contains("skipUnknownJsonFields()"), e.getMessage());

    Store lenient = Store.builder().skipUnknownJsonFields().build();
    lenient.importJson(json);
    assertEquals("New", new PostRepository(lenient).find(3L).orElseThrow().getTitle());
  }

  @Test
  void aValueOfTheWrongTypeNamesEntityKeyFieldAndPlace() {
    JsonInputException e =
        refused(
            s ->
                s.importJson(
                    """
                    {"jsonSpecimens": {
                      "2": {"id": 2, "text": "new"},
                      "3": {"id": 3, "count": "many"}
                    }}"""));

    assertEquals("jsonSpecimens", e.place().entity());
    assertEquals("3", e.place().key());
    assertEquals("count", e.place().field());
    assertEquals(3, e.place().line());
    assertEquals("/jsonSpecimens/3/count", e.place().pointer());
    assertTrue(
        e.getMessage()
            .startsWith(
                "cannot read JSON: jsonSpecimens key 3, field \"count\": expected an integer,"
                    + " found the string \"many\" (line 3, column "),
        e.getMessage());
  }

  @Test
  void aWrongTypeDeepInANestedSaveNamesTheNestedEntity() {
    JsonInputException e =
        refused(
            s ->
                posts.saveJson(
                    "[{\"title\": \"A\", \"comments\": [{\"id\": 4, \"body\": \"ok\"},"
                        + " {\"id\": 5, \"createdAt\": 12}]}]"));

    assertEquals("comments", e.place().entity());
    assertEquals("5", e.place().key());
    assertEquals("createdAt", e.place().field());
    assertEquals("/0/comments/1/createdAt", e.place().pointer());
    assertTrue(e.getMessage().contains("expected an ISO-8601 instant"), e.getMessage());
  }

  @Test
  void aKeyOfTheWrongTypeIsRefused() {
    JsonInputException e = refused(s -> s.importJson("{\"posts\": {\"three\": {}}}"));

    assertEquals("posts", e.place().entity());
    assertEquals("three", e.place().key());
    assertNull(e.place().field());
    assertTrue(
        e.getMessage().contains("\"three\" is no key of posts, whose keys are integers"),
        e.getMessage());
  }

  @Test
  void aKeyThatContradictsTheRowIsRefused() {
    JsonInputException e = refused(s -> s.importJson("{\"posts\": {\"3\": {\"id\": 4}}}"));

    assertTrue(e.getMessage().contains("the row under key 3 has id 4"), e.getMessage());
  }

  @Test
  void aNumberOutOfRangeIsRefused() {
    JsonInputException e =
        refused(s -> s.importJson("{\"jsonSpecimens\": {\"5\": {\"tiny\": 300}}}"));

    assertEquals("tiny", e.place().field());
    assertTrue(e.getMessage().contains("out of range of byte"), e.getMessage());
    JsonInputException big =
        refused(s -> s.importJson("{\"posts\": {\"99999999999999999999\": {}}}"));
    assertEquals("99999999999999999999", big.place().key());
    JsonInputException count =
        refused(s -> s.importJson("{\"jsonSpecimens\": {\"5\": {\"count\": 3000000000}}}"));
    assertEquals("count", count.place().field());
    assertTrue(count.getMessage().contains("out of range of int"), count.getMessage());
  }

  @Test
  void aMissingFileIsRefusedWithItsPath(@TempDir Path directory) {
    Path missing = directory.resolve("missing.json");
    JsonInputException e = refused(s -> s.importJson(missing));

    assertEquals(missing, e.place().file());
    assertInstanceOf(NoSuchFileException.class, e.getCause());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void anErrorAfterManyGoodRowsWritesNoneOfThem() {
    StringBuilder json = new StringBuilder("{\"posts\": {");
    for (int i = 10; i < 1000; i++) {
      json.append('"').append(i).append("\": {\"title\": \"Post ").append(i).append("\"},");
    }
    json.append("\"1000\": {\"title\": 1000}}}");

    JsonInputException e = refused(s -> s.importJson(json.toString()));

    assertEquals("1000", e.place().key());
    assertEquals(2, posts.count());
  }

  @Test
  void trailingContentAndAWrongShapeAreRefused() {
    refused(s -> s.importJson("{\"posts\": {}} {}"));
    refused(s -> s.importJson("[]"));
    refused(s -> posts.saveJson("[{\"title\": \"A\"}, 3]"));
    JsonInputException nullElement =
        refused(s -> posts.saveJson("{\"title\": \"A\", \"comments\": [null]}"));
    assertEquals("comments", nullElement.place().field());
  }

  @Test
  void aSaveThatTheStoreRefusesAfterReadingChangesNothingEither() {
    List<Post> all = posts.all();
    assertFalse(all.isEmpty());
    // Reading succeeds; the save fails on a key that an int key cannot hold.
    assertThrows(
        dev.relata.RelataException.class,
        () ->
            new dev.relata.examples.blog.CommentRepository(store)
                .saveJson("[{\"id\": 2147483647, \"body\": \"max\"}, {\"body\": \"next\"}]"));
    assertEquals(before, store.exportJson());
  }
}
