package dev.relata.examples.benchmark;

import static dev.relata.examples.benchmark.H2Contender.COMMENT_COLUMNS;
import static dev.relata.examples.benchmark.H2Contender.POST_COLUMNS;
import static dev.relata.examples.benchmark.H2Contender.addComments;
import static dev.relata.examples.benchmark.H2Contender.addPosts;
import static dev.relata.examples.benchmark.H2Contender.capacity;
import static dev.relata.examples.benchmark.H2Contender.comment;
import static dev.relata.examples.benchmark.H2Contender.nullableLong;
import static dev.relata.examples.benchmark.H2Contender.post;
import static dev.relata.examples.benchmark.H2Contender.withEmptyComments;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.jdbc.JdbcStore;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hand-written JDBC that sends the statements a {@code JdbcStore} sends for the same operations, on
 * H2 in memory ({@code jdbc-h2}) or on the embedded PostgreSQL ({@code jdbc-pg}): the baseline of
 * "within 1.3×" for {@code relata-h2} and {@code relata-pg}. Unlike {@link H2Contender} (the
 * contender of issue 4, which writes keys out as literals), every value is a bound parameter and a
 * set of keys is one bound array, {@code = ANY(?)}, on PostgreSQL and on H2 {@code IN} lists of at
 * most 100 bound keys or, for keys many beside their table, one scan, as Relata does; a save of new
 * rows is {@code INSERT}s of 100 rows a statement, batched, in one {@code SERIALIZABLE} transaction
 * (Relata's, for keys above its sequence: the rows of the save benchmark are new), into the tables
 * a {@code JdbcStore} makes ({@code createSchema()}: with the {@code relata_order} identity column
 * and its index, which the database fills and keeps as it does for Relata's inserts; the key
 * sequences, which this code, giving its own keys, leaves alone); a read of several statements is
 * one read-only {@code REPEATABLE READ} transaction; a page per post is {@code ROW_NUMBER()} on
 * PostgreSQL and the ordered rows paged in Java on H2, and the views filter a {@code WHERE}, as for
 * Relata's typed conditions. It has what hand-written code has at best: one connection, each
 * statement prepared once and reused, each row read once into the object returned.
 *
 * <p>{@code jdbc-h2-pool} and {@code jdbc-pg-pool} differ in {@code find} alone: each key is looked
 * up as the {@code findById} method of a data access object does it, on a connection borrowed from
 * a HikariCP pool (configured as {@link RelataContender}'s) with the statement prepared on it and
 * closed, and the connection given back, the work a {@code JdbcStore} does for each {@code find}
 * outside a transaction. Their other operations, one borrow each at most, are {@code jdbc-h2}'s and
 * {@code jdbc-pg}'s.
 */
final class JdbcContender implements Contender {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The rows of one {@code INSERT} statement, as a {@code JdbcStore} sends them. */
  private static final int ROWS_PER_INSERT = 100;

  private final boolean postgres;
  private final Connection connection;
  private final String database;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  /** The pool {@code find} borrows a connection from for each key, or null: see above. */
  private final HikariDataSource findPool;

  /** The tables of the benchmark's entities in the schema a {@code JdbcStore} makes. */
  private static final String COUNTRIES = "bench_countries";

  private static final String USERS = "bench_users";
  private static final String POSTS = "bench_posts";
  private static final String COMMENTS = "bench_comments";

  /** The statement of each key {@code find} looks up. */
  private static final String FIND_POST =
      "SELECT " + POST_COLUMNS + " FROM " + POSTS + " WHERE id = ?";

  private JdbcContender(boolean postgres, boolean pooledFind) {
    this.postgres = postgres;
    String h2Url = null;
    try {
      if (postgres) {
        database = PostgresDatabases.create();
        connection = DriverManager.getConnection(PostgresDatabases.url(database));
      } else {
        database = null;
        // The database lives as long as this connection. No reuse of results: see H2Contender.
        h2Url = "jdbc:h2:mem:jdbc" + DATABASES.incrementAndGet() + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        connection = DriverManager.getConnection(h2Url);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
    // Relata's own schema, made by a JdbcStore on the same database (the H2 database in memory
    // lives on while this class's connection is open): both contenders write into the same tables.
    JdbcStore.open(postgres ? postgresSource(database) : h2Source(h2Url)).createSchema();
    findPool =
        pooledFind
            ? RelataContender.pool(postgres ? PostgresDatabases.url(database) : h2Url)
            : null;
  }

  private static DataSource h2Source(String url) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    return source;
  }

  private static DataSource postgresSource(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(PostgresDatabases.url(database));
    return source;
  }

  /**
   * On a new H2 database in memory; {@code pooledFind}: a connection from a pool for each key
   * {@code find} looks up.
   */
  static JdbcContender onH2(boolean pooledFind) {
    return new JdbcContender(false, pooledFind);
  }

  /**
   * On a new database of the embedded PostgreSQL server; {@code pooledFind}: a connection from a
   * pool for each key {@code find} looks up.
   */
  static JdbcContender onPostgres(boolean pooledFind) {
    return new JdbcContender(true, pooledFind);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    return statement;
  }

  /** The upsert of {@code columns} into {@code table} by {@code id}: MERGE on H2. */
  private String upsert(String table, String columns) {
    String[] names = columns.split(", ");
    String values = "?, ".repeat(names.length - 1) + "?";
    if (!postgres) {
      return "MERGE INTO " + table + " (" + columns + ") KEY (id) VALUES (" + values + ")";
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table);
    sql.append(" (").append(columns).append(") VALUES (").append(values);
    sql.append(") ON CONFLICT (id) DO UPDATE SET ");
    for (int i = 1; i < names.length; i++) {
      sql.append(i == 1 ? "" : ", ").append(names[i]).append(" = EXCLUDED.").append(names[i]);
    }
    return sql.toString();
  }

  /** The plain insert of {@code rows} rows of {@code columns} into {@code table}. */
  private static String insert(String table, String columns, int rows) {
    String row = "(" + "?, ".repeat(columns.split(", ").length - 1) + "?)";
    return "INSERT INTO "
        + table
        + " ("
        + columns
        + ") VALUES "
        + String.join(", ", Collections.nCopies(rows, row));
  }

  @Override
  public void load(Dataset data) {
    write(
        () -> {
          PreparedStatement countries = statement(upsert(COUNTRIES, "id, name"));
          for (Country country : data.countries()) {
            countries.setLong(1, country.getId());
            countries.setString(2, country.getName());
            countries.addBatch();
          }
          countries.executeBatch();
          PreparedStatement users = statement(upsert(USERS, "id, name, country_id"));
          for (User user : data.users()) {
            users.setLong(1, user.getId());
            users.setString(2, user.getName());
            users.setObject(3, user.getCountryId(), Types.BIGINT);
            users.addBatch();
          }
          users.executeBatch();
          return null;
        });
    save(data.posts(), data.comments());
  }

  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    return write(
        () -> {
          insertAll(POSTS, POST_COLUMNS, posts, H2Contender::set);
          insertAll(COMMENTS, COMMENT_COLUMNS, comments, H2Contender::set);
          return posts.size() + comments.size();
        });
  }

  /** Sets the parameters of one row from a given one on. */
  private interface Setter<T> {
    void set(PreparedStatement statement, int first, T row) throws SQLException;
  }

  /**
   * Inserts {@code rows} as a {@code JdbcStore} inserts new rows: {@value #ROWS_PER_INSERT} rows a
   * statement ({@code VALUES (..), (..), ..}), 1,000 rows a batch, the rows left over one a
   * statement.
   */
  private <T> void insertAll(String table, String columns, List<T> rows, Setter<T> setter)
      throws SQLException {
    int width = columns.split(", ").length;
    int whole = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
    PreparedStatement insert = statement(insert(table, columns, ROWS_PER_INSERT));
    for (int i = 0; i < whole; i += ROWS_PER_INSERT) {
      for (int k = 0; k < ROWS_PER_INSERT; k++) {
        setter.set(insert, 1 + k * width, rows.get(i + k));
      }
      insert.addBatch();
      if ((i / ROWS_PER_INSERT + 1) % (1000 / ROWS_PER_INSERT) == 0) {
        insert.executeBatch();
      }
    }
    insert.executeBatch();
    insert = statement(insert(table, columns, 1));
    for (int i = whole; i < rows.size(); i++) {
      setter.set(insert, 1, rows.get(i));
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /** Work of several statements. */
  private interface Work<R> {
    R run() throws SQLException;
  }

  /**
   * {@code work} as one {@code SERIALIZABLE} transaction, as Relata's writes are (on H2 set through
   * JDBC, without a round trip, and set back to the reads' {@code REPEATABLE READ} after).
   */
  private <R> R write(Work<R> work) {
    if (postgres) {
      return transaction(work, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
    }
    try {
      connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      try {
        return transaction(work, null);
      } finally {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
  }

  /** {@code work} as one read-only {@code REPEATABLE READ} transaction, as Relata's reads. */
  private <R> R read(Work<R> work) {
    return transaction(work, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  private <R> R transaction(Work<R> work, String start) {
    try {
      connection.setAutoCommit(false);
      try {
        if (postgres) {
          statement(start).execute();
        }
        R result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
  }

  /**
   * Runs {@code select} once with the keys bound as one array on PostgreSQL; on H2, as a {@code
   * JdbcStore} does, once per {@code IN} list of at most 100 bound keys, or, where the keys fill
   * several lists and are at least a quarter of the rows of {@code from} (counted: the table the
   * keys come from), once over every row whose {@code column} (the one compared with the keys, at
   * {@code index} in the result) is not null, the rows of other keys left out.
   */
  private void forKeys(
      Collection<Long> keys, String select, String from, int index, RowConsumer each)
      throws SQLException {
    List<Long> all = new ArrayList<>(keys);
    if (!postgres && all.size() > H2_IN_LIST && all.size() * 4L >= count(from)) {
      Set<Long> wanted = new HashSet<>(all);
      try (ResultSet rows = statement(select.replace(" = ANY(?)", " IS NOT NULL")).executeQuery()) {
        while (rows.next()) {
          if (wanted.contains(rows.getLong(index))) {
            each.accept(rows);
          }
        }
      }
      return;
    }
    int batch = postgres ? Integer.MAX_VALUE : H2_IN_LIST;
    for (int start = 0; start < all.size(); start += batch) {
      List<Long> part = all.subList(start, Math.min(all.size(), start + batch));
      PreparedStatement statement;
      if (postgres) {
        statement = statement(select);
        Array array = connection.createArrayOf("bigint", part.toArray());
        statement.setArray(1, array);
      } else {
        String list = "IN (" + "?, ".repeat(part.size() - 1) + "?)";
        statement = statement(select.replace("= ANY(?)", list));
        for (int i = 0; i < part.size(); i++) {
          statement.setLong(i + 1, part.get(i));
        }
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          each.accept(rows);
        }
      }
    }
  }

  /** The most keys in one {@code IN} list on H2, as a {@code JdbcStore} binds them. */
  private static final int H2_IN_LIST = 100;

  /** How many rows {@code table} holds. */
  private long count(String table) throws SQLException {
    try (ResultSet rows = statement("SELECT COUNT(*) FROM " + table).executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private interface RowConsumer {
    void accept(ResultSet rows) throws SQLException;
  }

  private List<Post> allPosts() throws SQLException {
    return addPosts(
        statement("SELECT " + POST_COLUMNS + " FROM " + POSTS + " ORDER BY id"), new ArrayList<>());
  }

  @Override
  public List<Post> postsWithComments() {
    return postsWith(
        "SELECT " + COMMENT_COLUMNS + " FROM " + COMMENTS + " WHERE post_id = ANY(?) ORDER BY id");
  }

  /** Every post with the comments that {@code comments} selects for the keys bound first. */
  private List<Post> postsWith(String comments) {
    return read(
        () -> {
          List<Post> posts = allPosts();
          Map<Long, Post> byId = withEmptyComments(posts);
          forKeys(
              byId.keySet(),
              comments,
              POSTS,
              2,
              rows -> {
                Comment comment = comment(rows);
                byId.get(comment.getPostId()).getComments().add(comment);
              });
          return posts;
        });
  }

  @Override
  public List<Comment> commentsWithPost() {
    return read(
        () -> {
          List<Comment> comments = new ArrayList<>();
          LinkedHashSet<Long> postIds = new LinkedHashSet<>();
          try (ResultSet rows =
              statement("SELECT " + COMMENT_COLUMNS + " FROM " + COMMENTS + " ORDER BY id")
                  .executeQuery()) {
            addComments(rows, comments, postIds);
          }
          Map<Long, Post> byId = new HashMap<>(capacity(postIds.size()));
          forKeys(
              postIds,
              "SELECT " + POST_COLUMNS + " FROM " + POSTS + " WHERE id = ANY(?) ORDER BY id",
              POSTS,
              1,
              rows -> {
                Post post = post(rows, 1);
                byId.put(post.getId(), post);
              });
          for (Comment comment : comments) {
            comment.setPost(comment.getPostId() == null ? null : byId.get(comment.getPostId()));
          }
          return comments;
        });
  }

  @Override
  public List<Country> countriesWithPosts() {
    return read(
        () -> {
          // Relata's statements for a relation through another: the middle rows, then the targets.
          List<Country> countries = new ArrayList<>();
          Map<Long, List<User>> usersByCountry = new HashMap<>();
          try (ResultSet rows =
              statement("SELECT id, name FROM " + COUNTRIES + " ORDER BY id").executeQuery()) {
            while (rows.next()) {
              Country country = new Country(rows.getLong(1), rows.getString(2));
              countries.add(country);
              usersByCountry.put(country.getId(), new ArrayList<>());
            }
          }
          Map<Long, List<Post>> postsByUser = new HashMap<>();
          forKeys(
              usersByCountry.keySet(),
              "SELECT id, name, country_id FROM "
                  + USERS
                  + " WHERE country_id = ANY(?) ORDER BY id",
              COUNTRIES,
              3,
              rows -> {
                User user = new User(rows.getLong(1), rows.getString(2), nullableLong(rows, 3));
                usersByCountry.get(user.getCountryId()).add(user);
                postsByUser.put(user.getId(), new ArrayList<>());
              });
          forKeys(
              postsByUser.keySet(),
              "SELECT " + POST_COLUMNS + " FROM " + POSTS + " WHERE user_id = ANY(?) ORDER BY id",
              USERS,
              3,
              rows -> {
                Post post = post(rows, 1);
                postsByUser.get(post.getUserId()).add(post);
              });
          for (Country country : countries) {
            List<Post> posts = new ArrayList<>();
            for (User user : usersByCountry.get(country.getId())) {
              posts.addAll(postsByUser.get(user.getId()));
            }
            country.setPosts(posts);
          }
          return countries;
        });
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    if (!postgres) {
      // As Relata on H2, which runs the window function below several times slower than a sort.
      List<Post> posts =
          postsWith(
              "SELECT "
                  + COMMENT_COLUMNS
                  + " FROM "
                  + COMMENTS
                  + " WHERE post_id = ANY(?) ORDER BY created_at DESC, id");
      for (Post post : posts) {
        List<Comment> comments = post.getComments();
        post.setComments(new ArrayList<>(comments.subList(0, Math.min(count, comments.size()))));
      }
      return posts;
    }
    return postsWith(
        "SELECT * FROM (SELECT "
            + COMMENT_COLUMNS
            + ", ROW_NUMBER() OVER (PARTITION BY post_id ORDER BY created_at DESC, id) AS n"
            + " FROM "
            + COMMENTS
            + " WHERE post_id = ANY(?)) c WHERE n <= "
            + count
            + " ORDER BY n");
  }

  @Override
  public List<Post> find(long[] ids) {
    if (findPool != null) {
      return findEachOnItsOwnConnection(ids);
    }
    try {
      PreparedStatement select = statement(FIND_POST);
      List<Post> found = new ArrayList<>(ids.length);
      for (long id : ids) {
        select.setLong(1, id);
        addPosts(select, found);
      }
      return found;
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
  }

  /** {@code find} as a data access object's {@code findById}, called for each key. */
  private List<Post> findEachOnItsOwnConnection(long[] ids) {
    List<Post> found = new ArrayList<>(ids.length);
    for (long id : ids) {
      try (Connection borrowed = findPool.getConnection();
          PreparedStatement select = borrowed.prepareStatement(FIND_POST)) {
        select.setLong(1, id);
        addPosts(select, found);
      } catch (SQLException e) {
        throw H2Contender.failure(e);
      }
    }
    return found;
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    try {
      PreparedStatement select =
          statement("SELECT " + POST_COLUMNS + " FROM " + POSTS + " WHERE views > ? ORDER BY id");
      select.setInt(1, views);
      return addPosts(select, new ArrayList<>());
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    throw new UnsupportedOperationException(
        "the jdbc contenders take part in ReadBenchmarks and SaveBenchmark only");
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    throw new UnsupportedOperationException(
        "the jdbc contenders take part in ReadBenchmarks and SaveBenchmark only");
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    throw new UnsupportedOperationException(
        "the jdbc contenders take part in ReadBenchmarks and SaveBenchmark only");
  }

  @Override
  public List<Post> newestPosts(int count) {
    throw new UnsupportedOperationException(
        "the jdbc contenders take part in ReadBenchmarks and SaveBenchmark only");
  }

  @Override
  public void close() {
    if (findPool != null) {
      findPool.close();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw H2Contender.failure(e);
    }
    if (database != null) {
      PostgresDatabases.drop(database);
    }
  }
}
