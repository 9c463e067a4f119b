package dev.relata.jdbc;

import dev.relata.internal.Column;
import dev.relata.internal.Relation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * One database transaction of a {@link JdbcStore}, bound to the thread that runs it: a write (with
 * the writes nested in it, each from a savepoint), or a read whose queries see one snapshot.
 *
 * <p>It also logs what writes put into the caller's objects (assigned keys, foreign keys), with the
 * value each field held before, so that a write that fails, or a transaction rolled back, sets them
 * back as the database rolls back its rows.
 */
final class Session {
  final Connection connection;
  final boolean writes;

  /** The pending row changes of the write, sent in batches; null for a read. */
  final SqlRows rows;

  private final List<Runnable> undo = new ArrayList<>();

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

  /** A point to set the caller's objects back to. */
  int mark() {
    return undo.size();
  }

  <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous) {
    undo.add(() -> column.set(target, previous));
    column.set(target, value);
  }

  <T> void setCallerRelation(Relation<T, ?> relation, T target, Object value, Object previous) {
    undo.add(() -> relation.withValue(target, previous));
    relation.withValue(target, value);
  }

  /**
   * Sets back, newest first, what was written into the caller's objects after {@code mark}; a
   * setter that throws is passed over (the others still run) and its exception added to {@code
   * failure}.
   */
  void undoTo(int mark, Throwable failure) {
    for (int i = undo.size() - 1; i >= mark; i--) {
      try {
        undo.get(i).run();
      } catch (RuntimeException | Error e) {
        failure.addSuppressed(e);
      }
      undo.remove(i);
    }
  }
}
