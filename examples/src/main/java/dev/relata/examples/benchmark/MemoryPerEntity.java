package dev.relata.examples.benchmark;

import dev.relata.examples.benchmark.Dataset.Stage;
import dev.relata.examples.benchmark.MemoryFootprint.Retained;
import java.util.List;
import java.util.Locale;

/**
 * Issue 14, item 3: the heap a store retains per row of each entity, indexes included (posts carry
 * a unique hash index on {@code slug} and a sorted one on {@code createdAt}).
 *
 * <p>Three fresh JVMs per contender ({@link MemoryFootprint}) load the same data up to countries
 * and users, up to posts, and whole; the differences between them are the posts' and the comments'
 * share, so every byte is counted once: a post's share holds its row, its strings and boxed
 * values, its place in the key index and in every index of posts, and its place in the foreign-key
 * index of {@code userId}; a comment's the same for comments.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar dev.relata.examples.benchmark.MemoryPerEntity 1000000 relata baseline
 * </pre>
 *
 * prints one line per contender: {@code impl n: countries+users B/row, posts B/row, comments
 * B/row}.
 */
public final class MemoryPerEntity {
  private MemoryPerEntity() {}

  /** Arguments: the number of posts, then the contenders (default: relata and baseline). */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: MemoryPerEntity <posts> [contender...]");
    }
    int n = Integer.parseInt(args[0]);
    List<String> contenders =
        args.length > 1 ? List.of(args).subList(1, args.length) : List.of("relata", "baseline");
    for (String impl : contenders) {
      Retained users = MemoryFootprint.measureInFreshJvm(impl, n, Stage.USERS);
      Retained posts = MemoryFootprint.measureInFreshJvm(impl, n, Stage.POSTS);
      Retained all = MemoryFootprint.measureInFreshJvm(impl, n, Stage.ALL);
      System.out.printf(
          Locale.ROOT,
          "%s n=%d: countries+users %.1f B/row, posts %.1f B/row, comments %.1f B/row,"
              + " all %.1f B/row%n",
          impl,
          n,
          perRow(users.bytes(), users.rows()),
          perRow(posts.bytes() - users.bytes(), posts.rows() - users.rows()),
          perRow(all.bytes() - posts.bytes(), all.rows() - posts.rows()),
          perRow(all.bytes(), all.rows()));
    }
  }

  private static double perRow(long bytes, int rows) {
    return (double) bytes / rows;
  }
}
