package dev.relata.jdbc;

import dev.relata.internal.Column;
import dev.relata.internal.EntityType;
import dev.relata.internal.Relation;
import dev.relata.internal.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL side of {@link Rows}: the rows of a write as its database transaction sees them.
 *
 * <p>Implementation notes. Changes are held back in a list in the order the engines make them; a
 * run of changes of one kind to one table becomes one JDBC batch (inserts, upserts, updates) or one
 * statement over all their keys (clearing a column, deleting). The list is sent before any read of
 * the write and when the write ends, so that reads see every change and the database gets them in
 * their order: a change never overtakes another to the same table.
 *
 * <p>Upserts of new rows are sent as plain inserts where that is known to be cheaper and safe.
 * Every write keeps a table's key sequence above the explicit numeric keys it stores (issue 13's
 * rule: keys come from the sequence or were raised past before they were written), so when {@link
 * #reserveNumbers} reads the sequence at {@code next}, no row committed before that read has a key
 * of {@code next} or more. A run of upserts of at least {@value #INSERTED_FIRST} rows whose keys
 * are all at or above that {@link #freshFrom floor} is therefore sent as a batch of {@code INSERT}s
 * (no {@code MERGE} or {@code ON CONFLICT} work per row) from a savepoint. Where a row is there
 * after all (a concurrent write committed it after the read, a key repeated in the run, a row
 * written around Relata without raising the sequence), the insert fails with a unique violation;
 * the batch is then rolled back to the savepoint and sent again as upserts, which do exactly what
 * they did before: they replace the row, or fail as a {@link WriteConflictException} where a
 * concurrent transaction wrote it. An insert that succeeds for every row does what the upsert would
 * have done, since no row with those keys existed. Short runs stay upserts: the savepoint and its
 * release would cost two round trips on PostgreSQL, more than an upsert's extra work on a few rows.
 */
final class SqlRows implements Rows {
  /** The fewest rows of a run of upserts that is sent as inserts first. */
  static final int INSERTED_FIRST = 50;

  /**
   * The most rows sent in one JDBC batch; a longer run is sent as several. On H2 a batch of 100,000
   * inserts into a table with the {@value Mapping#ORDER} identity and its index took about half as
   * long again as the same rows in batches of 1,000 (standalone, best of 7); Hibernate's {@code
   * hibernate.jdbc.batch_size} is commonly set to the same.
   */
  static final int ROWS_PER_BATCH = 1000;

  /**
   * The most rows of one {@code INSERT} statement ({@code VALUES (..), (..), ..}): a database runs
   * each statement of a batch as a statement, with its own start and end. H2 marks a snapshot of
   * every map the transaction has opened at each, which in a {@code SERIALIZABLE} transaction is
   * every table and index of the schema; PostgreSQL plans and runs each. An upsert stays one row a
   * statement: PostgreSQL refuses an {@code ON CONFLICT DO UPDATE} that meets a key twice in one
   * statement, where Relata stores the later row.
   */
  static final int ROWS_PER_INSERT = 100;

  /** The most parameters of one statement (PostgreSQL's protocol takes at most 32,767). */
  private static final int MOST_PARAMETERS = 30_000;

  private final SqlBackend backend;
  private final Session session;
  private final List<Change> pending = new ArrayList<>();

  /**
   * Per table: no row stored before this write read the key sequence has a numeric key at or above
   * this number (the sequence's next number then), nor has this write stored one since, but for
   * rows it inserts in the run being held.
   */
  private final Map<Mapping<?>, Long> freshFrom = new HashMap<>();

  /** Per table: the explicit key this write has raised the key sequence above already. */
  private final Map<Mapping<?>, Long> raisedAbove = new HashMap<>();

  /** A held-back change: its kind, the table, and its rows (or keys). */
  private static final class Change {
    final Kind kind;
    final Mapping<Object> mapping;
    final Column<Object> column;
    final List<Object> items = new ArrayList<>();

    /** For upserts: whether every row's key is at or above the table's {@link #freshFrom}. */
    boolean fresh = true;

    Change(Kind kind, Mapping<Object> mapping, Column<Object> column) {
      this.kind = kind;
      this.mapping = mapping;
      this.column = column;
    }
  }

  private enum Kind {
    INSERT,
    UPSERT,
    REPLACE,
    CLEAR,
    REMOVE
  }

  SqlRows(SqlBackend backend, Session session) {
    this.backend = backend;
    this.session = session;
  }

  /**
   * The held-back change that the next row or keys of {@code kind} to {@code type} (and {@code
   * column}) join: the last one if it is of that kind, table and column, else a new one. The caller
   * adds them: a row alone, without a list around it (a save holds each of its rows so).
   */
  @SuppressWarnings("unchecked")
  private Change hold(Kind kind, EntityType<?, ?> type, Column<?> column) {
    Mapping<Object> mapping = (Mapping<Object>) backend.mapping(type);
    Change last = pending.isEmpty() ? null : pending.get(pending.size() - 1);
    if (last == null || last.kind != kind || last.mapping != mapping || last.column != column) {
      last = new Change(kind, mapping, (Column<Object>) column);
      pending.add(last);
    }
    return last;
  }

  /** Sends the held-back changes. */
  void flush() {
    try {
      for (Change change : pending) {
        try {
          send(change);
        } catch (SQLException e) {
          throw new SqlFailure(e, change.mapping);
        }
      }
    } finally {
      pending.clear();
    }
  }

  /** Drops the held-back changes (the write failed). */
  void discard() {
    pending.clear();
  }

  private void send(Change change) throws SQLException {
    Mapping<Object> m = change.mapping;
    switch (change.kind) {
      case INSERT -> sendInserts(change);
      case UPSERT -> {
        if (change.fresh && change.items.size() >= INSERTED_FIRST) {
          insertFirst(change);
        } else {
          batch(backend.dialect.upsert(m.table, m.key, m.names()), change);
        }
      }
      case REPLACE -> batch(update(m), change);
      case CLEAR ->
          backend.forKeys(
              session,
              m,
              change.items,
              condition ->
                  "UPDATE "
                      + m.table
                      + " SET "
                      + m.name(change.column)
                      + " = NULL WHERE "
                      + condition,
              (statement, next) -> statement.executeUpdate());
      case REMOVE ->
          backend.forKeys(
              session,
              m,
              change.items,
              condition -> "DELETE FROM " + m.table + " WHERE " + condition,
              (statement, next) -> statement.executeUpdate());
      default -> throw new AssertionError(change.kind);
    }
  }

  /**
   * Sends a run of upserts of fresh keys as inserts, from a savepoint; on a unique violation, rolls
   * back to it and sends the run as upserts (see the implementation notes).
   */
  private void insertFirst(Change change) throws SQLException {
    Mapping<Object> m = change.mapping;
    Savepoint savepoint = session.connection.setSavepoint();
    try {
      sendInserts(change);
    } catch (SQLException e) {
      if (!backend.dialect.uniqueViolation(Failures.state(e))) {
        throw e; // the write fails and rolls back whole
      }
      session.connection.rollback(savepoint);
      batch(backend.dialect.upsert(m.table, m.key, m.names()), change);
      return;
    }
    session.connection.releaseSavepoint(savepoint);
  }

  /** Sets every column but the key of the row with the key bound last. */
  private static String update(Mapping<Object> m) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(m.table).append(" SET ");
    List<String> names = m.names();
    for (int i = 0; i < names.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ?");
    }
    return sql.append(" WHERE ").append(m.key).append(" = ?").toString();
  }

  /**
   * Sends the rows of {@code change} as inserts: {@link #ROWS_PER_INSERT} rows a statement (as many
   * as fit in the parameters a statement may have), the rows left over one a statement; with their
   * places in insertion order where the dialect draws them in blocks ({@link Places}).
   */
  private void sendInserts(Change change) throws SQLException {
    Mapping<Object> m = change.mapping;
    List<Object> rows = change.items;
    Places places = backend.places.draw(backend, session, m, rows.size());
    List<String> columns = m.names();
    if (places != null) {
      columns = new ArrayList<>(columns);
      columns.add(m.order);
    }
    int perStatement = Math.min(ROWS_PER_INSERT, MOST_PARAMETERS / columns.size());
    int whole = perStatement > 1 ? rows.size() / perStatement * perStatement : 0;
    boolean overriding = places != null;
    if (whole > 0) {
      String sql = Dialect.insert(m.table, columns, perStatement, overriding);
      batch(sql, change, rows.subList(0, whole), perStatement, places, 0);
    }
    if (whole < rows.size()) {
      String sql = Dialect.insert(m.table, columns, 1, overriding);
      batch(sql, change, rows.subList(whole, rows.size()), 1, places, whole);
    }
  }

  private void batch(String sql, Change change) throws SQLException {
    batch(sql, change, change.items, 1, null, 0);
  }

  /**
   * Sends {@code rows} with the statement {@code sql}, which takes {@code perStatement} of them;
   * {@code rows.size()} is a multiple of {@code perStatement}. With {@code places}, each row's
   * place is bound after its columns: the row {@code i} of {@code rows} takes the place {@code
   * first + i} of them.
   */
  private void batch(
      String sql, Change change, List<Object> rows, int perStatement, Places places, int first)
      throws SQLException {
    Mapping<Object> m = change.mapping;
    backend.log(sql, rows.size());
    int statementsPerBatch = Math.max(1, ROWS_PER_BATCH / perStatement);
    // A REPLACE's key is bound after them.
    int parameters = perStatement * (m.names().size() + (places == null ? 0 : 1));
    try (Session.Prepared prepared = session.prepare(sql)) {
      PreparedStatement statement = prepared.statement;
      Mapping<Object>.Writer writer = m.writer(statement, backend.codecs);
      try {
        int held = 0;
        int next = 1;
        int i = first;
        for (Object row : rows) {
          next = writer.write(row, next);
          if (places != null) {
            statement.setLong(next++, places.at(i++));
          }
          if (change.kind == Kind.REPLACE) {
            Column<Object> key = m.type.key();
            m.bindValue(statement, next, key, key.get(row), backend.codecs);
          }
          if (next > parameters) {
            statement.addBatch();
            next = 1;
            if (++held == statementsPerBatch) {
              statement.executeBatch();
              held = 0;
            }
          }
        }
        if (held > 0) {
          statement.executeBatch();
        }
      } catch (SQLException | RuntimeException e) {
        try {
          statement.clearBatch(); // it goes back to the session, for the writes that follow
        } catch (SQLException clear) {
          e.addSuppressed(clear);
        }
        throw e;
      }
    }
  }

  // ---- Reads: each sends what is held back first ----

  @Override
  public <T> T row(EntityType<T, ?> type, Object key) {
    List<T> rows = rows(type, List.of(key));
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public <T> List<T> rows(EntityType<T, ?> type, Collection<?> keys) {
    flush();
    return backend.rowsByKey(session, backend.mapping(type), keys);
  }

  @Override
  public <T> List<T> all(EntityType<T, ?> type) {
    flush();
    List<T> rows = new ArrayList<>();
    backend.scan(session, backend.mapping(type), rows::add);
    return rows;
  }

  @Override
  public <T> List<T> where(EntityType<T, ?> type, Column<T> column, Object value) {
    if (value == null) {
      return List.of();
    }
    flush();
    return backend.rowsWhere(session, backend.mapping(type), column, List.of(value));
  }

  @Override
  public <O, T> List<List<T>> related(Relation<O, T> relation, List<O> owners) {
    flush();
    return backend.loads.relatedRows(session, relation, owners);
  }

  // ---- Keys ----

  @Override
  public long[] reserveNumbers(EntityType<?, ?> type, long explicit, int count) {
    Mapping<?> m = backend.mapping(type);
    try {
      Long raised = raisedAbove.get(m);
      if (explicit > 0 && (raised == null || raised < explicit)) {
        backend.log("raise " + m.sequence + " above", 1);
        long next = backend.dialect.raise(session.connection, m.sequence, explicit);
        freshFrom.put(m, next);
        raisedAbove.put(m, Math.max(explicit, next - 1));
      } else if (explicit > 0) {
        // Raised already by this write, which may have stored keys up to that since.
        freshFrom.merge(m, raised + 1, Math::max);
      }
      long[] numbers = new long[count];
      if (count == 0) {
        return numbers;
      }
      String sql = backend.dialect.nextNumbers(m.sequence);
      backend.log(sql, 1);
      try (Session.Prepared prepared = session.prepare(sql)) {
        PreparedStatement statement = prepared.statement;
        statement.setInt(1, count);
        try (ResultSet result = statement.executeQuery()) {
          for (int i = 0; i < count && result.next(); i++) {
            numbers[i] = result.getLong(1);
          }
        }
      }
      java.util.Arrays.sort(numbers);
      return numbers;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  @Override
  public Object randomKey(EntityType<?, ?> type) {
    return type.keyKind().random();
  }

  // ---- Changes, held back ----

  @Override
  public <T> void insert(EntityType<T, ?> type, T row) {
    hold(Kind.INSERT, type, null).items.add(row);
  }

  @Override
  public <T> void upsert(EntityType<T, ?> type, T row) {
    Change change = hold(Kind.UPSERT, type, null);
    change.items.add(row);
    if (change.fresh) {
      Long floor = freshFrom.get(change.mapping);
      change.fresh =
          floor != null
              && type.key().get(row) instanceof Number key
              && key.longValue() >= floor;
    }
  }

  @Override
  public <T> void replace(EntityType<T, ?> type, T row) {
    hold(Kind.REPLACE, type, null).items.add(row);
  }

  @Override
  public <T> void clear(EntityType<T, ?> type, Column<T> column, List<Object> keys) {
    hold(Kind.CLEAR, type, column).items.addAll(keys);
  }

  @Override
  public void remove(EntityType<?, ?> type, Collection<Object> keys) {
    hold(Kind.REMOVE, type, null).items.addAll(keys);
  }

  @Override
  public long removeAll(EntityType<?, ?> type) {
    flush();
    Mapping<?> m = backend.mapping(type);
    String sql = "DELETE FROM " + m.table;
    backend.log(sql, 0);
    try (PreparedStatement statement = session.connection.prepareStatement(sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  // ---- The caller's objects ----

  @Override
  public <T> void setCallerColumn(Column<T> column, T target, Object value, Object previous) {
    session.setCallerColumn(column, target, value, previous);
  }

  @Override
  public <T> void setCallerRelation(
      Relation<T, ?> relation, T target, Object value, Object previous) {
    session.setCallerRelation(relation, target, value, previous);
  }
}
