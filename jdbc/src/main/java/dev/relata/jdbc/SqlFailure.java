package dev.relata.jdbc;

import java.sql.SQLException;

/** An {@link SQLException} on its way out of code that cannot throw it, to be translated. */
final class SqlFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SqlFailure(SQLException cause) {
    super(cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
