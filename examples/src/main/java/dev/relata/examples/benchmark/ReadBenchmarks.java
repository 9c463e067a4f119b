package dev.relata.examples.benchmark;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The reads, on a store that holds the whole {@link Dataset}: eager loading of every kind, a
 * per-parent constraint, key lookups and a filter. Each returns its result, which JMH consumes, so
 * nothing is optimized away. Every {@code impl} and {@code n} runs in its own JVM (JMH forks per
 * parameter set), so the contenders do not share a heap or a JIT profile. Settings: {@link
 * ContenderSettings}.
 */
public class ReadBenchmarks extends ContenderSettings {
  /**
   * The contender: {@code relata}, {@code baseline} or {@code h2} by default; also {@code
   * relata-h2}, {@code jdbc-h2}, {@code jdbc-h2-pool} and {@code hibernate} (on H2), {@code
   * relata-pg}, {@code jdbc-pg}, {@code jdbc-pg-pool} and {@code hibernate-pg} (on the embedded
   * PostgreSQL): see {@link Contender#create}.
   */
  @Param({"relata", "baseline", "h2"})
  public String impl;

  /** The number of posts. */
  @Param({"10000", "100000"})
  public int n;

  private Contender contender;
  private long[] findKeys;

  /** Builds the contender's store from the dataset; the input objects are garbage after. */
  @Setup(Level.Trial)
  public void load() {
    Dataset data = Dataset.generate(n);
    contender = Contender.create(impl);
    contender.load(data);
    findKeys = data.findKeys();
  }

  /** Drops the store. */
  @TearDown(Level.Trial)
  public void close() {
    contender.close();
  }

  /** (b) Every post with all its comments. */
  @Benchmark
  public List<Post> withComments() {
    return contender.postsWithComments();
  }

  /** (c) Every comment with its post. */
  @Benchmark
  public List<Comment> withPost() {
    return contender.commentsWithPost();
  }

  /** (d) Every country with its posts, through its users. */
  @Benchmark
  public List<Country> countriesWithPosts() {
    return contender.countriesWithPosts();
  }

  /** (e) Every post with its three newest comments. */
  @Benchmark
  public List<Post> newestComments() {
    return contender.postsWithNewestComments(Dataset.NEWEST);
  }

  /** (f) {@value Dataset#FIND_LOOKUPS} posts by random key. */
  @Benchmark
  public List<Post> find() {
    return contender.find(findKeys);
  }

  /** (g) The posts with more than {@value Dataset#VIEWS_THRESHOLD} views, about one in ten. */
  @Benchmark
  public List<Post> where() {
    return contender.postsWithViewsAbove(Dataset.VIEWS_THRESHOLD);
  }
}
