package dev.relata.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The statements a store logs at DEBUG (through {@code System.Logger}, here on java.util.logging),
 * collected while a test runs: {@code try (SqlLog log = SqlLog.start()) { ... log.statements() }}.
 */
final class SqlLog extends Handler implements AutoCloseable {
  private static final Logger LOGGER = Logger.getLogger("dev.relata.jdbc");
  private final List<String> statements = new ArrayList<>();

  static SqlLog start() {
    SqlLog log = new SqlLog();
    LOGGER.setLevel(Level.FINE);
    LOGGER.addHandler(log);
    return log;
  }

  /** The statements logged so far, their parameters as {@code ?}. */
  synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  /** Those of {@link #statements} that read ({@code SELECT}). */
  List<String> selects() {
    return statements().stream().filter(s -> s.startsWith("SELECT")).toList();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    Object[] parameters = record.getParameters();
    statements.add(parameters == null ? record.getMessage() : String.valueOf(parameters[0]));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    LOGGER.removeHandler(this);
    LOGGER.setLevel(null);
  }
}
