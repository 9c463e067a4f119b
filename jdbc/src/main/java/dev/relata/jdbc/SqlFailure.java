package dev.relata.jdbc;

import java.sql.SQLException;

/**
 * An {@link SQLException} on its way out of code that cannot throw it, to be translated; with the
 * table whose change failed, where one did.
 */
final class SqlFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The table of the change that failed, or null. */
  final transient Mapping<?> table;

  SqlFailure(SQLException cause) {
    this(cause, null);
  }

  SqlFailure(SQLException cause, Mapping<?> table) {
    super(cause);
    this.table = table;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
