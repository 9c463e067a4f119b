package dev.relata.examples.benchmark;

import java.util.List;

/**
 * One way to store the benchmark data and run the measured operations on it: Relata (in memory, or
 * through relata-jdbc on H2 or PostgreSQL), the hand-written baseline, hand-written JDBC (on H2 as
 * in issue 4, or sending Relata's statements on H2 or PostgreSQL), or Hibernate ORM on H2 or
 * PostgreSQL. Every contender returns fresh objects that it does not keep, so that the caller may
 * change them; the results of the three are equal for equal data (the unit test {@code
 * ContendersAgreeTest} checks this).
 */
public interface Contender extends IndexedReads {

  /** The contenders by name, as the benchmarks' {@code impl} parameter gives them. */
  static Contender create(String name) {
    switch (name) {
      case "relata":
        return new RelataContender();
      case "relata-h2":
        return RelataContender.onH2();
      case "relata-pg":
        return RelataContender.onPostgres();
      case "jdbc-h2":
        return JdbcContender.onH2(false);
      case "jdbc-pg":
        return JdbcContender.onPostgres(false);
      case "jdbc-h2-pool":
        return JdbcContender.onH2(true);
      case "jdbc-pg-pool":
        return JdbcContender.onPostgres(true);
      case "hibernate":
        return HibernateContender.onH2();
      case "hibernate-pg":
        return HibernateContender.onPostgres();
      case "baseline":
        return new BaselineContender();
      case "h2":
        return new H2Contender();
      default:
        throw new IllegalArgumentException(
            "unknown contender '"
                + name
                + "'. Options: relata, relata-h2, relata-pg, baseline, h2, jdbc-h2, jdbc-pg,"
                + " jdbc-h2-pool, jdbc-pg-pool, hibernate, hibernate-pg");
    }
  }

  /** Stores {@code posts} and then {@code comments}; returns how many rows it stored. */
  int save(List<Post> posts, List<Comment> comments);

  /** Every post, in key order, with all its comments (in key order). */
  List<Post> postsWithComments();

  /** Every comment, in key order, with its post. */
  List<Comment> commentsWithPost();

  /**
   * Every country, in key order, with its posts through its users: grouped by user (in key order),
   * each user's posts in key order.
   */
  List<Country> countriesWithPosts();

  /** Every post, in key order, with its {@code count} newest comments, newest first. */
  List<Post> postsWithNewestComments(int count);

  /** The posts with the keys {@code ids}, in that order; missing keys are skipped. */
  List<Post> find(long[] ids);

  /** The posts with more than {@code views} views, in key order. */
  List<Post> postsWithViewsAbove(int views);
}
