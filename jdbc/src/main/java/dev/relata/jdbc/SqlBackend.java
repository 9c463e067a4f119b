package dev.relata.jdbc;

import dev.relata.RelataException;
import dev.relata.internal.Backend;
import dev.relata.internal.BoundParent;
import dev.relata.internal.Column;
import dev.relata.internal.DirectRelation;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.JsonCodec;
import dev.relata.internal.JsonCodecs;
import dev.relata.internal.JsonSupport;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.Relation;
import dev.relata.internal.Rows;
import dev.relata.internal.Selection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The backend of a {@link JdbcStore}: rows in the tables of a SQL database.
 *
 * <p>Implementation notes. Every operation runs in one database transaction, bound to its thread in
 * {@link #current} while it runs, so that what it calls (a nested write, a query inside a read)
 * joins it: a write is {@code SERIALIZABLE} (a conflict with another connection's write is a {@link
 * WriteConflictException}, and nothing is written); a write inside a write joins from a savepoint,
 * so that it fails alone; a read is a {@code REPEATABLE READ} read-only transaction, so that its
 * several queries see one snapshot. Writes run the engines of the runtime on {@link SqlRows}; reads
 * run here.
 *
 * <p>A query runs as SQL as far as its spec allows, and in Java beyond: a condition, an order or an
 * existence constraint given as a lambda needs the rows in Java, so the rows come in insertion
 * order and the rest of the query (its conditions, order and page) runs over them. Relations load
 * level by level ({@link Loads}): one query per relation and level over every parent of the level
 * (an {@code = ANY(?)} array on PostgreSQL; on H2 {@code IN} lists of at most 100 keys, or, where
 * the keys are many beside the rows they come from, one scan of the rows that have a key at all,
 * see {@link Dialect#scansForManyValues}), the rows then grouped by parent; a page per parent with
 * no lambda to run is taken in SQL with {@code ROW_NUMBER() OVER (PARTITION BY ...)} where the
 * dialect {@linkplain Dialect#pagesPerOwner pages per owner in SQL}, else from the rows SQL
 * ordered.
 *
 * <p>Insertion order is the {@value Mapping#ORDER} column. Where it is the only order and SQL takes
 * no page, the dialect may leave it to Java ({@link Dialect#insertionOrderInJava}: H2, whose plan
 * for it walks that column's index): the rows are read with their place and put in order by {@link
 * InsertionOrder}, as are the rows of several batches of keys. A query that runs one statement sees
 * one state by itself and runs without a transaction of its own.
 */
final class SqlBackend extends Backend {
  /**
   * The most values in one {@code IN} list, for the types that SQL arrays do not hold, unless the
   * dialect says otherwise ({@link Dialect#inListLimit}).
   */
  static final int BATCH = 1000;

  private static final System.Logger LOG = System.getLogger("dev.relata.jdbc");

  private final DataSource dataSource;
  final Dialect dialect;
  final Mapping.Codecs codecs;
  private final Map<EntityType<?, ?>, Mapping<?>> mappings = new ConcurrentHashMap<>();
  private final Map<String, EntityType<?, ?>> byName = new ConcurrentHashMap<>();
  private final Failures failures;

  /** Each table's sequence of places in insertion order, for the write path ({@link SqlRows}). */
  final Places.Sequences places = new Places.Sequences();

  private final ThreadLocal<Session> current = new ThreadLocal<>();

  /** The relations that queries load. */
  final Loads loads = new Loads(this);

  SqlBackend(DataSource dataSource, Dialect dialect, JsonSupport json) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.codecs = new Mapping.Codecs(json, dialect);
    this.failures = new Failures(dialect, mappings.values());
  }

  // ---- Registration ----

  @Override
  public void register(EntityType<?, ?> type) {
    if (mappings.containsKey(type)) {
      return;
    }
    synchronized (this) {
      List<EntityType<?, ?>> pending = new ArrayList<>(List.of(type));
      while (!pending.isEmpty()) {
        EntityType<?, ?> next = pending.remove(pending.size() - 1);
        if (mappings.containsKey(next)) {
          continue;
        }
        EntityType<?, ?> other = byName.putIfAbsent(next.name(), next);
        if (other != null && other != next) {
          throw nameClash(other, next);
        }
        mappings.put(next, new Mapping<>(next, dialect));
        for (Relation<?, ?> relation : next.relations()) {
          pending.add(relation.target());
          if (relation instanceof HasManyThroughRelation<?, ?, ?> through) {
            pending.add(through.through());
          }
        }
      }
    }
  }

  /**
   * Registers every entity of the classpath, found through what the processor generates for it (as
   * {@code importJson} finds them). Where separately compiled programs share a classpath (a test
   * classpath, say) and several entities have one name, the store can hold only one of them: an
   * entity is left out if it, or an entity its relations reach, has a name that another entity of
   * the classpath has too, unless it is the entity of that name the store uses already.
   */
  void registerClasspath() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    Map<String, List<JsonCodec<?>>> byName =
        JsonCodecs.byName(context != null ? context : SqlBackend.class.getClassLoader());
    for (List<JsonCodec<?>> named : byName.values()) {
      for (JsonCodec<?> codec : named) {
        if (!uses(codec.type()) && reachesOnlyItsOwn(codec.type(), byName)) {
          register(codec.type());
        }
      }
    }
  }

  /**
   * Whether every entity that {@code type} is or reaches through its relations is the one entity of
   * its name: alone on the classpath with it, or the one this store uses.
   */
  private boolean reachesOnlyItsOwn(EntityType<?, ?> type, Map<String, List<JsonCodec<?>>> byName) {
    Set<EntityType<?, ?>> seen = new java.util.HashSet<>();
    List<EntityType<?, ?>> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      EntityType<?, ?> next = pending.remove(pending.size() - 1);
      if (!seen.add(next)) {
        continue;
      }
      List<JsonCodec<?>> named = byName.getOrDefault(next.name(), List.of());
      EntityType<?, ?> holder = this.byName.get(next.name());
      if (holder != null ? holder != next : named.size() > 1) {
        return false;
      }
      for (Relation<?, ?> relation : next.relations()) {
        pending.add(relation.target());
        if (relation instanceof HasManyThroughRelation<?, ?, ?> through) {
          pending.add(through.through());
        }
      }
    }
    return true;
  }

  @Override
  public boolean uses(EntityType<?, ?> type) {
    return mappings.containsKey(type);
  }

  @SuppressWarnings("unchecked")
  <T> Mapping<T> mapping(EntityType<T, ?> type) {
    Mapping<T> mapping = (Mapping<T>) mappings.get(type);
    if (mapping == null) {
      throw new IllegalStateException(type + " is not registered with this store");
    }
    return mapping;
  }

  /** Every registered entity, in the order of their names. */
  List<Mapping<?>> mappings() {
    List<Mapping<?>> all = new ArrayList<>(mappings.values());
    all.sort((a, b) -> a.type.name().compareTo(b.type.name()));
    return all;
  }

  // ---- Transactions ----

  @Override
  protected <R> R atomically(String what, Function<Rows, R> body) {
    return writing(what, session -> body.apply(session.rows), false);
  }

  /**
   * Runs {@code work} as one database transaction, for {@code store.transaction}: the writes it
   * makes join it (each from a savepoint, so that one that fails is undone alone); what it throws
   * comes out unchanged, after the rollback. Inside a transaction, it joins it from a savepoint.
   */
  @Override
  public <R> R transaction(Supplier<R> work) {
    return writing("start a transaction", session -> work.get(), true);
  }

  /**
   * Runs {@code body} as one write: a {@code SERIALIZABLE} database transaction of its own, or,
   * inside the one running on this thread, from a savepoint, so that it fails alone. On failure the
   * changes are rolled back and the caller's objects set back; what it throws comes out as {@link
   * Failures#of} makes it, but for {@code work} (a transaction's), whose own exceptions come out
   * unchanged.
   */
  private <R> R writing(String what, Function<Session, R> body, boolean work) {
    Session outer = current.get();
    if (outer != null && (!outer.writes || outer.runningEntityCode > 0)) {
      throw refusedFromEntityCode(what);
    }
    Session session = outer != null ? outer : new Session(connect(() -> what), true, this);
    Connection connection = session.connection;
    int mark = session.mark();
    java.sql.Savepoint savepoint = null;
    if (outer == null) {
      current.set(session);
    }
    try {
      if (outer == null) {
        begin(session, Connection.TRANSACTION_SERIALIZABLE, false);
      } else {
        session.rows.flush();
        savepoint = connection.setSavepoint();
      }
      R result;
      if (!work) {
        // The engines run entity code, and so does sending their rows (getters): a write from it
        // is refused.
        session.runningEntityCode++;
      }
      try {
        result = body.apply(session);
        session.rows.flush();
      } finally {
        if (!work) {
          session.runningEntityCode--;
        }
      }
      if (outer == null) {
        connection.commit();
      }
      return result;
    } catch (Throwable e) {
      // Throwable: entity code may throw a checked exception it does not declare.
      session.rows.discard();
      try {
        if (outer == null) {
          connection.rollback();
        } else if (savepoint != null) {
          connection.rollback(savepoint);
        }
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      session.undoTo(mark, e);
      if (work && !(e instanceof SQLException) && !(e instanceof SqlFailure)) {
        throw SqlBackend.<RuntimeException>unchanged(e);
      }
      throw failures.of(what, e);
    } finally {
      if (outer == null) {
        current.remove();
        close(session);
      }
    }
  }

  /** Throws {@code e} as it is, whatever its type (the work's own exception, passed on). */
  @SuppressWarnings("unchecked")
  private static <X extends Throwable> RuntimeException unchanged(Throwable e) throws X {
    throw (X) e;
  }

  @Override
  public <R> R read(Supplier<R> body) {
    return reading(() -> "read", session -> body.get());
  }

  /** Runs {@code body} in the running transaction of this thread, or in a read of its own. */
  <R> R reading(Supplier<String> what, Function<Session, R> body) {
    return reading(what, body, false);
  }

  /**
   * Runs {@code body} in the running transaction of this thread, or in a read of its own: a
   * read-only {@code REPEATABLE READ} transaction, unless {@code oneStatement} says that {@code
   * body} runs a single statement, which sees one state by itself (then, on a connection in
   * auto-commit mode, it runs as it is, without the round trips of a transaction).
   */
  <R> R reading(Supplier<String> what, Function<Session, R> body, boolean oneStatement) {
    Session outer = current.get();
    if (outer != null) {
      if (outer.writes) {
        outer.rows.flush();
      }
      outer.runningEntityCode++; // its query callbacks and entity code must not write
      try {
        return body.apply(outer);
      } finally {
        outer.runningEntityCode--;
      }
    }
    Connection connection = connect(what);
    Session session = new Session(connection, false, this);
    current.set(session);
    boolean transaction = true;
    try {
      transaction = !oneStatement || !connection.getAutoCommit();
      if (transaction) {
        begin(session, Connection.TRANSACTION_REPEATABLE_READ, true);
      }
      R result = body.apply(session);
      if (transaction) {
        connection.commit();
      }
      return result;
    } catch (Throwable e) {
      try {
        if (transaction) {
          connection.rollback();
        }
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw failures.of(what.get(), e);
    } finally {
      // Not remove(): a read is often short (a find), and ThreadLocal.remove() cleans the thread's
      // map around the entry each time; the entry, its value null, is reused by the next read.
      current.set(null);
      close(session);
    }
  }

  /**
   * Starts a transaction at {@code isolation} on the connection of {@code session}: on PostgreSQL
   * with {@code SET TRANSACTION} as its first statement, which the driver sends with the {@code
   * BEGIN} and which leaves the connection's own settings as the pool handed them out (so that the
   * pool has nothing to reset); elsewhere through JDBC, setting the level only where the connection
   * is not at it already (H2 keeps it in the session, without a round trip).
   */
  private void begin(Session session, int isolation, boolean readOnly) throws SQLException {
    Connection connection = session.connection;
    connection.setAutoCommit(false);
    String start = dialect.startTransaction(isolation, readOnly);
    if (start == null) {
      if (connection.getTransactionIsolation() != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      return;
    }
    try (Session.Prepared statement = session.prepare(start)) {
      statement.statement.execute();
    }
  }

  /** A connection of its own, for the DDL of {@code createSchema}. */
  Connection connectionForSchema() throws SQLException {
    return dataSource.getConnection();
  }

  /** A connection from the pool; {@code what} says, if there is none, what could not run. */
  private Connection connect(Supplier<String> what) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new RelataException(
          "could not " + what.get() + ": no connection to the database: " + e.getMessage(), e);
    }
  }

  /** Ends {@code session}: closes its statements, and gives its connection back. */
  private static void close(Session session) {
    session.closeStatements();
    try {
      session.connection.close();
    } catch (SQLException e) {
      // Nothing was lost: the transaction ended before.
    }
  }

  void log(String sql, int rows) {
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      LOG.log(System.Logger.Level.DEBUG, "{0} [{1} row(s)]", sql, rows);
    }
  }

  // ---- Statements ----

  /** A statement whose parameters {@code bind} sets; runs {@code each} on each result row. */
  void query(Session session, String sql, Binder bind, RowReader each) {
    log(sql, 0);
    try (Session.Prepared prepared = session.prepare(sql)) {
      PreparedStatement statement = prepared.statement;
      bind.bind(statement);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          each.read(result);
        }
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  interface RowReader {
    void read(ResultSet result) throws SQLException;
  }

  /** Runs a statement whose parameters from {@code next} on are still to be bound. */
  interface Update {
    void run(PreparedStatement statement, int next) throws SQLException;
  }

  /**
   * Runs {@code sql} with a condition that the key of {@code m} is one of {@code keys}: see {@link
   * #forValues}.
   */
  void forKeys(
      Session session, Mapping<?> m, List<Object> keys, Function<String, String> sql, Update run) {
    forValues(session, m, m.type.key(), keys, sql, run);
  }

  /**
   * Runs {@code sql} with a condition that {@code column} is one of {@code values}: the values
   * bound as one array ({@code = ANY(?)}) on PostgreSQL, one SQL text for any number of values; on
   * H2 (see {@link Dialect#arrayLimit}) and for a column of a type without SQL arrays, {@code IN}
   * lists of at most {@link Dialect#inListLimit} values. Returns how many statements ran.
   */
  <T> int forValues(
      Session session,
      Mapping<T> m,
      Column<?> column,
      List<Object> values,
      Function<String, String> sql,
      Update run) {
    if (values.isEmpty()) {
      return 0;
    }
    String name = m.name(column);
    boolean array = arrays(m, column);
    int batch = batch(m, column);
    int statements = 0;
    try {
      for (int from = 0; from < values.size(); from += batch) {
        List<Object> part = values.subList(from, Math.min(values.size(), from + batch));
        String text =
            sql.apply(
                array
                    ? dialect.inArray(name)
                    : name + " IN (" + "?, ".repeat(part.size() - 1) + "?)");
        log(text, part.size());
        try (Session.Prepared prepared = session.prepare(text)) {
          PreparedStatement statement = prepared.statement;
          if (array) {
            statement.setArray(1, codecs.array(session.connection, m.sqlType(column), part));
            run.run(statement, 2);
          } else {
            for (int i = 0; i < part.size(); i++) {
              m.bindValue(statement, i + 1, column, part.get(i), codecs);
            }
            run.run(statement, part.size() + 1);
          }
        }
        statements++;
      }
      return statements;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Whether {@link #forValues} binds the values of {@code column} as one array. */
  private boolean arrays(Mapping<?> m, Column<?> column) {
    return m.sqlType(column).arrays && dialect.arrayLimit() > 0;
  }

  /** The most values of {@code column} that one statement of {@link #forValues} takes. */
  private int batch(Mapping<?> m, Column<?> column) {
    return arrays(m, column) ? dialect.arrayLimit() : dialect.inListLimit();
  }

  /**
   * Whether a read of the rows of {@code m} whose {@code column} is one of {@code values} scans
   * every row whose {@code column} is not null instead ({@link #forValuesOrScan}): where the
   * dialect {@linkplain Dialect#scansForManyValues says so}, the values would fill several {@code
   * IN} lists, and they are many beside the rows they were taken from ({@code valuesOf}, one value
   * a row at most; the table of {@code m} where {@code column} is its key): at least a {@value
   * #SCANNED_SHARE}th of them, so that a scan reads at most about that many times the rows wanted.
   */
  boolean scans(
      Session session,
      Mapping<?> m,
      Column<?> column,
      List<Object> values,
      EntityType<?, ?> valuesOf) {
    return dialect.scansForManyValues()
        && values.size() > dialect.inListLimit()
        && (long) values.size() * SCANNED_SHARE
            >= rowCount(session, column == m.type.key() ? m : mapping(valuesOf));
  }

  /** See {@link #scans}. */
  private static final int SCANNED_SHARE = 4;

  /** How many rows the table of {@code m} holds. */
  private long rowCount(Session session, Mapping<?> m) {
    long[] count = new long[1];
    query(
        session,
        "SELECT COUNT(*) FROM " + m.table,
        statement -> {},
        result -> count[0] = result.getLong(1));
    return count[0];
  }

  /**
   * {@link #forValues}, or, where {@code scan} (see {@link #scans}), one statement with the
   * condition that {@code column} is not null; then {@code run} gets the rows of other values too,
   * which the caller leaves out.
   */
  <T> void forValuesOrScan(
      Session session,
      Mapping<T> m,
      Column<?> column,
      List<Object> values,
      boolean scan,
      Function<String, String> sql,
      Update run) {
    if (!scan) {
      forValues(session, m, column, values, sql, run);
      return;
    }
    String text = sql.apply(m.name(column) + " IS NOT NULL");
    log(text, 0);
    try (Session.Prepared prepared = session.prepare(text)) {
      run.run(prepared.statement, 1);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /**
   * The rows of {@code m} whose {@code column} is one of {@code values}, in insertion order: in one
   * statement that orders them where the dialect orders in SQL and one statement takes every value;
   * else each read with its place in that order, so that the rows of several batches, or of a
   * dialect that leaves the order to Java, are put in it here.
   */
  <T> List<T> rowsWhere(Session session, Mapping<T> m, Column<?> column, List<Object> values) {
    return rowsWhere(session, m, column, values, m.type);
  }

  /**
   * {@link #rowsWhere(Session, Mapping, Column, List)} of {@code values} taken from rows of {@code
   * valuesOf}, by which {@link #scans} judges whether to read them with a scan.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> rowsWhere(
      Session session,
      Mapping<T> m,
      Column<?> column,
      List<Object> values,
      EntityType<?, ?> valuesOf) {
    if (values.isEmpty()) {
      return new ArrayList<>();
    }
    Column<T> match = (Column<T>) column;
    Set<Object> wanted =
        scans(session, m, column, values, valuesOf) ? new java.util.HashSet<>(values) : null;
    // One statement that SQL orders gives the rows in insertion order: no place to read per row.
    boolean inSql =
        wanted == null && !dialect.insertionOrderInJava() && values.size() <= batch(m, column);
    List<T> ordered = inSql ? new ArrayList<>() : null;
    InsertionOrder<T> rows = inSql ? null : new InsertionOrder<>();
    String select =
        "SELECT "
            + (inSql ? m.selectList : m.selectListAndPlace)
            + " FROM "
            + m.table
            + " t WHERE ";
    String order = dialect.insertionOrderInJava() ? "" : " ORDER BY t." + m.order;
    Mapping<T>.Reader reader = m.reader(codecs);
    forValuesOrScan(
        session,
        m,
        column,
        values,
        wanted != null,
        condition -> select + qualify(condition) + order,
        (statement, next) -> {
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              // A scan's rows of other values are made, then left out: at least a quarter of the
              // rows are wanted (see scans), mostly all, and reading the column first costs them.
              T row = reader.read(result, 1);
              if (ordered != null) {
                ordered.add(row);
              } else if (wanted == null || wanted.contains(match.get(row))) {
                rows.add(row, m.readPlace(result));
              }
            }
          }
        });
    return ordered != null ? ordered : rows.rows();
  }

  /** {@code condition} on table alias {@code t}. */
  static String qualify(String condition) {
    return "t." + condition;
  }

  /** The rows of {@code m} with {@code keys}, in insertion order; missing keys skipped. */
  <T> List<T> rowsByKey(Session session, Mapping<T> m, Collection<?> keys) {
    List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
    distinct.removeIf(k -> k == null || m.type.unassigned(k));
    return rowsWhere(session, m, m.type.key(), distinct);
  }

  /** Gives {@code action} every row of {@code m}, in insertion order. */
  <T> void scan(Session session, Mapping<T> m, Consumer<? super T> action) {
    Mapping<T>.Reader reader = m.reader(codecs);
    if (!dialect.insertionOrderInJava()) {
      query(
          session,
          "SELECT " + m.selectList + " FROM " + m.table + " t ORDER BY t." + m.order,
          statement -> {},
          result -> action.accept(reader.read(result, 1)));
      return;
    }
    InsertionOrder<T> rows = new InsertionOrder<>();
    query(
        session,
        "SELECT " + m.selectListAndPlace + " FROM " + m.table + " t",
        statement -> {},
        result -> rows.add(reader.read(result, 1), m.readPlace(result)));
    rows.rows().forEach(action);
  }

  // ---- Reads ----

  @Override
  public <T> T find(EntityType<T, ?> type, Object key) {
    if (type.unassigned(key)) {
      return null;
    }
    return findByKey(type, mapping(type), key, 0);
  }

  /**
   * The generated {@code find(long)} and {@code find(int)}: a numeric key bound as it is, without
   * the box {@link Backend#findNumber} makes.
   */
  @Override
  public <T> T findNumber(EntityType<T, ?> type, long key) {
    Mapping<T> m = mapping(type);
    if (!m.keyBindsAsNumber()) {
      return super.findNumber(type, key);
    }
    if (type.unassignedNumber(key)) {
      return null;
    }
    return findByKey(type, m, null, key);
  }

  /**
   * The row whose key is {@code key}, or, if {@code key} is null, {@code number}: one statement,
   * its row read as it comes. Not through {@link #query}: a {@code find} is short enough for its
   * result list, its two lambdas and the key's box to show (on H2, 1,000 finds took 1.11× the time
   * of a hand-written {@code findById} through it, 1.02× this way: docs/BENCHMARKS.md).
   */
  private <T> T findByKey(EntityType<T, ?> type, Mapping<T> m, Object key, long number) {
    return reading(
        () -> "find " + type.name() + " " + (key != null ? key : number),
        session -> {
          log(m.findSql, 0);
          try (Session.Prepared prepared = session.prepare(m.findSql)) {
            PreparedStatement statement = prepared.statement;
            if (key != null) {
              m.bindValue(statement, 1, type.key(), key, codecs);
            } else {
              m.bindNumberKey(statement, 1, number);
            }
            try (ResultSet result = statement.executeQuery()) {
              return result.next() ? m.read(result, 1, codecs) : null;
            }
          } catch (SQLException e) {
            throw new SqlFailure(e);
          }
        },
        true);
  }

  @Override
  public <T> List<T> findAll(EntityType<T, ?> type, Collection<?> keys) {
    return reading(
        () -> "find " + type.name(),
        session -> {
          Map<Object, T> byKey = new HashMap<>();
          for (T row : rowsByKey(session, mapping(type), keys)) {
            byKey.put(type.key().get(row), row);
          }
          List<T> found = new ArrayList<>(keys.size());
          Set<Object> given = new java.util.HashSet<>();
          for (Object key : keys) {
            T row = byKey.get(key);
            if (row != null) {
              found.add(given.add(key) ? row : type.copy(row)); // a repeat gets its own copy
            }
          }
          return found;
        },
        keys.size() <= Math.max(dialect.arrayLimit(), dialect.inListLimit()));
  }

  @Override
  public long size(EntityType<?, ?> type) {
    Mapping<?> m = mapping(type);
    return reading(() -> "count " + type.name(), session -> rowCount(session, m), true);
  }

  @Override
  public <T> List<T> list(QuerySpec<T> spec) {
    return reading(
        () -> "query " + spec.type().name(),
        session -> loads.materialize(session, spec, select(session, spec)),
        spec.loads().isEmpty() && oneStatement(spec));
  }

  @Override
  protected <T> List<T> selected(QuerySpec<T> spec) {
    return reading(
        () -> "query " + spec.type().name(), session -> select(session, spec), oneStatement(spec));
  }

  @Override
  public long count(QuerySpec<?> spec) {
    return reading(
        () -> "count " + spec.type().name(), session -> count(session, spec), oneStatement(spec));
  }

  /**
   * Whether {@link #select} (or {@link #count}) of {@code spec} runs one statement: unless an
   * existence filter is left to Java, which reads the related rows with statements of their own.
   * Its relations, which {@link #list} loads with more, are not counted here.
   */
  private boolean oneStatement(QuerySpec<?> spec) {
    for (QuerySpec.Existence existence : spec.existence()) {
      if (!existsInSql(existence.relation(), existence.spec())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows {@code spec} selects, counted in SQL ({@code SELECT COUNT(*)} over the query, its page
   * included) where nothing is left to Java, else counted here.
   */
  private <T> long count(Session session, QuerySpec<T> spec) {
    Mapping<T> m = mapping(spec.type());
    Split<T> split = split(spec, m);
    if (!split.allInSql()) {
      return select(session, spec).size();
    }
    Parameters parameters = new Parameters();
    String sql =
        "SELECT COUNT(*) FROM ("
            + selectSql(spec, m, split, "1", split.allInSql() && spec.paged(), parameters)
            + ") selected";
    long[] count = new long[1];
    query(
        session,
        sql,
        statement -> parameters.bind(statement, 1, codecs),
        result -> count[0] = result.getLong(1));
    return count[0];
  }

  @Override
  public boolean exists(QuerySpec<?> spec) {
    return reading(
        () -> "query " + spec.type().name(),
        session -> !select(session, spec.firstOnly()).isEmpty(),
        oneStatement(spec));
  }

  @Override
  public <P, C> List<C> related(Relation<P, C> relation, BoundParent<P> parent, QuerySpec<C> spec) {
    return reading(
        () -> "read " + relation,
        session -> {
          P row = parentRow(session, parent);
          return row == null
              ? List.of()
              : loads.loadRelated(session, relation, spec, List.of(row)).get(0);
        });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <P> long countRelated(Relation<P, ?> relation, BoundParent<P> parent, QuerySpec<?> spec) {
    return related((Relation<P, Object>) relation, parent, (QuerySpec<Object>) spec).size();
  }

  private <P> P parentRow(Session session, BoundParent<P> parent) {
    if (!parent.assigned()) {
      return null;
    }
    List<P> rows = rowsByKey(session, mapping(parent.type()), List.of(parent.key()));
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Override
  public <T> void forEachRow(EntityType<T, ?> type, Consumer<? super T> action) {
    reading(
        () -> "read " + type.name(),
        session -> {
          scan(session, mapping(type), action);
          return null;
        });
  }

  // ---- Queries ----

  /**
   * A query split into what SQL runs and what runs in Java: typed conditions and existence filters
   * SQL can run, the others; whether SQL orders the rows (every order typed and translatable) and
   * whether it also takes the page (nothing is left to Java).
   */
  record Split<T>(
      List<Predicate<? super T>> sqlFilters,
      List<Predicate<? super T>> javaFilters,
      List<QuerySpec.Existence> sqlExistence,
      List<QuerySpec.Existence> javaExistence,
      boolean sqlOrder) {
    boolean allInSql() {
      return javaFilters.isEmpty() && javaExistence.isEmpty() && sqlOrder;
    }
  }

  <T> Split<T> split(QuerySpec<T> spec, Mapping<T> m) {
    List<Predicate<? super T>> sqlFilters = new ArrayList<>();
    List<Predicate<? super T>> javaFilters = new ArrayList<>();
    for (Predicate<? super T> filter : spec.filters()) {
      (Translator.translates(filter, m) ? sqlFilters : javaFilters).add(filter);
    }
    List<QuerySpec.Existence> sqlExistence = new ArrayList<>();
    List<QuerySpec.Existence> javaExistence = new ArrayList<>();
    for (QuerySpec.Existence existence : spec.existence()) {
      (existsInSql(existence.relation(), existence.spec()) ? sqlExistence : javaExistence)
          .add(existence);
    }
    boolean sqlOrder = true;
    for (java.util.Comparator<? super T> order : spec.orders()) {
      sqlOrder &= Translator.translates(order, m);
    }
    return new Split<>(sqlFilters, javaFilters, sqlExistence, javaExistence, sqlOrder);
  }

  /**
   * Whether an existence filter can be an {@code EXISTS} (or a count) in SQL: not one that counts
   * the rows of a key list, whose repeated keys a count over the target table would not repeat.
   */
  private boolean existsInSql(Relation<?, ?> relation, QuerySpec<?> spec) {
    if (relation instanceof HasManyByRelation<?, ?> && spec.offset() > 0) {
      return false;
    }
    Mapping<?> m = mapping(relation.target());
    for (Predicate<?> filter : spec.filters()) {
      if (!Translator.translates(filter, m)) {
        return false;
      }
    }
    for (QuerySpec.Existence existence : spec.existence()) {
      if (!existsInSql(existence.relation(), existence.spec())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows {@code spec} selects (conditions, existence filters, order and page), as rows read
   * fresh from the database, without their relations.
   */
  private <T> List<T> select(Session session, QuerySpec<T> spec) {
    Mapping<T> m = mapping(spec.type());
    Split<T> split = split(spec, m);
    Parameters parameters = new Parameters();
    Mapping<T>.Reader reader = m.reader(codecs);
    List<T> rows;
    if (insertionOrderInJava(spec, split, split.allInSql() && spec.paged())) {
      InsertionOrder<T> read = new InsertionOrder<>();
      query(
          session,
          selectSql(spec, m, split, m.selectListAndPlace, false, parameters).toString(),
          statement -> parameters.bind(statement, 1, codecs),
          result -> read.add(reader.read(result, 1), m.readPlace(result)));
      rows = read.rows();
    } else {
      rows = new ArrayList<>();
      query(
          session,
          selectSql(spec, m, split, m.selectList, true, parameters).toString(),
          statement -> parameters.bind(statement, 1, codecs),
          result -> rows.add(reader.read(result, 1)));
    }
    if (split.allInSql()) {
      return rows;
    }
    List<T> accepted = accept(session, split, rows);
    return Selection.orderAndPage(
        accepted, split.sqlOrder() ? null : spec.order(), spec.offset(), spec.limit());
  }

  /**
   * Whether the rows of {@code spec} are read unordered and put in insertion order in Java: where
   * the dialect says so, insertion order is all SQL would order them by, and SQL takes no page
   * ({@code sqlPage}) of them.
   */
  <T> boolean insertionOrderInJava(QuerySpec<T> spec, Split<T> split, boolean sqlPage) {
    return dialect.insertionOrderInJava()
        && !sqlPage
        && (spec.orders().isEmpty() || !split.sqlOrder());
  }

  /**
   * {@code SELECT columns FROM} the table of {@code m} with the SQL part of {@code spec}: its
   * conditions and existence filters, its order ({@code ordered}: else none), and its page where
   * nothing is left to Java.
   */
  private <T> StringBuilder selectSql(
      QuerySpec<T> spec,
      Mapping<T> m,
      Split<T> split,
      String columns,
      boolean ordered,
      Parameters parameters) {
    StringBuilder sql = new StringBuilder("SELECT ").append(columns);
    sql.append(" FROM ").append(m.table).append(" t");
    String where = conditions(m, "t", split.sqlFilters(), split.sqlExistence(), parameters);
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(where);
    }
    if (ordered) {
      sql.append(orderBy(spec, m, "t", split.sqlOrder()));
    }
    if (split.allInSql()) {
      page(sql, spec.offset(), spec.limit(), parameters);
    }
    return sql;
  }

  /** {@code ORDER BY} the typed orders (if SQL runs them), then insertion order. */
  static <T> String orderBy(QuerySpec<T> spec, Mapping<T> m, String alias, boolean sql) {
    StringBuilder order = new StringBuilder(" ORDER BY ");
    if (sql) {
      for (java.util.Comparator<? super T> typed : spec.orders()) {
        Translator.orderBy(typed, m, alias, order);
        order.append(", ");
      }
    }
    return order.append(alias).append('.').append(m.order).toString();
  }

  /** {@code LIMIT} and {@code OFFSET}, bound. */
  private static void page(StringBuilder sql, int offset, int limit, Parameters parameters) {
    if (limit >= 0) {
      sql.append(" LIMIT ?");
      parameters.add(limit);
    }
    if (offset > 0) {
      sql.append(" OFFSET ?");
      parameters.add(offset);
    }
  }

  /** Typed conditions and existence filters on alias {@code alias}, and-ed; "" for none. */
  <T> String conditions(
      Mapping<T> m,
      String alias,
      List<? extends Predicate<?>> filters,
      List<QuerySpec.Existence> existences,
      Parameters parameters) {
    List<String> conditions = new ArrayList<>();
    for (Predicate<?> filter : filters) {
      StringBuilder condition = new StringBuilder();
      Translator.where(filter, m, alias, condition, parameters);
      conditions.add(condition.toString());
    }
    for (QuerySpec.Existence existence : existences) {
      conditions.add(exists(existence, alias + conditions.size(), alias, parameters));
    }
    return String.join(" AND ", conditions);
  }

  /** An existence filter as SQL on the owner alias {@code owner}. */
  private String exists(
      QuerySpec.Existence existence, String inner, String owner, Parameters parameters) {
    QuerySpec<?> related = existence.spec();
    if (related.limit() == 0) {
      return existence.present() ? "1 = 0" : "1 = 1";
    }
    Mapping<?> target = mapping(existence.relation().target());
    String from = relatedFrom(existence.relation(), owner, inner);
    StringBuilder where = new StringBuilder();
    List<Predicate<?>> filters = new ArrayList<>(related.filters());
    String nested = conditions(target, inner, filters, related.existence(), parameters);
    if (!nested.isEmpty()) {
      where.append(" AND ").append(nested);
    }
    String not = existence.present() ? "" : "NOT ";
    if (related.offset() > 0) {
      // At least offset + 1 related rows, for this owner alone.
      parameters.add(related.offset());
      return not + "((SELECT COUNT(*) " + from + where + ") > ?)";
    }
    return not + "EXISTS (SELECT 1 " + from + where + ")";
  }

  /**
   * {@code FROM target inner WHERE <join to owner alias>} for {@code relation}, the related rows of
   * one owner row.
   */
  private String relatedFrom(Relation<?, ?> relation, String owner, String inner) {
    Mapping<?> target = mapping(relation.target());
    Mapping<?> from = mapping(relation.owner());
    String rows = "FROM " + target.table + " " + inner + " WHERE ";
    if (relation instanceof HasManyByRelation<?, ?> by) {
      return rows
          + column(inner, target, by.ownerKey())
          + " = ANY("
          + column(owner, from, by.foreignKey())
          + ")";
    }
    if (relation instanceof DirectRelation<?, ?> direct) {
      return rows
          + column(inner, target, direct.targetColumn())
          + " = "
          + column(owner, from, direct.ownerColumn());
    }
    HasManyThroughRelation<?, ?, ?> through = (HasManyThroughRelation<?, ?, ?>) relation;
    Mapping<?> middle = mapping(through.through());
    String m = inner + "m";
    return "FROM "
        + middle.table
        + " "
        + m
        + " JOIN "
        + target.table
        + " "
        + inner
        + " ON "
        + column(inner, target, through.secondKey())
        + " = "
        + column(m, middle, through.secondLocalKey())
        + " WHERE "
        + column(m, middle, through.firstKey())
        + " = "
        + column(owner, from, through.localKey());
  }

  /** {@code alias.column}, the column of {@code m}. */
  private static String column(String alias, Mapping<?> m, Column<?> column) {
    return alias + "." + m.name(column);
  }

  /** The rows of {@code rows} that pass the conditions and existence filters left to Java. */
  @SuppressWarnings("unchecked")
  <T> List<T> accept(Session session, Split<T> split, List<T> rows) {
    List<T> accepted = new ArrayList<>(rows.size());
    outer:
    for (T row : rows) {
      for (Predicate<? super T> filter : split.javaFilters()) {
        if (!filter.test(row)) {
          continue outer;
        }
      }
      accepted.add(row);
    }
    for (QuerySpec.Existence existence : split.javaExistence()) {
      if (accepted.isEmpty()) {
        break;
      }
      Relation<T, Object> relation = (Relation<T, Object>) existence.relation();
      List<List<Object>> related =
          loads.selectRelated(session, relation, (QuerySpec<Object>) existence.spec(), accepted);
      List<T> kept = new ArrayList<>(accepted.size());
      for (int i = 0; i < accepted.size(); i++) {
        if (!related.get(i).isEmpty() == existence.present()) {
          kept.add(accepted.get(i));
        }
      }
      accepted = kept;
    }
    return accepted;
  }
}
