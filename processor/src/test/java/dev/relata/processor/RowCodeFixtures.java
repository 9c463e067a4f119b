package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.relata.internal.EntityType;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tests of the generated {@code create(RowSource)} and {@code write(T, RowSink)} share: an
 * entity compiled and its metadata loaded, and an entity with a field of every kind, with its
 * values and the typed calls that move them.
 */
final class RowCodeFixtures {
  private RowCodeFixtures() {}

  /**
   * Compiles {@code p.<name>} into {@code classes}, loads its generated {@code <name>_Meta} and
   * returns its instance.
   */
  static EntityType<?, ?> meta(Path classes, String name, String body) throws Exception {
    Compilation c = compile(source("p." + name, body));
    assertThat(c).succeededWithoutWarnings();
    Classpaths.writeClasses(c, classes);
    // Entity classes and their metadata from the compilation; the runtime from the test's own
    // class path, so that EntityType, RowSource and RowSink are the classes the tests know.
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, RowCodeFixtures.class.getClassLoader());
    return (EntityType<?, ?>)
        loader.loadClass("p." + name + "_Meta").getField("INSTANCE").get(null);
  }

  /** The value of the field {@code name} of {@code entity}, whatever its visibility. */
  static Object field(Object entity, String name) throws ReflectiveOperationException {
    Field field = entity.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(entity);
  }

  /** A field of every kind: each primitive type, nullable boxes, a text, a list, an enum. */
  static final String EVERY_TYPE_FIELDS =
      """
          long id, int count, short small, byte tiny, double ratio, float share, boolean open,
          char grade, Long parentId, Integer rank, Boolean flag, String title, List<String> tags,
          java.time.DayOfWeek day\
      """;

  /** {@code components} (as a record's, {@code "long id, int count"}) as public fields. */
  private static String asFields(String components) {
    StringBuilder fields = new StringBuilder();
    for (String component : components.split(",")) {
      fields.append("public ").append(component.trim()).append("; ");
    }
    return fields.toString();
  }

  /**
   * {@code p.Sample}, a class with {@link #EVERY_TYPE_FIELDS} as public fields and a relation
   * field, {@code children}.
   */
  static final String EVERY_TYPE_CLASS =
      """
      @Entity
      public class Sample {
        %s
        @HasMany(foreignKey = "parentId") public List<Sample> children;
      }
      """
          .formatted(asFields(EVERY_TYPE_FIELDS));

  /**
   * {@code p.Sample}, a record with {@link #EVERY_TYPE_FIELDS} as components and a relation
   * component, {@code children}.
   */
  static final String EVERY_TYPE_RECORD =
      """
      @Entity
      public record Sample(%s,
          @HasMany(foreignKey = "parentId") List<Sample> children) {}
      """
          .formatted(EVERY_TYPE_FIELDS.replace("\n", " "));

  /**
   * The values of {@link #EVERY_TYPE_FIELDS} by column, as the typed getters and setters take them:
   * {@code short} and {@code byte} as {@code int}.
   */
  static final Object[] EVERY_TYPE_ROW = {
    7L,
    -3,
    12,
    -5,
    0.25,
    1.5f,
    true,
    'B',
    null,
    42,
    false,
    "hello",
    List.of("a", "b"),
    java.time.DayOfWeek.FRIDAY
  };

  /** The values of {@link #EVERY_TYPE_ROW} in their fields, but {@code parentId}, null. */
  static final Map<String, Object> EVERY_TYPE_VALUES =
      Map.ofEntries(
          Map.entry("id", 7L),
          Map.entry("count", -3),
          Map.entry("small", (short) 12),
          Map.entry("tiny", (byte) -5),
          Map.entry("ratio", 0.25),
          Map.entry("share", 1.5f),
          Map.entry("open", true),
          Map.entry("grade", 'B'),
          Map.entry("rank", 42),
          Map.entry("flag", false),
          Map.entry("title", "hello"),
          Map.entry("tags", List.of("a", "b")),
          Map.entry("day", java.time.DayOfWeek.FRIDAY));

  /**
   * The calls that move the columns of {@link #EVERY_TYPE_FIELDS}, in order, with {@code verb}
   * ({@code "get"} or {@code "set"}): {@code "getLong 0"}, {@code "getInt 1"}... {@code "get 13"}.
   */
  static List<String> everyTypeCalls(String verb) {
    String[] types = {"Long", "Int", "Int", "Int", "Double", "Float", "Boolean"};
    List<String> calls = new ArrayList<>();
    for (int column = 0; column < EVERY_TYPE_ROW.length; column++) {
      calls.add(verb + (column < types.length ? types[column] : "") + " " + column);
    }
    return calls;
  }
}
