package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
 * Issue 14, item 4: the latency of {@code posts.find(id)} in ten reader threads while one thread
 * saves without pause, at {@value #POSTS} posts (each with its unique {@code slug} and sorted
 * {@code createdAt} index), as JMH's sample-time percentiles (p50, p99, p99.9 of each reader call).
 *
 * <ul>
 *   <li>{@code findWhileSaving}: ten readers, {@code posts.find} of random keys, and one writer
 *       that replaces a random post with a copy whose {@code views} changed ({@code posts.save},
 *       one atomic write each, which every index sees).
 *   <li>{@code findAlone}: the ten readers without the writer, the floor the first is read against.
 * </ul>
 *
 * <p>{@code impl = map} runs the same threads on the hand-written reference one would use for
 * concurrent reads of single rows: a {@code ConcurrentHashMap} of posts, each read and write a
 * copy (no secondary indexes, no atomicity across rows). With 11 threads on a machine of fewer
 * cores the readers also wait for a core: the percentiles then include the operating system's
 * scheduling, for both contenders alike.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar org.openjdk.jmh.Main FindLatencyBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class FindLatencyBenchmark {
  static final int POSTS = 1_000_000;

  /** The rows the threads of a group share, loaded once per trial. */
  @State(Scope.Group)
  public static class Shared {
    /** {@code relata}: the generated repository on the in-memory store; {@code map}: see above. */
    @Param({"relata", "map"})
    public String impl;

    PostRepository posts;
    ConcurrentHashMap<Long, Post> map;

    /** Loads {@value #POSTS} posts into the contender. */
    @Setup(Level.Trial)
    public void fill() {
      List<Post> all = new ArrayList<>(POSTS);
      SplittableRandom random = new SplittableRandom(14);
      for (long id = 1; id <= POSTS; id++) {
        all.add(new Post(id, "post " + id, 1 + id % 1000, "post-" + id, random.nextLong(), 0));
      }
      if (impl.equals("relata")) {
        posts = new PostRepository(Store.inMemory());
        posts.saveAll(all);
      } else {
        map = new ConcurrentHashMap<>(2 * POSTS);
        for (Post post : all) {
          map.put(post.getId(), copy(post));
        }
      }
    }

    Post find(long id) {
      if (posts != null) {
        return posts.find(id).orElse(null);
      }
      Post stored = map.get(id);
      return stored == null ? null : copy(stored);
    }

    void save(Post post) {
      if (posts != null) {
        posts.save(post);
      } else {
        map.put(post.getId(), copy(post));
      }
    }
  }

  /** Per thread: which key it reads or writes next. */
  @State(Scope.Thread)
  public static class Cursor {
    final SplittableRandom random = new SplittableRandom();

    long next() {
      return 1L + random.nextInt(POSTS);
    }
  }

  private static Post copy(Post post) {
    return new Post(
        post.getId(),
        post.getTitle(),
        post.getUserId(),
        post.getSlug(),
        post.getCreatedAt(),
        post.getViews());
  }

  @Benchmark
  @Group("findWhileSaving")
  @GroupThreads(10)
  public Post findWhileSavingRead(Shared shared, Cursor cursor) {
    return shared.find(cursor.next());
  }

  @Benchmark
  @Group("findWhileSaving")
  @GroupThreads(1)
  public void findWhileSavingWrite(Shared shared, Cursor cursor) {
    Post post = shared.find(cursor.next());
    post.setViews(post.getViews() + 1);
    shared.save(post);
  }

  @Benchmark
  @Group("findAlone")
  @GroupThreads(10)
  public Post findAloneRead(Shared shared, Cursor cursor) {
    return shared.find(cursor.next());
  }
}
