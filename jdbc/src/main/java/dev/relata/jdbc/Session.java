package dev.relata.jdbc;

import dev.relata.internal.Column;
import dev.relata.internal.Relation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One database transaction of a {@link JdbcStore}, bound to the thread that runs it: a write (with
 * the writes nested in it, each from a savepoint), or a read whose queries see one snapshot.
 *
 * <p>It also logs what writes put into the caller's objects (assigned keys, foreign keys), with the
 * value each field held before, so that a write that fails, or a transaction rolled back, sets them
 * back as the database rolls back its rows.
 *
 * <p>Implementation notes. The statements the session prepares are kept, by SQL text, until it
 * ends: a load that sends one statement per batch of keys, or a write that sends one batch per
 * table several times, prepares each text once. A pool hands out a new connection handle for each
 * operation, and closing the handle may close its statements (HikariCP does), so they cannot
 * outlive the session; across sessions, the driver's own cache keeps what it parsed (pgjdbc's
 * per-connection cache of server-prepared statements; H2's per-session query cache). A statement in
 * use is taken out of the cache while it runs, so that a nested use of the same text (a query that
 * entity code starts while a result is being read) gets a statement of its own.
 */
final class Session {
  final Connection connection;
  final boolean writes;

  /** The pending row changes of the write, sent in batches; null for a read. */
  final SqlRows rows;

  /** What to set back in the caller's objects; made by the first write into them. */
  private List<Runnable> undo;

  /**
   * The statement not in use given back first, and its SQL text: a read of one statement (a {@code
   * find}) keeps it here, without a map.
   */
  private PreparedStatement kept;

  private String keptSql;

  /** The other statements not in use, by SQL text; made when a second text is given back. */
  private Map<String, PreparedStatement> statements;

  /**
   * How many operations of this session are running entity code or query callbacks (the body of a
   * write, a read's query): a write started meanwhile on this thread comes from that code and is
   * refused, as the in-memory store refuses it.
   */
  int runningEntityCode;

  Session(Connection connection, boolean writes, SqlBackend backend) {
    this.connection = connection;
    this.writes = writes;
    this.rows = writes ? new SqlRows(backend, this) : null;
  }

  /** The statement of {@code sql} on this session's connection, to give back by closing it. */
  Prepared prepare(String sql) throws SQLException {
    PreparedStatement statement;
    if (kept != null && keptSql.equals(sql)) {
      statement = kept;
      kept = null;
      keptSql = null;
    } else {
      statement = statements == null ? null : statements.remove(sql);
    }
    return new Prepared(sql, statement != null ? statement : connection.prepareStatement(sql));
  }

  /** Keeps {@code statement} of {@code sql} for reuse, or closes it if one of its text is kept. */
  private void giveBack(String sql, PreparedStatement statement) throws SQLException {
    if (kept == null && (statements == null || !statements.containsKey(sql))) {
      kept = statement;
      keptSql = sql;
      return;
    }
    if (kept != null && keptSql.equals(sql)) {
      statement.close(); // a nested use of the same text: one is enough
      return;
    }
    if (statements == null) {
      statements = new HashMap<>();
    }
    if (statements.putIfAbsent(sql, statement) != null) {
      statement.close();
    }
  }

  /** Closes the statements the session kept; before its connection goes back to its pool. */
  void closeStatements() {
    if (kept != null) {
      close(kept);
      kept = null;
      keptSql = null;
    }
    if (statements == null) {
      return;
    }
    for (PreparedStatement statement : statements.values()) {
      close(statement);
    }
    statements.clear();
  }

  private static void close(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // The connection closes it in any case.
    }
  }

  /** A statement of the session, in use until closed; closing gives it back for reuse. */
  final class Prepared implements AutoCloseable {
    private final String sql;
    final PreparedStatement statement;

    private Prepared(String sql, PreparedStatement statement) {
      this.sql = sql;
      this.statement = statement;
    }

    @Override
    public void close() throws SQLException {
      giveBack(sql, statement);
    }
  }

  /** A point to set the caller's objects back to. */
  int mark() {
    return undo == null ? 0 : undo.size();
  }

  private List<Runnable> undo() {
    if (undo == null) {
      undo = new ArrayList<>();
    }
    return undo;
  }

  <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous) {
    undo().add(() -> column.set(target, previous));
    column.set(target, value);
  }

  <T> void setCallerRelation(Relation<T, ?> relation, T target, Object value, Object previous) {
    undo().add(() -> relation.withValue(target, previous));
    relation.withValue(target, value);
  }

  /**
   * Sets back, newest first, what was written into the caller's objects after {@code mark}; a
   * setter that throws is passed over (the others still run) and its exception added to {@code
   * failure}.
   */
  void undoTo(int mark, Throwable failure) {
    for (int i = mark() - 1; i >= mark; i--) {
      try {
        undo.get(i).run();
      } catch (RuntimeException | Error e) {
        failure.addSuppressed(e);
      }
      undo.remove(i);
    }
  }
}
