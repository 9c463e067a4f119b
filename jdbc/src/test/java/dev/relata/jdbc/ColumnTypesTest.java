package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.jdbc.model.Reading;
import dev.relata.jdbc.model.ReadingRepository;
import dev.relata.jdbc.model.Sample;
import dev.relata.jdbc.model.SampleRepository;
import dev.relata.jdbc.model.Sample_;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of column read back as it was saved, on H2 and PostgreSQL, through each way a row is
 * read (by key, a query, an eager load, a scan): primitives through the typed getters of the
 * generated {@code create(RowSource)}, nullable boxes holding values and {@code null}, the types
 * with SQL columns of their own, text forms and JSON; and a row that its entity refuses fails with
 * a message naming the entity and the row's values.
 */
class ColumnTypesTest {
  private static DataSource source(String kind) {
    return kind.equals("h2") ? Databases.h2() : Databases.postgresForOneTest();
  }

  private static JdbcStore open(DataSource source) {
    JdbcStore store = JdbcStore.open(source);
    new SampleRepository(store);
    new ReadingRepository(store);
    Databases.createSchemaOfUsedEntities(store);
    return store;
  }

  /** A sample with every field set, none at a default value. */
  private static Sample full() {
    Sample s = new Sample();
    s.big = Long.MAX_VALUE - 1;
    s.count = Integer.MIN_VALUE + 1;
    s.small = (short) -1234;
    s.tiny = (byte) 100;
    s.ratio = 0.1 + 0.2;
    s.weight = 1.1f;
    s.flag = true;
    s.letter = 'Z';
    s.boxedBig = -9L;
    s.boxedCount = 0;
    s.boxedSmall = (short) 7;
    s.boxedTiny = (byte) -8;
    s.boxedRatio = -2.5;
    s.boxedWeight = 3.25f;
    s.boxedFlag = false;
    s.boxedLetter = 'q';
    s.text = "grüße, 'quoted'";
    s.amount = new BigDecimal("12345.6789");
    s.huge = new BigInteger("123456789012345678901234567890");
    s.token = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    s.at = Instant.parse("2024-02-29T12:34:56.123456Z");
    s.day = LocalDate.of(1999, 12, 31);
    s.local = LocalDateTime.of(2020, 1, 2, 3, 4, 5, 6000);
    s.time = LocalTime.of(23, 59, 58);
    s.bytes = new byte[] {0, -1, 2, 127};
    s.weekday = DayOfWeek.WEDNESDAY;
    s.span = Duration.ofMinutes(90);
    s.tags = List.of("x", "y", "x");
    s.scores = Map.of("a", 1, "b", 2);
    return s;
  }

  private static void assertFull(Sample expected, Sample s) {
    assertEquals(expected.id, s.id);
    assertEquals(expected.big, s.big);
    assertEquals(expected.count, s.count);
    assertEquals(expected.small, s.small);
    assertEquals(expected.tiny, s.tiny);
    assertEquals(expected.ratio, s.ratio);
    assertEquals(expected.weight, s.weight);
    assertEquals(expected.flag, s.flag);
    assertEquals(expected.letter, s.letter);
    assertEquals(expected.boxedBig, s.boxedBig);
    assertEquals(expected.boxedCount, s.boxedCount);
    assertEquals(expected.boxedSmall, s.boxedSmall);
    assertEquals(expected.boxedTiny, s.boxedTiny);
    assertEquals(expected.boxedRatio, s.boxedRatio);
    assertEquals(expected.boxedWeight, s.boxedWeight);
    assertEquals(expected.boxedFlag, s.boxedFlag);
    assertEquals(expected.boxedLetter, s.boxedLetter);
    assertEquals(expected.text, s.text);
    assertEquals(0, expected.amount.compareTo(s.amount), () -> "amount " + s.amount);
    assertEquals(expected.huge, s.huge);
    assertEquals(expected.token, s.token);
    assertEquals(expected.at, s.at);
    assertEquals(expected.day, s.day);
    assertEquals(expected.local, s.local);
    assertEquals(expected.time, s.time);
    assertArrayEquals(expected.bytes, s.bytes);
    assertEquals(expected.weekday, s.weekday);
    assertEquals(expected.span, s.span);
    assertEquals(expected.tags, s.tags);
    assertEquals(expected.scores, s.scores);
    assertEquals(expected.parentId, s.parentId);
  }

  /**
   * A sample with every nullable field null and every primitive at its default (the {@code char}
   * {@code '\0'} too, which PostgreSQL's text cannot hold and is stored as the empty text).
   */
  private static Sample empty() {
    return new Sample();
  }

