package dev.relata.examples.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory H2 database through plain JDBC, the way an ORM drives it: one table per entity with
 * an index on every foreign key, batched inserts in one transaction, and eager loading as one
 * {@code SELECT} for the parents and one per relation for the related rows of all of them ({@code
 * WHERE post_id IN (1, 2, ...)} with the parents' keys written out, as Eloquent does for integer
 * keys: H2 arrays, {@code = ANY(?)}, hold at most 65,536 keys), ordered, and grouped into fresh
 * objects in Java. There are no foreign-key constraints: Relata checks none either.
 *
 * <p>H2 keeps the result of a query and hands it out again while no table has changed ({@code
 * OPTIMIZE_REUSE_RESULTS}). The benchmarks read unchanged data again and again, which an
 * application does not, and Relata keeps no results, so that cache is switched off.
 */
final class H2Contender implements Contender {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final int BATCH = 1000;

  /** The tables and indexes, in the SQL that H2 and PostgreSQL both take. */
  static final String[] TABLES = {
    "CREATE TABLE countries (id BIGINT PRIMARY KEY, name VARCHAR(255))",
    "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(255), country_id BIGINT)",
    "CREATE INDEX users_country_id ON users (country_id)",
    "CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(255), user_id BIGINT,"
        + " slug VARCHAR(255), created_at BIGINT NOT NULL, views INT NOT NULL)",
    "CREATE INDEX posts_user_id ON posts (user_id)",
    "CREATE UNIQUE INDEX posts_slug ON posts (slug)",
    "CREATE INDEX posts_created_at ON posts (created_at)",
    "CREATE TABLE comments (id BIGINT PRIMARY KEY, post_id BIGINT, body VARCHAR(255),"
        + " created_at BIGINT NOT NULL)",
    "CREATE INDEX comments_post_id ON comments (post_id)",
  };

  static final String POST_COLUMNS = "id, title, user_id, slug, created_at, views";
  static final String COMMENT_COLUMNS = "id, post_id, body, created_at";

  private final Connection connection;

