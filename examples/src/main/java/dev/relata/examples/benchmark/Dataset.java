package dev.relata.examples.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The rows every contender stores, the same for all of them: {@code n} posts with {@value
 * #COMMENTS_PER_POST} comments each, {@code n / 10} users and {@value #COUNTRIES} countries.
 *
 * <p>The data is generated from a fixed seed, so two runs (and the three contenders of one run) see
 * the same rows. Keys are given explicitly and ascend in insertion order. Posts go to random users
 * and users to random countries. The comments of one post are spread over the whole comment table,
 * as comments that arrive over time are, and their creation times are a random permutation, so that
 * "newest first" is not insertion order. Posts have a unique slug ({@code "post-17"}) and distinct
 * creation times, one minute apart in a random permutation of their keys, so that a range of times
 * or the newest posts are not a range of keys; they and the keys the index benchmarks look up come
 * from a second random sequence, so the rest of the data is what it was before they existed.
 */
public final class Dataset {
  /** Comments per post. */
  public static final int COMMENTS_PER_POST = 10;

  /** Countries, whatever the number of posts. */
  public static final int COUNTRIES = 100;

  /** Key lookups per {@code find} operation. */
  public static final int FIND_LOOKUPS = 1000;

  /** Views are uniform in [0, 1000): {@code views > VIEWS_THRESHOLD} keeps about 10% of posts. */
  public static final int VIEWS_THRESHOLD = 899;

  /** How many of the newest comments per post the constrained eager load keeps. */
  public static final int NEWEST = 3;

  /** How many of the newest posts the ordered page of the index benchmarks reads. */
  public static final int NEWEST_POSTS = 10;

  /** The minutes between two posts' creation times. */
  static final long MINUTE = 60_000;

  private static final long SEED = 20240601L;
  private static final long EPOCH_MILLIS = 1_700_000_000_000L;

  private final int postCount;
  private final List<Country> countries;
  private final List<User> users;
  private final List<Post> posts;
  private final List<Comment> comments;
  private final long[] findKeys;
  private final long[] userKeys;
  private final String[] slugs;

  private Dataset(
      int postCount,
      List<Country> countries,
      List<User> users,
      List<Post> posts,
      List<Comment> comments,
      long[] findKeys,
      long[] userKeys,
      String[] slugs) {
    this.postCount = postCount;
    this.countries = countries;
    this.users = users;
    this.posts = posts;
    this.comments = comments;
    this.findKeys = findKeys;
    this.userKeys = userKeys;
    this.slugs = slugs;
  }

  /** Generates the data for {@code postCount} posts (at least 10). */
  public static Dataset generate(int postCount) {
    if (postCount < 10) {
      throw new IllegalArgumentException("at least 10 posts, not " + postCount);
    }
    Random random = new Random(SEED);
    int userCount = postCount / 10;

    List<Country> countries = new ArrayList<>(COUNTRIES);
    for (long id = 1; id <= COUNTRIES; id++) {
      countries.add(new Country(id, "Country " + id));
    }
    List<User> users = new ArrayList<>(userCount);
    for (long id = 1; id <= userCount; id++) {
      users.add(new User(id, "User " + id, 1L + random.nextInt(COUNTRIES)));
    }
    Random second = new Random(SEED + 1);
    List<Long> minutes = new ArrayList<>(postCount);
    for (long minute = 1; minute <= postCount; minute++) {
      minutes.add(minute);
    }
    Collections.shuffle(minutes, second);
    List<Post> posts = new ArrayList<>(postCount);
    for (long id = 1; id <= postCount; id++) {
      long userId = 1L + random.nextInt(userCount);
      long createdAt = EPOCH_MILLIS + minutes.get((int) id - 1) * MINUTE;
      posts.add(new Post(id, "Post " + id, userId, slug(id), createdAt, random.nextInt(1000)));
    }
    int commentCount = postCount * COMMENTS_PER_POST;
    List<Integer> times = new ArrayList<>(commentCount);
    for (int i = 0; i < commentCount; i++) {
      times.add(i);
    }
    Collections.shuffle(times, random);
    List<Comment> comments = new ArrayList<>(commentCount);
    for (int i = 0; i < commentCount; i++) {
      long postId = 1L + i % postCount;
      comments.add(
          new Comment(i + 1L, postId, "Comment " + (i + 1), EPOCH_MILLIS + times.get(i) * 1_000L));
    }
    long[] findKeys = new long[FIND_LOOKUPS];
    for (int i = 0; i < findKeys.length; i++) {
      findKeys[i] = 1L + random.nextInt(postCount);
    }
    long[] userKeys = new long[FIND_LOOKUPS];
    String[] slugs = new String[FIND_LOOKUPS];
    for (int i = 0; i < FIND_LOOKUPS; i++) {
      userKeys[i] = 1L + second.nextInt(userCount);
      slugs[i] = slug(1L + second.nextInt(postCount));
    }
    return new Dataset(postCount, countries, users, posts, comments, findKeys, userKeys, slugs);
  }

  private static String slug(long postId) {
    return "post-" + postId;
  }

  /** The number of posts. */
  public int postCount() {
    return postCount;
  }

  /** The countries, in key order. */
  public List<Country> countries() {
    return countries;
  }

  /** The users, in key order. */
  public List<User> users() {
    return users;
  }

  /** The posts, in key order, without comments. */
  public List<Post> posts() {
    return posts;
  }

  /** The comments, in key order, without posts. */
  public List<Comment> comments() {
    return comments;
  }

  /** Random post keys for the {@code find} benchmark; every one is stored. */
  public long[] findKeys() {
    return findKeys.clone();
  }

  /** Random user keys, for the posts-by-user benchmark; every one is stored. */
  public long[] userKeys() {
    return userKeys.clone();
  }

  /** Random post slugs, for the posts-by-slug benchmark; every one is stored. */
  public String[] slugs() {
    return slugs.clone();
  }

  /**
   * The first creation time of the range of the range benchmark: the range {@code [from, from +
   * (postCount / 100 - 1) minutes]} holds 1% of the posts, from the middle of the time line.
   */
  public long rangeFrom() {
    return EPOCH_MILLIS + (postCount / 2) * MINUTE;
  }

  /** The last creation time of the range of the range benchmark (see {@link #rangeFrom}). */
  public long rangeTo() {
    return rangeFrom() + (Math.max(1, postCount / 100) - 1) * MINUTE;
  }

  /**
   * This data cut down to the entities of {@code stage} and those before it in saving order, for
   * measuring the memory of each entity ({@link MemoryFootprint}).
   */
  public Dataset upTo(Stage stage) {
    return new Dataset(
        postCount,
        countries,
        users,
        stage == Stage.USERS ? List.of() : posts,
        stage == Stage.ALL ? comments : List.of(),
        findKeys,
        userKeys,
        slugs);
  }

  /** How much of the data {@link #upTo} keeps, in the order a store is loaded. */
  public enum Stage {
    /** Countries and users. */
    USERS,
    /** Countries, users and posts. */
    POSTS,
    /** Everything: countries, users, posts and comments. */
    ALL
  }

  /** Every row: countries, users, posts and comments. */
  public int rowCount() {
    return countries.size() + users.size() + posts.size() + comments.size();
  }
}
