package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_CLASS;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_RECORD;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_ROW;
import static dev.relata.processor.RowCodeFixtures.EVERY_TYPE_VALUES;
import static dev.relata.processor.RowCodeFixtures.everyTypeCalls;
import static dev.relata.processor.RowCodeFixtures.field;

import dev.relata.internal.EntityType;
import dev.relata.internal.RowSource;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private EntityType<?, ?> meta(String name, String body) throws Exception {
    return RowCodeFixtures.meta(classes, name, body);
  }

  private static final List<String> EVERY_TYPE_READS = everyTypeCalls("get");

  private static void assertEveryTypeValues(Object entity) throws ReflectiveOperationException {
    for (Map.Entry<String, Object> entry : EVERY_TYPE_VALUES.entrySet()) {
      assertThat(field(entity, entry.getKey())).isEqualTo(entry.getValue());
    }
    assertThat(field(entity, "parentId")).isNull();
  }

  @Test
  void classReadsPrimitiveFieldsWithTypedGettersAndTheRestWithGet() throws Exception {
    EntityType<?, ?> meta = meta("Sample", EVERY_TYPE_CLASS);
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
    EntityType<?, ?> meta = meta("Sample", EVERY_TYPE_RECORD);
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
