package dev.relata.examples.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.Store;
import dev.relata.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Relata: the generated repositories and queries, used as the manual says, on an in-memory store
 * ({@code relata}) or on a {@link JdbcStore} through HikariCP: over an H2 database in memory
 * ({@code relata-h2}, with the settings of the hand-written {@link H2Contender} and {@link
 * JdbcContender}) or over a database of the embedded PostgreSQL ({@code relata-pg}). Not H2's own
 * {@code JdbcConnectionPool}: it rolls back every connection it takes back, and a rollback empties
 * H2's cache of parsed statements, so that every read would parse its SQL again. On a SQL store,
 * the order of the newest comments and the views filter are typed ({@code
 * Comment_.createdAt.desc()}, {@code Post_.views.gt(..)}), as the manual says to write what should
 * run in the database; in memory they are the lambdas of issue 4.
 */
final class RelataContender implements Contender {
  private static final Comparator<Comment> NEWEST_FIRST =
      Comparator.comparingLong(Comment::getCreatedAt).reversed();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final CountryRepository countries;
  private final UserRepository users;
  private final PostRepository posts;
  private final CommentRepository comments;
  private final Store store;

  /** The pool of a SQL store, or null. */
  private final HikariDataSource pool;

  /** The PostgreSQL database of {@code relata-pg}, or null. */
  private final String database;

  /** Whether the store is a SQL database. */
  private final boolean sql;

  /** On an in-memory store. */
  RelataContender() {
    this(Store.inMemory(), null, null);
  }

  private RelataContender(Store store, HikariDataSource pool, String database) {
    this.pool = pool;
    this.database = database;
    this.sql = store instanceof JdbcStore;
    this.store = store;
    countries = new CountryRepository(store);
    users = new UserRepository(store);
    posts = new PostRepository(store);
    comments = new CommentRepository(store);
    if (store instanceof JdbcStore jdbc) {
      jdbc.createSchema();
    }
  }

  /** On a {@link JdbcStore} over a new H2 database in memory. */
  static RelataContender onH2() {
    HikariDataSource pool =
        pool(
            "jdbc:h2:mem:relata"
                + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    return new RelataContender(JdbcStore.open(pool), pool, null);
  }

  /** On a {@link JdbcStore} over a new database of the embedded PostgreSQL. */
  static RelataContender onPostgres() {
    String database = PostgresDatabases.create();
    HikariDataSource pool = pool(PostgresDatabases.url(database));
    return new RelataContender(JdbcStore.open(pool), pool, database);
  }

  /** The pool of a SQL store, and of hand-written JDBC's pooled find, on the database at url. */
  static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  @Override
  public void load(Dataset data) {
    countries.saveAll(data.countries());
    users.saveAll(data.users());
    save(data.posts(), data.comments());
  }

  /**
   * Saves the posts, then the comments. On a SQL store as one transaction, as a user who wants the
   * two saves atomic writes it and as the hand-written JDBC and Hibernate contenders save them; in
   * memory as two writes, as the in-memory comparisons of issue 4 have always measured it.
   */
  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    if (sql) {
      return store.transaction(() -> saveEach(posts, comments));
    }
    return saveEach(posts, comments);
  }

  private int saveEach(List<Post> posts, List<Comment> comments) {
    return this.posts.saveAll(posts).size() + this.comments.saveAll(comments).size();
  }

  @Override
  public List<Post> postsWithComments() {
    return posts.withComments().get();
  }

  @Override
  public List<Comment> commentsWithPost() {
    return comments.withPost().get();
  }

  @Override
  public List<Country> countriesWithPosts() {
    return countries.withPosts().get();
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    if (sql) {
      return posts.withComments(c -> c.orderBy(Comment_.createdAt.desc()).limit(count)).get();
    }
    return posts.withComments(c -> c.orderBy(NEWEST_FIRST).limit(count)).get();
  }

  @Override
  public List<Post> find(long[] ids) {
    List<Post> found = new ArrayList<>(ids.length);
    for (long id : ids) {
      posts.find(id).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    if (sql) {
      return posts.query().where(Post_.views.gt(views)).get();
    }
    return posts.query().where(p -> p.getViews() > views).get();
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    List<Post> found = new ArrayList<>(userIds.length * 10);
    for (long userId : userIds) {
      found.addAll(posts.query().where(Post_.userId.eq(userId)).get());
    }
    return found;
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    List<Post> found = new ArrayList<>(slugs.length);
    for (String slug : slugs) {
      posts.query().where(Post_.slug.eq(slug)).first().ifPresent(found::add);
    }
    return found;
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    return posts
        .query()
        .where(Post_.createdAt.between(from, to))
        .orderBy(Post_.createdAt.asc())
        .get();
  }

  @Override
  public List<Post> newestPosts(int count) {
    return posts.query().orderBy(Post_.createdAt.desc()).limit(count).get();
  }

  @Override
  public void close() {
    if (pool == null) {
      return; // An in-memory store is garbage once the contender is.
    }
    pool.close();
    if (database != null) {
      PostgresDatabases.drop(database);
      return;
    }
    // The H2 database outlives the pool (DB_CLOSE_DELAY=-1): dropped on a connection of its own.
    try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
