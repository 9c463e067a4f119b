package dev.relata.examples.benchmark;

import java.util.List;

/**
 * The reads of posts through indexes on their fields, which every contender of {@link
 * IndexBenchmarks} answers: Relata, the hand-written baseline, H2, and CQEngine (an indexed
 * collection library, which offers these reads but no relations, so it is no {@link Contender}).
 * Like every contender, each returns fresh posts that it does not keep; {@code ContendersAgreeTest}
 * checks that the four return equal results.
 */
public interface IndexedReads extends AutoCloseable {

  /** The contenders by name, as the benchmarks' {@code impl} parameter gives them. */
  static IndexedReads create(String name) {
    return name.equals("cqengine") ? new CqEngineContender() : Contender.create(name);
  }

  /** Stores every row of {@code data}: countries, users, posts and comments. */
  void load(Dataset data);

  /** The posts of each user of {@code userIds}, in that order, each user's posts in key order. */
  List<Post> postsOfUsers(long[] userIds);

  /**
   * The post of each slug of {@code slugs} (a unique field), in that order; missing ones skipped.
   */
  List<Post> postsBySlug(String[] slugs);

  /**
   * The posts created from {@code from} to {@code to} (both included), oldest first, posts of one
   * time in key order.
   */
  List<Post> postsCreatedBetween(long from, long to);

  /** The {@code count} newest posts, newest first, posts of one time in key order. */
  List<Post> newestPosts(int count);

  /** Frees what the contender holds. */
  @Override
  void close();
}
