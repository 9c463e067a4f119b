package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deleting {@value #DELETES} comments one at a time ({@code comments.delete(id)}, each its own
 * write) from a table of {@code rows} comments with sequential keys and a foreign-key index (10
 * comments per post): the oldest first, the newest first, or at random. After each call the deleted
 * rows are saved again, outside the measured time, so that the table keeps its size: the oldest
 * come back as the newest (the next call deletes the next oldest), the newest come back in place.
 * Time per delete is the score divided by {@value #DELETES}.
 *
 * <p>{@code store = maps} does the same deletes and saves on the JDK's maps, as a reference for
 * what the size of the table costs by itself: the comments in a {@code LinkedHashMap} by key (in
 * insertion order, as Relata keeps rows) and in a {@code HashMap} of lists by post (Relata's
 * foreign-key index); a delete removes the comment from both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class DeleteBenchmark {
  static final int DELETES = 10_000;

  /** The number of rows in the table. */
  @Param({"10000", "1000000"})
  public int rows;

  /** {@code oldest}, {@code newest} or {@code random} first. */
  @Param({"oldest", "newest", "random"})
  public String order;

  /** {@code relata}, or {@code maps}: the JDK's maps, as a reference (see above). */
  @Param({"relata", "maps"})
  public String store;

  private CommentRepository comments;
  private Map<Long, Comment> mapByKey;
  private Map<Long, List<Comment>> mapByPost;
  private Comment[] byKey;

  /** The keys in insertion order, as a ring starting at {@link #head}. */
  private long[] ring;

  private int head;
  private final SplittableRandom random = new SplittableRandom(42);

  /** The keys the next call deletes, in order, and their rows to save again after it. */
  private long[] doomed;

  private List<Comment> deleted;

  /** Fills the table. */
  @Setup(Level.Trial)
  public void fill() {
    byKey = new Comment[rows];
    ring = new long[rows];
    List<Comment> all = new ArrayList<>(rows);
    int posts = Math.max(1, rows / 10);
    for (int i = 0; i < rows; i++) {
      long id = i + 1;
      byKey[i] = new Comment(id, (long) (i % posts) + 1, "comment " + id, i);
      ring[i] = id;
      all.add(byKey[i]);
    }
    if (store.equals("maps")) {
      mapByKey = new LinkedHashMap<>();
      mapByPost = new HashMap<>();
      saveInMaps(all);
    } else {
      comments = new CommentRepository(Store.inMemory());
      comments.saveAll(all);
    }
  }

  private void saveInMaps(List<Comment> rows) {
    for (Comment row : rows) {
      mapByKey.put(row.getId(), row);
      mapByPost.computeIfAbsent(row.getPostId(), post -> new ArrayList<>()).add(row);
    }
  }

  /** Picks the keys of the next call. */
  @Setup(Level.Invocation)
  public void pick() {
    doomed = new long[DELETES];
    deleted = new ArrayList<>(DELETES);
    switch (order) {
      case "oldest" -> {
        for (int j = 0; j < DELETES; j++) {
          doomed[j] = ring[(head + j) % rows];
        }
        // They come back as the newest: the ring turns.
        head = (head + DELETES) % rows;
      }
      case "newest" -> {
        for (int j = 0; j < DELETES; j++) {
          doomed[j] = ring[(head + rows - 1 - j) % rows];
        }
      }
      default -> {
        // Distinct random keys: a partial Fisher-Yates shuffle of the keys.
        long[] keys = new long[rows];
        for (int i = 0; i < rows; i++) {
          keys[i] = i + 1;
        }
        for (int j = 0; j < DELETES; j++) {
          int k = j + random.nextInt(rows - j);
          long t = keys[j];
          keys[j] = keys[k];
          keys[k] = t;
          doomed[j] = keys[j];
        }
      }
    }
  }

  /** Deletes the picked rows one at a time; returns how many were deleted. */
  @Benchmark
  public int delete() {
    if (comments == null) {
      return deleteFromMaps();
    }
    int n = 0;
    for (long id : doomed) {
      if (comments.delete(id)) {
        n++;
      }
    }
    return n;
  }

  private int deleteFromMaps() {
    int n = 0;
    for (long id : doomed) {
      Comment row = mapByKey.remove(id);
      if (row != null) {
        List<Comment> siblings = mapByPost.get(row.getPostId());
        siblings.remove(row);
        if (siblings.isEmpty()) {
          mapByPost.remove(row.getPostId());
        }
        n++;
      }
    }
    return n;
  }

  /** Saves the deleted rows again, oldest first, so that the table keeps its size. */
  @TearDown(Level.Invocation)
  public void restore() {
    boolean newest = order.equals("newest");
    for (int j = 0; j < DELETES; j++) {
      // The newest were picked newest first; they go back in their order, in their place.
      long id = doomed[newest ? DELETES - 1 - j : j];
      deleted.add(byKey[(int) id - 1]);
    }
    if (comments == null) {
      saveInMaps(deleted);
    } else {
      comments.saveAll(deleted);
    }
  }
}
