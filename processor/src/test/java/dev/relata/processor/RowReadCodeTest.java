package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.relata.internal.EntityType;
import dev.relata.internal.RowSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code create(RowSource)}, run: every primitive field is read with the typed getter
 * of its type (no boxing), every other field with {@code get}, each column once, and the values
 * land in the fields of a class (constructor and setters or fields) and of a record (its canonical
 * constructor), relation fields left {@code null}.
 */
class RowReadCodeTest {
  @TempDir Path classes;

  /**
   * A row source that answers from {@code values} (by column) and records which getter read which
   * column, as {@code "getLong 0"}.
   */
  private static class RecordingRow implements RowSource {
    final List<String> reads = new ArrayList<>();
    private final Object[] values;

    RecordingRow(Object... values) {
      this.values = values;
    }

    private Object read(String getter, int column) {
      reads.add(getter + " " + column);
      return values[column];
    }

    @Override
    public long getLong(int column) {
      return (Long) read("getLong", column);
    }

    @Override
    public int getInt(int column) {
      return (Integer) read("getInt", column);
    }

    @Override
    public double getDouble(int column) {
      return (Double) read("getDouble", column);
    }

    @Override
    public float getFloat(int column) {
      return (Float) read("getFloat", column);
    }

    @Override
    public boolean getBoolean(int column) {
      return (Boolean) read("getBoolean", column);
    }

    @Override
    public Object get(int column) {
      return read("get", column);
    }
  }

  /**
   * Compiles {@code p.<name>}, loads its generated {@code <name>_Meta} and returns its instance.
   */
  private EntityType<?, ?> meta(String name, String body) throws Exception {
    Compilation c = compile(source("p." + name, body));
    assertThat(c).succeededWithoutWarnings();
    Classpaths.writeClasses(c, classes);
    // Entity classes and their metadata from the compilation; the runtime from the test's own
    // class path, so that EntityType and RowSource are the classes this test knows.
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return (EntityType<?, ?>)
        loader.loadClass("p." + name + "_Meta").getField("INSTANCE").get(null);
  }

  private static Object field(Object entity, String name) throws ReflectiveOperationException {
    Field field = entity.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(entity);
  }

  private static final String EVERY_TYPE_FIELDS =
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

  private static final Object[] EVERY_TYPE_ROW = {
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

  private static final List<String> EVERY_TYPE_READS =
      List.of(
          "getLong 0",
          "getInt 1",
          "getInt 2",
          "getInt 3",
          "getDouble 4",
          "getFloat 5",
          "getBoolean 6",
          "get 7",
          "get 8",
          "get 9",
          "get 10",
          "get 11",
          "get 12",
          "get 13");

  private static void assertEveryTypeValues(Object entity) throws ReflectiveOperationException {
    Map<String, Object> expected =
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
    for (Map.Entry<String, Object> entry : expected.entrySet()) {
      assertThat(field(entity, entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(field(entity, "parentId")).isNull();
  }

  @Test
  void classReadsPrimitiveFieldsWithTypedGettersAndTheRestWithGet() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Sample",
            """
            @Entity
            public class Sample {
              %s
              @HasMany(foreignKey = "parentId") public List<Sample> children;
            }
            """
                .formatted(asFields(EVERY_TYPE_FIELDS)));
    RecordingRow row = new RecordingRow(EVERY_TYPE_ROW);

    Object sample = meta.create(row);

    assertThat(row.reads).containsExactlyElementsIn(EVERY_TYPE_READS).inOrder();
    assertEveryTypeValues(sample);
    assertThat(field(sample, "children")).isNull();
  }

  @Test
  void classWithSettersReadsThroughItsSetters() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Account",
            """
            @Entity
            public class Account {
              private long id;
              private double balance;
              private String owner;
              public long getId() { return id; }
              public void setId(long id) { this.id = id; }
              public double getBalance() { return balance; }
              public void setBalance(double balance) { this.balance = balance * 2; }
              public String getOwner() { return owner; }
              public void setOwner(String owner) { this.owner = owner; }
            }
            """);
    RecordingRow row = new RecordingRow(3L, 10.5, null);

    Object account = meta.create(row);

    assertThat(row.reads).containsExactly("getLong 0", "getDouble 1", "get 2").inOrder();
    assertThat(field(account, "id")).isEqualTo(3L);
    assertThat(field(account, "balance")).isEqualTo(21.0); // through the setter
    assertThat(field(account, "owner")).isNull();
  }

  @Test
  void recordReadsEveryColumnOnceIntoItsConstructor() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Sample",
            """
            @Entity
            public record Sample(%s,
                @HasMany(foreignKey = "parentId") List<Sample> children) {}
            """
                .formatted(EVERY_TYPE_FIELDS.replace("\n", " ")));
    RecordingRow row = new RecordingRow(EVERY_TYPE_ROW);

    Object sample = meta.create(row);

    assertThat(row.reads).containsExactlyElementsIn(EVERY_TYPE_READS).inOrder();
    assertEveryTypeValues(sample);
    assertThat(field(sample, "children")).isNull();
  }

  @Test
  void whatTheRowSourceThrowsGoesThrough() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Note",
            """
            @Entity
            public class Note {
              public long id;
              public String text;
            }
            """);
    RowSource failing =
        new RecordingRow(1L, "x") {
          @Override
          public Object get(int column) {
            throw new UncheckedIOException(new IOException("row gone"));
          }
        };

    UncheckedIOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UncheckedIOException.class, () -> meta.create(failing));
    assertThat(e).hasMessageThat().contains("row gone");
  }
}
