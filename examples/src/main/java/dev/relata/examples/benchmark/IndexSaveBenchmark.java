package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * (l) What indexes cost a save: every post of the {@link Dataset} saved ({@code saveAll}) into an
 * empty store, as rows with the same fields and no index ({@link PlainRow}) or with an
 * {@code @Index(unique = true)} slug and an {@code @Index(sorted = true)} creation time ({@link
 * IndexedRow}), which the save keeps and checks. Beside them, the same jobs written by hand ({@link
 * HandSave}): {@code handPlain} copies each row into a {@code HashMap} by key, {@code handIndexed}
 * also into a unique {@code HashMap} by slug and a {@code TreeMap} by creation time: what the two
 * indexes cost at the hand-written limit. A fresh store (or fresh maps) for each call, outside the
 * measured time. JMH settings: {@link ContenderSettings}.
 */
public class IndexSaveBenchmark extends ContenderSettings {
  /**
   * The rows: {@code plain} (no index) or {@code indexed} (two indexes, one unique), saved by
   * Relata; {@code handPlain} and {@code handIndexed}: the same, written by hand.
   */
  @Param({"plain", "indexed", "handPlain", "handIndexed"})
  public String impl;

  /** The number of posts. */
  @Param({"100000"})
  public int n;

  private List<PlainRow> plain;
  private List<IndexedRow> indexed;
  private Store store;
  private HandSave hand;

  /**
   * Makes the rows to save from the dataset's posts: each list in a loop of its own, with objects
   * of its own for the key, the user key, the title and the slug. Shared, they would lie in memory
   * next to the rows of whichever list the collector moved first, and reading them from the rows of
   * the other list would cost a cache miss more per object: a difference of layout, not of indexes.
   */
  @Setup(Level.Trial)
  public void generate() {
    List<Post> posts = Dataset.generate(n).posts();
    plain = new ArrayList<>(posts.size());
    for (Post p : posts) {
      plain.add(
          new PlainRow(
              own(p.getId()),
              own(p.getTitle()),
              own(p.getUserId()),
              own(p.getSlug()),
              p.getCreatedAt(),
              p.getViews()));
    }
    indexed = new ArrayList<>(posts.size());
    for (Post p : posts) {
      indexed.add(
          new IndexedRow(
              own(p.getId()),
              own(p.getTitle()),
              own(p.getUserId()),
              own(p.getSlug()),
              p.getCreatedAt(),
              p.getViews()));
    }
  }

  /** A {@code Long} of its own for {@code value} (outside {@code Long}'s cache of small ones). */
  private static Long own(Long value) {
    return value == null ? null : Long.valueOf(value.longValue());
  }

  /** A {@code String} of its own with the same characters. */
  private static String own(String value) {
    return value == null ? null : new String(value);
  }

  /** An empty store (or empty maps) for the next call. */
  @Setup(Level.Invocation)
  public void emptyStore() {
    if (impl.startsWith("hand")) {
      hand = new HandSave(n);
      return;
    }
    store = Store.inMemory();
    // Repositories made here register their tables outside the measured time.
    new PlainRowRepository(store);
    new IndexedRowRepository(store);
  }

  /** Saves every row; returns how many were saved. */
  @Benchmark
  public int saveRows() {
    switch (impl) {
      case "indexed":
        return new IndexedRowRepository(store).saveAll(indexed).size();
      case "plain":
        return new PlainRowRepository(store).saveAll(plain).size();
      case "handIndexed":
        return hand.saveIndexed(indexed);
      case "handPlain":
        return hand.savePlain(plain);
      default:
        throw new IllegalArgumentException("unknown impl " + impl);
    }
  }
}