  H2Contender() {
    try {
      // The database lives as long as this connection: closing it drops the database.
      connection = DriverManager.getConnection("jdbc:h2:mem:bench" + DATABASES.incrementAndGet());
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        for (String ddl : TABLES) {
          statement.execute(ddl);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void load(Dataset data) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO countries (id, name) VALUES (?, ?)")) {
        int pending = 0;
        for (Country country : data.countries()) {
          insert.setLong(1, country.getId());
          insert.setString(2, country.getName());
          insert.addBatch();
          pending = flush(insert, pending + 1);
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO users (id, name, country_id) VALUES (?, ?, ?)")) {
        int pending = 0;
        for (User user : data.users()) {
          insert.setLong(1, user.getId());
          insert.setString(2, user.getName());
          insert.setObject(3, user.getCountryId(), Types.BIGINT);
          insert.addBatch();
          pending = flush(insert, pending + 1);
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure(e);
    }
    save(data.posts(), data.comments());
  }

  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO posts (" + POST_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (Post post : posts) {
          bind(insert, post);
          pending = flush(insert, pending + 1);
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO comments (" + COMMENT_COLUMNS + ") VALUES (?, ?, ?, ?)")) {
        int pending = 0;
        for (Comment comment : comments) {
          bind(insert, comment);
          pending = flush(insert, pending + 1);
        }
        insert.executeBatch();
      }
      connection.commit();
      connection.setAutoCommit(true);
      return posts.size() + comments.size();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  static int flush(PreparedStatement insert, int pending) throws SQLException {
    if (pending < BATCH) {
      return pending;
    }
    insert.executeBatch();
    return 0;
  }

  @Override
  public List<Post> postsWithComments() {
    try {
      List<Post> posts = selectPosts("SELECT " + POST_COLUMNS + " FROM posts ORDER BY id");
      Map<Long, Post> byId = withEmptyComments(posts);
      if (posts.isEmpty()) {
        return posts;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(commentsOf(byId.keySet(), "id"))) {
        while (rows.next()) {
          Comment comment = comment(rows);
          byId.get(comment.getPostId()).getComments().add(comment);
        }
      }
      return posts;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Comment> commentsWithPost() {
    try {
      List<Comment> comments = new ArrayList<>();
      Set<Long> postIds = new LinkedHashSet<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT " + COMMENT_COLUMNS + " FROM comments ORDER BY id")) {
        addComments(rows, comments, postIds);
      }
      Map<Long, Post> byId = new HashMap<>(capacity(postIds.size()));
      if (!postIds.isEmpty()) {
        try (Statement statement = connection.createStatement();
            ResultSet rows =
                statement.executeQuery(
                    "SELECT "
                        + POST_COLUMNS
                        + " FROM posts WHERE id IN ("
                        + inList(postIds)
                        + ")")) {
          while (rows.next()) {
            Post post = post(rows, 1);
            byId.put(post.getId(), post);
          }
        }
      }
      // One object per post row, shared by its comments, as an ORM's identity map does.
      for (Comment comment : comments) {
        comment.setPost(comment.getPostId() == null ? null : byId.get(comment.getPostId()));
      }
      return comments;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Country> countriesWithPosts() {
    try {
      List<Country> countries = new ArrayList<>();
      Map<Long, Country> byId = new HashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id, name FROM countries ORDER BY id")) {
        while (rows.next()) {
          Country country = new Country(rows.getLong(1), rows.getString(2));
          country.setPosts(new ArrayList<>());
          countries.add(country);
          byId.put(country.getId(), country);
        }
      }
      if (countries.isEmpty()) {
        return countries;
      }
      // Through the users in one join, as Eloquent and Lucid load a has-many-through.
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT u.country_id, p.id, p.title, p.user_id, p.slug, p.created_at, p.views"
                      + " FROM posts p JOIN users u ON p.user_id = u.id"
                      + " WHERE u.country_id IN ("
                      + inList(byId.keySet())
                      + ")"
                      + " ORDER BY u.country_id, u.id, p.id")) {
        while (rows.next()) {
          byId.get(rows.getLong(1)).getPosts().add(post(rows, 2));
        }
      }
      return countries;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    try {
      List<Post> posts = selectPosts("SELECT " + POST_COLUMNS + " FROM posts ORDER BY id");
      Map<Long, Post> byId = withEmptyComments(posts);
      if (posts.isEmpty()) {
        return posts;
      }
      // Newest first per post, the first `count` of each kept in Java. The SQL-only way, a
      // ROW_NUMBER() OVER (PARTITION BY post_id ...) <= 3 subquery, took about twice as long.
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(commentsOf(byId.keySet(), "post_id, created_at DESC, id"))) {
        while (rows.next()) {
          Long postId = nullableLong(rows, 2);
          List<Comment> newest = byId.get(postId).getComments();
          if (newest.size() < count) {
            newest.add(comment(rows));
          }
        }
      }
      return posts;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> find(long[] ids) {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + POST_COLUMNS + " FROM posts WHERE id = ?")) {
      List<Post> found = new ArrayList<>(ids.length);
      for (long id : ids) {
        select.setLong(1, id);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            found.add(post(rows, 1));
          }
        }
      }
      return found;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + POST_COLUMNS + " FROM posts WHERE views > ? ORDER BY id")) {
      select.setInt(1, views);
      return addPosts(select, new ArrayList<>());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + POST_COLUMNS + " FROM posts WHERE user_id = ? ORDER BY id")) {
      List<Post> found = new ArrayList<>(userIds.length * 10);
      for (long userId : userIds) {
        select.setLong(1, userId);
        addPosts(select, found);
      }
      return found;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + POST_COLUMNS + " FROM posts WHERE slug = ?")) {
      List<Post> found = new ArrayList<>(slugs.length);
      for (String slug : slugs) {
        select.setString(1, slug);
        addPosts(select, found);
      }
      return found;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + POST_COLUMNS
                + " FROM posts WHERE created_at BETWEEN ? AND ? ORDER BY created_at, id")) {
      select.setLong(1, from);
      select.setLong(2, to);
      return addPosts(select, new ArrayList<>());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<Post> newestPosts(int count) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + POST_COLUMNS + " FROM posts ORDER BY created_at DESC, id LIMIT ?")) {
      select.setInt(1, count);
      return addPosts(select, new ArrayList<>(count));
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Adds the posts that {@code select} returns to {@code posts}; returns {@code posts}. */
  static List<Post> addPosts(PreparedStatement select, List<Post> posts) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        posts.add(post(rows, 1));
      }
    }
    return posts;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private List<Post> selectPosts(String sql) throws SQLException {
    List<Post> posts = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        posts.add(post(rows, 1));
      }
    }
    return posts;
  }

  /**
   * Adds {@code post} to the batch of {@code insert}, its columns in {@code POST_COLUMNS} order.
   */
  static void bind(PreparedStatement insert, Post post) throws SQLException {
    set(insert, 1, post);
    insert.addBatch();
  }

  /** Sets the parameters of {@code post} from {@code first} on, in {@code POST_COLUMNS} order. */
  static void set(PreparedStatement insert, int first, Post post) throws SQLException {
    insert.setLong(first, post.getId());
    insert.setString(first + 1, post.getTitle());
    insert.setObject(first + 2, post.getUserId(), Types.BIGINT);
    insert.setString(first + 3, post.getSlug());
    insert.setLong(first + 4, post.getCreatedAt());
    insert.setInt(first + 5, post.getViews());
  }

  /** Adds {@code comment} to the batch of {@code insert}, in {@code COMMENT_COLUMNS} order. */
  static void bind(PreparedStatement insert, Comment comment) throws SQLException {
    set(insert, 1, comment);
    insert.addBatch();
  }

  /**
   * Sets the parameters of {@code comment} from {@code first} on, in {@code COMMENT_COLUMNS} order.
   */
  static void set(PreparedStatement insert, int first, Comment comment) throws SQLException {
    insert.setLong(first, comment.getId());
    insert.setObject(first + 1, comment.getPostId(), Types.BIGINT);
    insert.setString(first + 2, comment.getBody());
    insert.setLong(first + 3, comment.getCreatedAt());
  }

  /**
   * Adds the comments of {@code rows} to {@code comments}, and their posts' keys to {@code
   * postIds}.
   */
  static void addComments(ResultSet rows, List<Comment> comments, Set<Long> postIds)
      throws SQLException {
    while (rows.next()) {
      Comment comment = comment(rows);
      comments.add(comment);
      if (comment.getPostId() != null) {
        postIds.add(comment.getPostId());
      }
    }
  }

  /** Gives every post an empty comment list and indexes them by key. */
  static Map<Long, Post> withEmptyComments(List<Post> posts) {
    Map<Long, Post> byId = new HashMap<>(capacity(posts.size()));
    for (Post post : posts) {
      post.setComments(new ArrayList<>());
      byId.put(post.getId(), post);
    }
    return byId;
  }

  /** The query for the comments of the posts {@code postIds}, in the order {@code orderBy}. */
  private static String commentsOf(Collection<Long> postIds, String orderBy) {
    return "SELECT "
        + COMMENT_COLUMNS
        + " FROM comments WHERE post_id IN ("
        + inList(postIds)
        + ") ORDER BY "
        + orderBy;
  }

  private static String inList(Collection<Long> keys) {
    StringBuilder list = new StringBuilder(keys.size() * 8);
    for (Long key : keys) {
      if (list.length() > 0) {
        list.append(", ");
      }
      list.append(key.longValue());
    }
    return list.toString();
  }

  static Post post(ResultSet rows, int first) throws SQLException {
    return new Post(
        rows.getLong(first),
        rows.getString(first + 1),
        nullableLong(rows, first + 2),
        rows.getString(first + 3),
        rows.getLong(first + 4),
        rows.getInt(first + 5));
  }

  static Comment comment(ResultSet rows) throws SQLException {
    return new Comment(rows.getLong(1), nullableLong(rows, 2), rows.getString(3), rows.getLong(4));
  }

  static Long nullableLong(ResultSet rows, int column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  static int capacity(int entries) {
    return (int) (entries / 0.75f) + 1;
  }

  static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("H2: " + e.getMessage(), e);
  }
}
