package dev.relata.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Repository;
import dev.relata.Store;
import dev.relata.examples.json.model.Fragment;
import dev.relata.examples.json.model.FragmentRepository;
import dev.relata.examples.json.model.Fragment_Meta;
import dev.relata.examples.json.model.Keeper;
import dev.relata.examples.json.model.KeeperRepository;
import dev.relata.examples.json.model.Keeper_Meta;
import dev.relata.examples.json.model.Label;
import dev.relata.examples.json.model.LabelRepository;
import dev.relata.examples.json.model.Label_Meta;
import dev.relata.examples.json.model.Money;
import dev.relata.examples.json.model.Shade;
import dev.relata.examples.json.model.Specimen;
import dev.relata.examples.json.model.SpecimenRepository;
import dev.relata.examples.json.model.Specimen_Meta;
import dev.relata.internal.Column;
import dev.relata.internal.EntityType;
import dev.relata.internal.Relation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of random stores through JSON: a store with rows of every field type and every
 * relation kind (dangling and null keys included) is exported, imported into a fresh store, and
 * every table and every relation load of the two is compared; the copy's export is the same text.
 */
class JsonRoundTripPropertyTest {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));

  /** One entity of the store: its metadata and how to get its repository. */
  private record Table<T>(EntityType<T, ?> type, Function<Store, Repository<T, ?, ?>> repository) {}

  private static final List<Table<?>> TABLES =
      List.of(
          new Table<>(Keeper_Meta.INSTANCE, KeeperRepository::new),
          new Table<>(Specimen_Meta.INSTANCE, SpecimenRepository::new),
          new Table<>(Fragment_Meta.INSTANCE, FragmentRepository::new),
          new Table<>(Label_Meta.INSTANCE, LabelRepository::new));

  @Property(tries = 60)
  void exportThenImportIntoAFreshStoreKeepsEveryTableAndRelation(
      @ForAll("seeds") List<Long> seeds) {
    Store store = Store.inMemory();
    fill(store, seeds);
    String json = store.exportJson();

    Store copy = Store.inMemory();
    copy.importJson(json);

    for (Table<?> table : TABLES) {
      assertSameRows(table, store, copy);
    }
    assertEquals(json, copy.exportJson());
  }

  @Property(tries = 30)
  void toJsonOfLoadedTreesSavesBackIntoTheSameStore(@ForAll("seeds") List<Long> seeds) {
    Store store = Store.inMemory();
    fill(store, seeds);
    SpecimenRepository specimens = new SpecimenRepository(store);
    String json = specimens.toJson(specimens.query().withLabel().withFragments().get());

    Store copy = Store.inMemory();
    new SpecimenRepository(copy).saveJson(json);

    assertEquals(
        new SpecimenRepository(store).toJson(new SpecimenRepository(store).all()),
        new SpecimenRepository(copy).toJson(new SpecimenRepository(copy).all()));
  }

  @Provide
  Arbitrary<List<Long>> seeds() {
    return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(12);
  }

  /** Saves rows made from {@code seeds}: keepers, specimens, fragments and labels. */
  private static void fill(Store store, List<Long> seeds) {
    Random random = new Random(seeds.get(0));
    int n = seeds.size();
    List<Keeper> keepers = new ArrayList<>();
    for (long id = 1; id <= n / 2 + 1; id++) {
      keepers.add(new Keeper(id, text(random), keys(random, n), null, null, null));
    }
    List<Specimen> specimens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      specimens.add(specimen(i + 1L, new Random(seeds.get(i)), keepers.size()));
    }
    List<Fragment> fragments = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < 2 * n; i++) {
      Fragment fragment = new Fragment(text(random));
      fragment.setId(random.nextInt(3 * n) + 1); // the same key twice: the later wins
      fragment.setSpecimenId(maybe(random, () -> random.nextLong(n + 2) + 1));
      fragments.add(fragment);
      labels.add(
          new Label("L" + random.nextInt(n + 1), maybe(random, () -> random.nextLong(n + 2) + 1),
              text(random), null));
    }
    new KeeperRepository(store).saveAll(keepers);
    new SpecimenRepository(store).saveAll(specimens);
    new FragmentRepository(store).saveAll(fragments);
    new LabelRepository(store).saveAll(labels);
  }

  private static Specimen specimen(long id, Random random, int keepers) {
    Specimen s = new Specimen();
    s.id = id;
    s.text = maybe(random, () -> text(random));
    s.count = random.nextInt();
    s.big = random.nextLong();
    s.small = (short) random.nextInt();
    s.tiny = (byte) random.nextInt();
    s.ratio = pick(random, random.nextDouble() * 1e6, Double.NaN, -0.0, Double.NEGATIVE_INFINITY);
    s.weight = pick(random, random.nextFloat(), Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN);
    s.flag = random.nextBoolean();
    s.letter = letter(random);
    s.boxedCount = maybe(random, random::nextInt);
    s.boxedRatio = maybe(random, random::nextGaussian);
    s.boxedFlag = maybe(random, random::nextBoolean);
    s.boxedLetter = maybe(random, () -> letter(random));
    s.huge = maybe(random, () -> new BigInteger(100, random).negate());
    s.amount = maybe(random, () -> new BigDecimal(BigInteger.valueOf(random.nextLong()), 4));
    s.token = maybe(random, () -> new UUID(random.nextLong(), random.nextLong()));
    Instant at = Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000));
    s.at = maybe(random, () -> at);
    LocalDateTime local = LocalDateTime.ofEpochSecond(random.nextInt(), 0, ZoneOffset.UTC);
    s.day = maybe(random, local::toLocalDate);
    s.local = maybe(random, () -> local);
    s.time = maybe(random, local::toLocalTime);
    ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(25) - 12);
    s.offset = maybe(random, () -> OffsetDateTime.of(local, offset));
    s.zoned = maybe(random, () -> ZonedDateTime.of(local, ZONES.get(random.nextInt(ZONES.size()))));
    s.span = maybe(random, () -> Duration.ofNanos(random.nextLong()));
    s.period = maybe(random, () -> Period.of(random.nextInt(50) - 25, random.nextInt(12), 3));
    s.year = maybe(random, () -> Year.of(random.nextInt(9999) + 1));
    s.month = maybe(random, () -> YearMonth.from(local));
    s.monthDay = maybe(random, () -> MonthDay.from(local));
    s.zone = maybe(random, () -> ZONES.get(random.nextInt(ZONES.size())));
    s.shade = maybe(random, () -> Shade.values()[random.nextInt(3)]);
    s.bytes = maybe(random, () -> bytes(random));
    s.tags = maybe(random, () -> new ArrayList<>(List.of(text(random), text(random))));
    s.numbers = maybe(random, () -> new LinkedHashSet<>(List.of(random.nextInt(), 7)));
    s.sorted = maybe(random, () -> new TreeSet<>(List.of(text(random), "b", "a")));
    s.counters = maybe(random, () -> new LinkedHashMap<>(Map.of(text(random), random.nextLong())));
    s.history =
        maybe(random, () -> new EnumMap<>(Map.of(Shade.DARK, List.of(at), Shade.LIGHT, List.of())));
    s.price = maybe(random, () -> new Money(BigDecimal.valueOf(random.nextInt(), 2), "EUR"));
    s.prices = maybe(random, () -> List.of(new Money(BigDecimal.TEN, "USD")));
    s.displayName = maybe(random, () -> text(random));
    s.keeperId = maybe(random, () -> random.nextLong(keepers + 2) + 1);
    return s;
  }

  /** Compares the rows of {@code table} in the two stores, and every relation they load. */
  private static <T> void assertSameRows(Table<T> table, Store expected, Store actual) {
    List<T> want = table.repository().apply(expected).withAll().get();
    List<T> got = table.repository().apply(actual).withAll().get();
    assertEquals(want.size(), got.size(), table.type().name());
    for (int i = 0; i < want.size(); i++) {
      for (Column<T> column : table.type().columns()) {
        Object a = column.get(want.get(i));
        Object b = column.get(got.get(i));
        assertTrue(
            Objects.deepEquals(a, b),
            table.type().name() + "." + column.name() + ": " + a + " != " + b);
      }
      for (Relation<T, ?> relation : table.type().relations()) {
        assertEquals(
            keys(relation, want.get(i)),
            keys(relation, got.get(i)),
            table.type().name() + "." + relation.name());
      }
    }
  }

  /** The keys of the rows {@code relation} loaded for {@code owner}. */
  @SuppressWarnings("unchecked")
  private static <T> Object keys(Relation<?, T> relation, Object owner) {
    Object value = ((Relation<Object, T>) relation).valueOf(owner);
    Column<T> key = relation.target().key();
    if (value instanceof Collection<?> values) {
      List<Object> keys = new ArrayList<>();
      for (Object target : values) {
        keys.add(key.get((T) target));
      }
      return keys;
    }
    return value == null ? null : key.get((T) value);
  }

  private static List<Long> keys(Random random, int n) {
    if (random.nextInt(4) == 0) {
      return null;
    }
    List<Long> keys = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      keys.add(random.nextLong(n + 2) + 1); // dangling and repeated keys too
    }
    return keys;
  }

  private static <V> V maybe(Random random, java.util.function.Supplier<V> value) {
    return random.nextInt(5) == 0 ? null : value.get();
  }

  @SafeVarargs
  private static <V> V pick(Random random, V... values) {
    return values[random.nextInt(values.length)];
  }

  private static String text(Random random) {
    String alphabet = "aZ0 \"\\/\n\t\u0001é€😀\u2028";
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      int at = random.nextInt(alphabet.length() - 1);
      if (Character.isHighSurrogate(alphabet.charAt(at))) {
        s.append(alphabet, at, at + 2);
      } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
        s.append(alphabet.charAt(at));
      }
    }
    return s.toString();
  }

  private static char letter(Random random) {
    return (char) (random.nextInt(0xD7FF) + 1);
  }

  private static byte[] bytes(Random random) {
    byte[] bytes = new byte[random.nextInt(5)];
    random.nextBytes(bytes);
    return bytes;
  }
}
