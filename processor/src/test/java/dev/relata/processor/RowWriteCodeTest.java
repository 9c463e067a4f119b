package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_CLASS;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_RECORD;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_ROW;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_VALUES;
import static dev.relata.processor.RowCodeFixtures.everyTypeCalls;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relata.internal.EntityType;
import dev.relata.internal.RowSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code write(T, RowSink)}, run: every primitive field is handed to the typed setter
 * of its type (no boxing; {@code short} and {@code byte} as {@code int}), every other field to
 * {@code set}, nullable boxes as objects and {@code null}; each column once, in order, read once
 * through the field, the getter or the record's accessor; relation fields not at all.
 */
class RowWriteCodeTest {
  @TempDir Path classes;

  /** A sink that records which setter took which column, as {@code "setLong 0"}, and the value. */
  private static class RecordingSink implements RowSink {
    final List<String> calls = new ArrayList<>();
    final List<Object> values = new ArrayList<>();

    private void take(String setter, int column, Object value) {
      calls.add(setter + " " + column);
      values.add(value);
    }

    @Override
    public void setLong(int column, long value) {
      take("setLong", column, value);
    }

    @Override
    public void setInt(int column, int value) {
      take("setInt", column, value);
    }

    @Override
    public void setDouble(int column, double value) {
      take("setDouble", column, value);
    }

    @Override
    public void setFloat(int column, float value) {
      take("setFloat", column, value);
    }

    @Override
    public void setBoolean(int column, boolean value) {
      take("setBoolean", column, value);
    }

    @Override
    public void set(int column, Object value) {
      take("set", column, value);
    }
  }

  private EntityType<?, ?> meta(String name, String body) throws Exception {
    return RowCodeFixtures.meta(classes, name, body);
  }

  @SuppressWarnings("unchecked")
  private static void write(EntityType<?, ?> meta, Object row, RowSink out) {
    ((EntityType<Object, ?>) meta).write(row, out);
  }

  /** A new instance of the entity of {@code meta}, its fields set from {@code values}. */
  private static Object instance(EntityType<?, ?> meta, Map<String, Object> values)
      throws ReflectiveOperationException {
    var constructor = meta.javaType().getDeclaredConstructor();
    constructor.setAccessible(true);
    Object entity = constructor.newInstance();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Field field = meta.javaType().getDeclaredField(entry.getKey());
      field.setAccessible(true);
      field.set(entity, entry.getValue());
    }
    return entity;
  }

  private static final List<Object> EVERY_TYPE_WRITTEN = Arrays.asList(EVERY_TYPE_ROW);

  @Test
  void classHandsPrimitiveFieldsToTypedSettersAndTheRestToSet() throws Exception {
    EntityType<?, ?> meta = meta("Sample", EVERY_TYPE_CLASS);
    Object sample = instance(meta, EVERY_TYPE_VALUES);
    Field children = meta.javaType().getDeclaredField("children");
    children.set(sample, new ArrayList<>(List.of(instance(meta, Map.of()))));
    RecordingSink sink = new RecordingSink();

    write(meta, sample, sink);

    assertThat(sink.calls).containsExactlyElementsIn(everyTypeCalls("set")).inOrder();
    assertThat(sink.values).containsExactlyElementsIn(EVERY_TYPE_WRITTEN).inOrder();
  }

  @Test
  void recordHandsEveryColumnOnceFromItsAccessors() throws Exception {
    EntityType<?, ?> meta = meta("Sample", EVERY_TYPE_RECORD);
    RecordComponent[] components = meta.javaType().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = EVERY_TYPE_VALUES.get(components[i].getName()); // parentId, children: null
    }
    Object sample = meta.javaType().getDeclaredConstructor(types).newInstance(arguments);
    RecordingSink sink = new RecordingSink();

    write(meta, sample, sink);

    assertThat(sink.calls).containsExactlyElementsIn(everyTypeCalls("set")).inOrder();
    assertThat(sink.values).containsExactlyElementsIn(EVERY_TYPE_WRITTEN).inOrder();
  }

  @Test
  void classWithGettersIsReadOnceThroughEachGetter() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Account",
            """
            @Entity
            public class Account {
              public static final List<String> READS = new ArrayList<>();
              private long id;
              private double balance;
              private String owner;
              private Long managerId;
              public long getId() { READS.add("id"); return id; }
              public void setId(long id) { this.id = id; }
              public double getBalance() { READS.add("balance"); return balance * 2; }
              public void setBalance(double balance) { this.balance = balance; }
              public String getOwner() { READS.add("owner"); return owner; }
              public void setOwner(String owner) { this.owner = owner; }
              public Long getManagerId() { READS.add("managerId"); return managerId; }
              public void setManagerId(Long managerId) { this.managerId = managerId; }
            }
            """);
    Object account = instance(meta, Map.of("id", 3L, "balance", 10.5, "managerId", 9L));
    RecordingSink sink = new RecordingSink();

    write(meta, account, sink);

    assertThat(sink.calls).containsExactly("setLong 0", "setDouble 1", "set 2", "set 3").inOrder();
    assertThat(sink.values).containsExactly(3L, 21.0, null, 9L).inOrder(); // through the getter
    assertThat((List<?>) meta.javaType().getField("READS").get(null))
        .containsExactly("id", "balance", "owner", "managerId")
        .inOrder();
  }

  @Test
  void whatTheSinkOrAGetterThrowsGoesThrough() throws Exception {
    EntityType<?, ?> meta =
        meta(
            "Note",
            """
            @Entity
            public class Note {
              private long id;
              private String text;
              public long getId() { return id; }
              public void setId(long id) { this.id = id; }
              public String getText() {
                if (id < 0) {
                  throw new IllegalStateException("no text for a negative id");
                }
                return text;
              }
              public void setText(String text) { this.text = text; }
            }
            """);
    RowSink failing =
        new RecordingSink() {
          @Override
          public void set(int column, Object value) {
            throw new UncheckedIOException(new IOException("statement gone"));
          }
        };

    UncheckedIOException gone =
        assertThrows(
            UncheckedIOException.class,
            () -> write(meta, instance(meta, Map.of("id", 1L, "text", "x")), failing));
    assertThat(gone).hasMessageThat().contains("statement gone");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> write(meta, instance(meta, Map.of("id", -1L)), new RecordingSink()));
    assertThat(refused).hasMessageThat().contains("no text for a negative id");
  }
}