  /** Every nullable field null, every primitive at its default (see {@link #empty()}). */
  private static void assertEmpty(Long id, Sample s) {
    assertEquals(id, s.id);
    assertEquals(0L, s.big);
    assertEquals(0, s.count);
    assertEquals((short) 0, s.small);
    assertEquals((byte) 0, s.tiny);
    assertEquals(0.0, s.ratio);
    assertEquals(0.0f, s.weight);
    assertEquals(false, s.flag);
    assertEquals('\0', s.letter);
    for (Object value :
        new Object[] {
          s.boxedBig,
          s.boxedCount,
          s.boxedSmall,
          s.boxedTiny,
          s.boxedRatio,
          s.boxedWeight,
          s.boxedFlag,
          s.boxedLetter,
          s.text,
          s.amount,
          s.huge,
          s.token,
          s.at,
          s.day,
          s.local,
          s.time,
          s.bytes,
          s.weekday,
          s.span,
          s.tags,
          s.scores,
          s.parentId
        }) {
      assertNull(value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void everyColumnTypeReadsBackAsSavedByEveryRead(String kind) {
    JdbcStore store = open(source(kind));
    SampleRepository samples = new SampleRepository(store);
    Sample empty = samples.save(empty());
    Sample full = full();
    full.parentId = empty.id;
    samples.save(full);

    assertFull(full, samples.find(full.id).orElseThrow());
    assertEmpty(empty.id, samples.find(empty.id).orElseThrow());
    List<Sample> all = samples.all();
    assertEquals(2, all.size());
    assertEmpty(empty.id, all.get(0));
    assertFull(full, all.get(1));
    // The parent read by an eager load, the rows of the load by key.
    List<Sample> loaded = samples.query().withParent().get();
    assertNull(loaded.get(0).parent);
    assertFull(full, loaded.get(1));
    assertEmpty(empty.id, loaded.get(1).parent);
    List<Sample> found = samples.findAll(List.of(full.id, empty.id));
    assertFull(full, found.get(0));
    assertEmpty(empty.id, found.get(1));
  }

  /**
   * A boxed number or boolean at zero or false is that value, not null: a getter reads SQL NULL as
   * zero, so only those values are asked whether they were null.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void boxedZerosAreZerosAndNullsNulls(String kind) {
    JdbcStore store = open(source(kind));
    SampleRepository samples = new SampleRepository(store);
    Sample zeros = empty();
    zeros.boxedBig = 0L;
    zeros.boxedCount = 0;
    zeros.boxedSmall = (short) 0;
    zeros.boxedTiny = (byte) 0;
    zeros.boxedRatio = 0.0;
    zeros.boxedWeight = 0.0f;
    zeros.boxedFlag = false;
    zeros.parentId = 0L;
    samples.save(zeros);
    Sample nulls = samples.save(empty());

    for (Sample read : List.of(samples.find(zeros.id).orElseThrow(), samples.all().get(0))) {
      assertEquals(0L, read.boxedBig);
      assertEquals(0, read.boxedCount);
      assertEquals((short) 0, read.boxedSmall);
      assertEquals((byte) 0, read.boxedTiny);
      assertEquals(0.0, read.boxedRatio);
      assertEquals(0.0f, read.boxedWeight);
      assertEquals(false, read.boxedFlag);
      assertEquals(0L, read.parentId);
    }
    assertEmpty(nulls.id, samples.all().get(1));
  }

  /**
   * The rows of an upsert ({@code MERGE} on H2, {@code ON CONFLICT} on PostgreSQL) and of an update
   * ({@code UPDATE}, an association) bind every column as an insert does: values over NULLs, NULLs
   * over values.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void everyColumnTypeIsWrittenByUpsertsAndUpdates(String kind) {
    JdbcStore store = open(source(kind));
    SampleRepository samples = new SampleRepository(store);
    Sample parent = samples.save(empty());
    Long id = samples.save(empty()).id;
    Sample full = full();
    full.id = id;

    try (SqlLog log = SqlLog.start()) {
      samples.save(full);
      assertFull(full, samples.find(id).orElseThrow());
      Sample cleared = empty();
      cleared.id = id;
      samples.save(cleared);
      assertEmpty(id, samples.find(id).orElseThrow());
      assertEquals(2, log.statements().stream().filter(ColumnTypesTest::isUpsert).count());
    }
    samples.save(full);
    try (SqlLog log = SqlLog.start()) {
      samples.parent(full).associate(parent);
      full.parentId = parent.id;
      assertFull(full, samples.find(id).orElseThrow());
      samples.parent(full).dissociate();
      full.parentId = null;
      assertFull(full, samples.find(id).orElseThrow());
      assertEquals(
          2,
          log.statements().stream()
              .filter(s -> s.startsWith("UPDATE ") && s.contains(" SET "))
              .count());
    }

    ReadingRepository readings = new ReadingRepository(store);
    Reading some =
        readings.save(
            new Reading(0, parent.id, 42, -0.5, 2.5f, (short) 3, (byte) -4, true, 9, "a", null));
    Reading none =
        new Reading(some.id(), null, 0, 0, 0, (short) 0, (byte) 0, false, null, null, null);
    readings.save(none);
    assertEquals(none, readings.find(some.id()).orElseThrow());
    Reading again =
        new Reading(
            some.id(),
            parent.id,
            7,
            1e300,
            -1.25f,
            Short.MIN_VALUE,
            Byte.MAX_VALUE,
            true,
            0,
            "",
            null);
    readings.save(again);
    assertEquals(again, readings.find(some.id()).orElseThrow());
  }

  private static boolean isUpsert(String statement) {
    return statement.startsWith("MERGE INTO") || statement.contains(" ON CONFLICT ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theNulCharacterIsStoredAndFoundAsTheCharDefault(String kind) {
    JdbcStore store = open(source(kind));
    SampleRepository samples = new SampleRepository(store);
    Sample nul = samples.save(empty());
    Sample boxed = empty();
    boxed.letter = 'a';
    boxed.boxedLetter = '\0';
    samples.save(boxed);
    Sample none = empty();
    none.letter = 'b';
    samples.save(none);

    assertEquals('\0', samples.find(nul.id).orElseThrow().letter);
    assertEquals('\0', samples.find(boxed.id).orElseThrow().boxedLetter);
    assertNull(samples.find(none.id).orElseThrow().boxedLetter);
    // conditions bind it as they store it, and it sorts first, as among chars
    assertEquals(
        List.of(nul.id),
        samples.query().where(Sample_.letter.eq('\0')).get().stream().map(s -> s.id).toList());
    assertEquals(
        List.of(boxed.id),
        samples.query().where(Sample_.boxedLetter.eq('\0')).get().stream().map(s -> s.id).toList());
    assertEquals(
        List.of(nul.id, boxed.id, none.id),
        samples.query().orderBy(Sample_.letter.asc()).get().stream().map(s -> s.id).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void recordReadsPrimitivesAndNullsThroughItsConstructor(String kind) {
    JdbcStore store = open(source(kind));
    SampleRepository samples = new SampleRepository(store);
    ReadingRepository readings = new ReadingRepository(store);
    Sample sample = samples.save(empty());
    Reading some =
        readings.save(
            new Reading(0, sample.id, 42, -0.5, 2.5f, (short) 3, (byte) -4, true, 9, "a", null));
    Reading none =
        readings.save(new Reading(0, null, 0, 0, 0, (short) 0, (byte) 0, false, null, null, null));

    assertEquals(some, readings.find(some.id()).orElseThrow());
    assertEquals(none, readings.find(none.id()).orElseThrow());
    List<Reading> loaded = readings.query().withSample().get();
    assertEquals(List.of(some, none), loaded.stream().map(ColumnTypesTest::withoutSample).toList());
    assertEquals(sample.id, loaded.get(0).sample().id);
    assertNull(loaded.get(1).sample());
    assertEquals(List.of(some, none), readings.all());
  }

  private static Reading withoutSample(Reading r) {
    return new Reading(
        r.id(),
        r.sampleId(),
        r.amount(),
        r.level(),
        r.gain(),
        r.step(),
        r.bits(),
        r.valid(),
        r.maybe(),
        r.label(),
        null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRowItsEntityRefusesFailsNamingTheEntityAndTheValues(String kind) throws SQLException {
    DataSource source = source(kind);
    JdbcStore store = open(source);
    ReadingRepository readings = new ReadingRepository(store);
    Reading saved =
        readings.save(new Reading(0, null, 5, 1.5, 0, (short) 0, (byte) 0, true, null, "b", null));
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      assertEquals(1, statement.executeUpdate("UPDATE readings SET amount = -7"));
    }

    RelataException e = assertThrows(RelataException.class, () -> readings.find(saved.id()));

    String message = e.getMessage();
    assertTrue(message.contains("could not make a readings from its row"), message);
    assertTrue(
        message.contains("[" + saved.id() + ", null, -7, 1.5, 0.0, 0, 0, true, null, b]"), message);
    assertTrue(message.contains("a reading is never negative: -7"), message);
    assertNotNull(findCause(e, IllegalArgumentException.class), message);
  }

  private static <X extends Throwable> X findCause(Throwable e, Class<X> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
