package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hash flooding: saving 65,536 rows into an empty store and finding each once, with keys whose
 * {@code hashCode}s are all equal ({@code colliding}) against random keys of the same type ({@code
 * random}). Keys are {@code String} primary keys (32 characters of "Aa" and "BB", or random), {@code
 * Long} primary keys ({@code i * (2^32 + 1)}, or random), {@code UUID} primary keys ({@code new
 * UUID(i, i)}, or random), or the {@code String} foreign key of {@link Owned} (65,536 distinct
 * values, one row each; 65,536 owners with sequential keys are saved first, outside the measured
 * time, and {@code find} reads each owner's rows through its resolver, one index lookup each).
 *
 * <p>{@code save} saves every row with one {@code saveAll} into a store made empty before each
 * call, outside the measured time; {@code find} finds every key once in a store filled once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class AdversarialKeysBenchmark {
  static final int N = 65_536;

  /** The key: {@code string}, {@code long}, {@code uuid} (primary keys) or {@code foreignKey}. */
  @Param({"string", "long", "uuid", "foreignKey"})
  public String key;

  /** {@code colliding} (one hash code) or {@code random}. */
  @Param({"random", "colliding"})
  public String keys;

  private Keyed rows;
  private Keyed filled;
  private Keyed empty;

  /** Makes the rows and a store that holds them. */
  @Setup(Level.Trial)
  public void generate() {
    rows = Keyed.create(key, keys.equals("colliding"));
    filled = rows.fresh();
    filled.save();
  }

  /** An empty store for the next call of {@link #save}. */
  @Setup(Level.Invocation)
  public void emptyStore() {
    empty = rows.fresh();
  }

  /** Saves every row with one {@code saveAll}; returns how many. */
  @Benchmark
  public int save() {
    return empty.save();
  }

  /** Finds every key once; returns how many were found. */
  @Benchmark
  public int find() {
    return filled.findEach();
  }

  /** The i-th of 2^16 strings of 32 characters built from "Aa" and "BB": one hash code. */
  static String collidingString(int i) {
    StringBuilder s = new StringBuilder(32);
    for (int b = 15; b >= 0; b--) {
      s.append((i >>> b & 1) == 0 ? "Aa" : "BB");
    }
    return s.toString();
  }

  /** A random string of 32 letters. */
  static String randomString(SplittableRandom random) {
    char[] s = new char[32];
    for (int c = 0; c < s.length; c++) {
      s[c] = (char) ('a' + random.nextInt(26));
    }
    return new String(s);
  }

  /** The keys of one kind, their rows, and the repositories of one store. */
  private abstract static class Keyed {
    final Store store = Store.inMemory();

    static Keyed create(String kind, boolean colliding) {
      SplittableRandom random = new SplittableRandom(42);
      return switch (kind) {
        case "string" -> {
          List<StringKeyRow> list = new ArrayList<>(N);
          for (int i = 0; i < N; i++) {
            String id = colliding ? collidingString(i) : randomString(random);
            list.add(new StringKeyRow(id, i));
          }
          yield new Strings(list);
        }
        case "long" -> {
          List<LongKeyRow> list = new ArrayList<>(N);
          for (long i = 0; i < N; i++) {
            list.add(new LongKeyRow(colliding ? i * ((1L << 32) + 1) : random.nextLong(), i));
          }
          yield new Longs(list);
        }
        case "uuid" -> {
          List<UuidKeyRow> list = new ArrayList<>(N);
          for (long i = 0; i < N; i++) {
            UUID id = colliding ? new UUID(i, i) : new UUID(random.nextLong(), random.nextLong());
            list.add(new UuidKeyRow(id, i));
          }
          yield new Uuids(list);
        }
        case "foreignKey" -> {
          List<Owner> owners = new ArrayList<>(N);
          List<Owned> list = new ArrayList<>(N);
          for (long i = 0; i < N; i++) {
            String code = colliding ? collidingString((int) i) : randomString(random);
            owners.add(new Owner(i + 1, code));
            list.add(new Owned(i + 1, code));
          }
          yield new ForeignKeys(owners, list);
        }
        default -> throw new IllegalArgumentException("unknown key kind " + kind);
      };
    }

    /** The same rows over a new, empty store. */
    abstract Keyed fresh();

    abstract int save();

    abstract int findEach();
  }

  private static final class Strings extends Keyed {
    final List<StringKeyRow> rows;
    final StringKeyRowRepository repository = new StringKeyRowRepository(store);

    Strings(List<StringKeyRow> rows) {
      this.rows = rows;
    }

    @Override
    Keyed fresh() {
      return new Strings(rows);
    }

    @Override
    int save() {
      return repository.saveAll(rows).size();
    }

    @Override
    int findEach() {
      int found = 0;
      for (StringKeyRow row : rows) {
        found += repository.find(row.getId()).isPresent() ? 1 : 0;
      }
      return found;
    }
  }

  private static final class Longs extends Keyed {
    final List<LongKeyRow> rows;
    final LongKeyRowRepository repository = new LongKeyRowRepository(store);

    Longs(List<LongKeyRow> rows) {
      this.rows = rows;
    }

    @Override
    Keyed fresh() {
      return new Longs(rows);
    }

    @Override
    int save() {
      return repository.saveAll(rows).size();
    }

    @Override
    int findEach() {
      int found = 0;
      for (LongKeyRow row : rows) {
        found += repository.find(row.getId()).isPresent() ? 1 : 0;
      }
      return found;
    }
  }

  private static final class Uuids extends Keyed {
    final List<UuidKeyRow> rows;
    final UuidKeyRowRepository repository = new UuidKeyRowRepository(store);

    Uuids(List<UuidKeyRow> rows) {
      this.rows = rows;
    }

    @Override
    Keyed fresh() {
      return new Uuids(rows);
    }

    @Override
    int save() {
      return repository.saveAll(rows).size();
    }

    @Override
    int findEach() {
      int found = 0;
      for (UuidKeyRow row : rows) {
        found += repository.find(row.getId()).isPresent() ? 1 : 0;
      }
      return found;
    }
  }

  private static final class ForeignKeys extends Keyed {
    final List<Owner> owners;
    final List<Owned> rows;
    final OwnerRepository ownerRepository = new OwnerRepository(store);
    final OwnedRepository repository = new OwnedRepository(store);

    ForeignKeys(List<Owner> owners, List<Owned> rows) {
      this.owners = owners;
      this.rows = rows;
      ownerRepository.saveAll(owners);
    }

    @Override
    Keyed fresh() {
      return new ForeignKeys(owners, rows);
    }

    @Override
    int save() {
      return repository.saveAll(rows).size();
    }

    @Override
    int findEach() {
      int found = 0;
      for (Owner owner : owners) {
        found += ownerRepository.owned(owner).find().size();
      }
      return found;
    }
  }
}
