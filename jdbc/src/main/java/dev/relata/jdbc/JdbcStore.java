package dev.relata.jdbc;

import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.internal.Column;
import dev.relata.internal.EntityType;
import dev.relata.internal.JsonSupport;
import dev.relata.internal.Relation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link Store} whose rows live in a SQL database, PostgreSQL (and the databases that speak its
 * SQL) or H2, reached through JDBC: the same generated repositories, queries and resolvers, with
 * the same semantics as the in-memory store.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(dataSource);   // a connection pool, such as HikariCP's
 * PostRepository posts = new PostRepository(store);
 * store.createSchema();                            // for development and tests; or schemaSql()
 * posts.save(new Post("Hello"));
 * }</pre>
 *
 * <p>Each entity is a table named as the entity in snake_case ({@code blogPosts} → {@code
 * blog_posts}), with a column per stored field in snake_case, an index per relation key, and no
 * foreign-key constraints: Relata applies {@code onDelete} itself, in the same transaction.
 *
 * <p>Every write, and every {@code store.transaction}, is one database transaction ({@code
 * SERIALIZABLE}); a failure rolls it back and leaves the caller's objects as they were. A write
 * that conflicts with a concurrent write (of this process or another) is a {@link
 * WriteConflictException}: run it again. Numeric keys come from a sequence per table, so that
 * processes that share the database never assign one key twice. Each read is one read-only
 * transaction, so that a query and the relations it loads see one state of the database; a read on
 * another thread than a running transaction's sees the state before it, without waiting.
 *
 * <p>Typed conditions, orders, pages and existence filters run in the database; a lambda {@code
 * where} or {@code orderBy} runs in Java over the rows the database returns (the query then reads
 * every row its SQL part selects). Statements are logged at {@code DEBUG} through {@link
 * System.Logger}, logger {@code dev.relata.jdbc}.
 */
public final class JdbcStore extends Store {
  private final SqlBackend backend;

  private JdbcStore(SqlBackend backend, JsonSupport json) {
    super(backend, json);
    this.backend = backend;
  }

  /**
   * A store on the database of {@code dataSource}, whose dialect (PostgreSQL or H2) it reads from
   * the connection's metadata. It takes a connection per operation and closes it after, so give it
   * a connection pool. The schema must exist: see {@link #createSchema()} and {@link #schemaSql()}.
   *
   * @throws RelataException if no connection can be made, or the database is of another kind
   */
  public static JdbcStore open(DataSource dataSource) {
    return open(dataSource, Store.builder());
  }

  /**
   * A store as {@link #open(DataSource)} makes it, with the JSON settings of {@code settings} (its
   * {@code build()} is not called); the mapper also writes and reads the columns that hold JSON
   * text (collections, maps and your own value types):
   *
   * <pre>{@code
   * JdbcStore store = JdbcStore.open(dataSource, Store.builder().objectMapper(mapper));
   * }</pre>
   *
   * @throws RelataException if no connection can be made, or the database is of another kind
   */
  public static JdbcStore open(DataSource dataSource, Store.Builder settings) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
    Dialect dialect;
    try (Connection connection = dataSource.getConnection()) {
      dialect = Dialect.of(connection);
    } catch (SQLException e) {
      throw new RelataException("could not connect to the database: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RelataException(e.getMessage(), e);
    }
    JsonSupport json = json(settings);
    return new JdbcStore(new SqlBackend(dataSource, dialect, json), json);
  }

  /**
   * Creates the tables, key sequences and indexes of every entity of the classpath (the store finds
   * them as {@code importJson} does, through what the processor generates) that do not exist yet,
   * in one transaction. For development and tests; in production, put {@link #schemaSql()} into a
   * migration. Where separately compiled programs share a classpath and several entities have one
   * name, it creates the table of the one this store uses (through a repository or query created
   * before), and leaves the others out.
   *
   * @throws RelataException if the database refuses a statement
   */
  public void createSchema() {
    create(statements(true));
  }

  /**
   * Creates what is missing of the schema of the entities this store uses (those of the
   * repositories and queries created on it, and what their relations reach) and no others: for
   * tests whose classpath holds the entities of many separate programs, all of which {@link
   * #createSchema()} would create for every test. Tests reach it through {@code Databases} of the
   * test jar.
   */
  void createSchemaOfUsedEntities() {
    create(statements(false));
  }

  private void create(List<String> statements) {
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // One batch: on PostgreSQL one round trip for the whole schema.
        for (String sql : statements) {
          backend.log(sql, 0);
          statement.addBatch(sql);
        }
        statement.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new RelataException("could not create the schema: " + e.getMessage(), e);
    }
  }

  /**
   * The DDL that {@link #createSchema()} runs, as text: one statement a line group, each ending
   * with {@code ;}, for a migration tool (Flyway, Liquibase).
   */
  public String schemaSql() {
    StringBuilder sql = new StringBuilder();
    for (String statement : statements(true)) {
      sql.append(statement).append(";\n");
    }
    return sql.toString();
  }

  /** The name of the database's SQL dialect: {@code "PostgreSQL"} or {@code "H2"}. */
  public String dialect() {
    return backend.dialect.name();
  }

  private Connection connection() throws SQLException {
    return backend.connectionForSchema();
  }

  /**
   * The DDL of every entity of the classpath ({@code everyEntity}) or of those used, with an index
   * on each column a relation matches on.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<String> statements(boolean everyEntity) {
    if (everyEntity) {
      backend.registerClasspath();
    }
    List<Mapping<?>> mappings = backend.mappings();
    Map<EntityType<?, ?>, Set<Column<?>>> indexed = new HashMap<>();
    for (Mapping<?> mapping : mappings) {
      for (Relation<?, ?> relation : mapping.type.relations()) {
        Mapping.indexedColumns(
            relation,
            (type, column) ->
                indexed.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(column));
      }
    }
    List<String> statements = new ArrayList<>();
    for (Mapping mapping : mappings) {
      statements.addAll(mapping.ddl(indexed.getOrDefault(mapping.type, Set.of())));
    }
    return statements;
  }
}
