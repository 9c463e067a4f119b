package dev.relata.examples.benchmark;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reads of posts through indexes on their fields ({@link IndexedReads}), on a store that holds the
 * whole {@link Dataset}: Relata's typed conditions on a relation key, an {@code @Index(unique =
 * true)} and an {@code @Index(sorted = true)} field, against the hand-written baseline ({@code
 * HashMap} and {@code TreeMap}), H2 (indexes on the same columns) and CQEngine (hash, unique and
 * navigable indexes). Every result is a list of fresh posts. JMH settings: {@link
 * ContenderSettings}.
 */
public class IndexBenchmarks extends ContenderSettings {
  /** The contender: {@code relata}, {@code baseline}, {@code h2} or {@code cqengine}. */
  @Param({"relata", "baseline", "h2", "cqengine"})
  public String impl;

  /** The number of posts. */
  @Param({"100000"})
  public int n;

  private IndexedReads contender;
  private Dataset data;

  /** Builds the contender's store from the dataset. */
  @Setup(Level.Trial)
  public void load() {
    data = Dataset.generate(n);
    contender = IndexedReads.create(impl);
    contender.load(data);
  }

  /** Drops the store. */
  @TearDown(Level.Trial)
  public void close() {
    contender.close();
  }

  /** (h) The posts of {@value Dataset#FIND_LOOKUPS} random users (about 10 each), by user key. */
  @Benchmark
  public List<Post> byUser() {
    return contender.postsOfUsers(data.userKeys());
  }

  /** (i) {@value Dataset#FIND_LOOKUPS} posts by random slug, a unique indexed field. */
  @Benchmark
  public List<Post> bySlug() {
    return contender.postsBySlug(data.slugs());
  }

  /** (j) The posts of a range of creation times, 1% of them, oldest first: a sorted index. */
  @Benchmark
  public List<Post> createdBetween() {
    return contender.postsCreatedBetween(data.rangeFrom(), data.rangeTo());
  }

  /** (k) The {@value Dataset#NEWEST_POSTS} newest posts: an ordered page of a sorted index. */
  @Benchmark
  public List<Post> newest() {
    return contender.newestPosts(Dataset.NEWEST_POSTS);
  }
}
