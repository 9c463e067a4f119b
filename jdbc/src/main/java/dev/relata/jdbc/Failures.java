package dev.relata.jdbc;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.internal.BoundParent;
import dev.relata.internal.Column;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operation's failure comes out of a {@link SqlBackend} as: the database's {@link
 * SQLException}s as the matching {@link RelataException} ({@link DuplicateKeyException} with the
 * entity, field and value; {@link WriteConflictException}; a hint at the likely cause by SQL
 * state), Relata's own exceptions as they are, entity code's wrapped.
 */
final class Failures {
  private final Dialect dialect;
  private final Collection<Mapping<?>> mappings;

  /**
   * Failures on {@code dialect}'s database; {@code mappings} (a live view of the registered tables)
   * are where a unique violation's column is looked for when the failing table is unknown.
   */
  Failures(Dialect dialect, Collection<Mapping<?>> mappings) {
    this.dialect = dialect;
    this.mappings = mappings;
  }

  /**
   * What a failure of {@code what} comes out as: Relata's own exceptions (and a resolver's refusal)
   * as they are, the database's as the matching {@link RelataException}, entity code's wrapped.
   */
  RuntimeException of(String what, Throwable e) {
    if (e instanceof RelataException r) {
      return r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    if (e instanceof BoundParent.ParentNotStoredException refused) {
      return refused;
    }
    SQLException sql =
        e instanceof SqlFailure f ? f.getCause() : e instanceof SQLException s ? s : null;
    if (sql == null) {
      return new RelataException("could not " + what + "; nothing was written: " + e, e);
    }
    String state = state(sql);
    String message = sql.getMessage();
    if (dialect.uniqueViolation(state)) {
      Mapping<?> table = e instanceof SqlFailure f ? f.table : null;
      Column<?> column = table == null ? null : table.uniqueColumnIn(message);
      for (Mapping<?> other : table == null ? mappings : List.<Mapping<?>>of()) {
        if (column == null) {
          column = other.uniqueColumnIn(message); // a deferred constraint, checked on commit
          table = column == null ? null : other;
        }
      }
      String entity = table == null ? entityOf(what) : table.type.name();
      String value = duplicateValue(message);
      DuplicateKeyException duplicate =
          column == null
              ? new DuplicateKeyException(entity, value)
              : new DuplicateKeyException(entity, column.name(), value);
      duplicate.initCause(sql);
      return duplicate;
    }
    if (dialect.conflict(state)) {
      return new WriteConflictException(
          "could not "
              + what
              + ": it conflicted with a concurrent write, and nothing was"
              + " written; run it again ("
              + message
              + ")",
          sql);
    }
    return new RelataException(
        "could not "
            + what
            + " on "
            + dialect.name()
            + "; nothing was written: "
            + message
            + hint(state),
        sql);
  }

  /** What to add to the message of a failure of SQL state {@code state}: its likely cause. */
  private static String hint(String state) {
    if ("22021".equals(state)) {
      // character_not_in_repertoire: what PostgreSQL says of a NUL in text, which it cannot hold
      // (H2 and the in-memory store keep it)
      return "; a text holds a character the database cannot store (PostgreSQL's text cannot hold"
          + " the NUL character, \\u0000)";
    }
    return switch (state == null ? "" : state.substring(0, Math.min(2, state.length()))) {
      case "42" ->
          "; the schema does not match the entities: run createSchema() or migrate"
              + " to schemaSql()";
      case "22" -> "; a value does not fit its column";
      case "08" -> "; the connection to the database was lost";
      default -> "";
    };
  }

  private static final Pattern DUPLICATE =
      Pattern.compile("\\)=\\((.*)\\) already exists|VALUES \\( /\\* \\d+ \\*/ (.*) \\)");

  /** The value a database's message on a unique violation shows, as text (or the message). */
  private static String duplicateValue(String message) {
    Matcher matcher = DUPLICATE.matcher(message);
    if (!matcher.find()) {
      return "(" + message + ")";
    }
    String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    return value.startsWith("'") && value.endsWith("'") && value.length() > 1
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** The SQL state of {@code e}, or of the first exception chained to it that has one. */
  static String state(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (next.getSQLState() != null) {
        return next.getSQLState();
      }
    }
    return null;
  }

  /** The entity name in a write's description ("save posts" → "posts"). */
  private static String entityOf(String what) {
    int space = what.indexOf(' ');
    String rest = space < 0 ? what : what.substring(space + 1);
    int end = rest.indexOf(' ');
    return end < 0 ? rest : rest.substring(0, end);
  }
}
