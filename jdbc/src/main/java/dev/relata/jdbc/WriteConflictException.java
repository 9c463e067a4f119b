package dev.relata.jdbc;

import dev.relata.RelataException;

/**
 * A write (or a {@code store.transaction}) of a {@link JdbcStore} conflicted with a write of
 * another connection, in this process or another, and the database refused it to keep the two
 * serializable (PostgreSQL's {@code 40001} serialization failure, or a deadlock). Nothing was
 * written and the caller's objects are as they were, so the write can simply be run again:
 *
 * <pre>{@code
 * for (int attempt = 1; ; attempt++) {
 *   try {
 *     store.transaction(() -> transfer(from, to, amount));
 *     break;
 *   } catch (WriteConflictException e) {
 *     if (attempt == 5) throw e;
 *   }
 * }
 * }</pre>
 */
public class WriteConflictException extends RelataException {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message and cause, the database's exception. */
  public WriteConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
