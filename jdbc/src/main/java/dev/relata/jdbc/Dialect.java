package dev.relata.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What differs between the SQL of the databases {@link JdbcStore} speaks: names, types, upserts,
 * sequences, and how a list of keys is bound. Chosen from the connection's metadata.
 */
abstract class Dialect {
  /** The dialect of the database {@code connection} leads to. */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String name = product.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return new Postgres();
    }
    if (name.equals("h2")) {
      return new H2();
    }
    throw new IllegalArgumentException(
        "JdbcStore speaks PostgreSQL (and the databases that speak its SQL) and H2, not "
            + product);
  }

  /** The name of the database, for messages. */
  abstract String name();

  /** {@code name} (snake_case, from generated metadata only) as a quoted identifier. */
  abstract String quote(String name);

  /** The column type of values of {@code type}. */
  abstract String typeName(SqlType type);

  /** The element type name for {@link java.sql.Connection#createArrayOf}. */
  abstract String arrayElement(SqlType type);

  /** The type of an array column of {@code element}s. */
  abstract String arrayType(SqlType element);

  /** How values of {@code type} are stored: as they are, unless the database would change them. */
  SqlType storedAs(SqlType type) {
    return type;
  }

  /**
   * The statement that makes {@code column} of {@code table} unique, if it is not yet: checked when
   * the transaction commits where the database can, so that one write may swap two rows' values.
   */
  abstract String uniqueConstraint(String table, String name, String column);

  /** An identity column that numbers rows in insertion order. */
  String identity() {
    return "BIGINT GENERATED ALWAYS AS IDENTITY";
  }

  /**
   * The query of the {@value Mapping#ORDER} identity's sequence of the table bound first, the
   * column's name bound second, and the sequence's step; null where new rows take the identity's
   * default ({@link Places}).
   */
  String placeSequence() {
    return null;
  }

  /**
   * The query that draws numbers from the sequence whose name is bound first, as many as bound
   * second, one a row; null where new rows take the identity's default ({@link Places}).
   */
  String drawPlaces() {
    return null;
  }

  /**
   * The statement that inserts a row of {@code columns} into {@code table} or, if a row with its
   * key exists, sets every column of it but the key and leaves its place in insertion order.
   */
  abstract String upsert(String table, String key, List<String> columns);

  /** A query of new numbers from {@code sequence}, one a row, as many as bound first. */
  abstract String nextNumbers(String sequence);

  /**
   * Makes the next number of {@code sequence} greater than {@code above}, if it is not already, on
   * {@code connection}, in the running write's transaction; returns the next number it had before,
   * which no key of the table reached when the raise began (see {@link SqlRows}), or {@link
   * Long#MAX_VALUE} where it cannot tell.
   */
  abstract long raise(Connection connection, String sequence, long above) throws SQLException;

  /** What orders text by code point, as {@code String.compareTo} does: appended to a column. */
  String binaryCollation() {
    return "";
  }

  /**
   * Whether the page of each owner of a load ({@code withComments(c -> c.orderBy(..).limit(3))}) is
   * taken in SQL, with {@code ROW_NUMBER() OVER (PARTITION BY ...)}, rather than from the ordered
   * rows in Java.
   */
  boolean pagesPerOwner() {
    return true;
  }

  /**
   * Whether a query whose only order is insertion order is sent without {@code ORDER BY}, its rows
   * read with their place in that order and put in it in Java ({@link InsertionOrder}), rather
   * than ordered by the database.
   */
  boolean insertionOrderInJava() {
    return false;
  }

  /** The most values in one {@code IN} list (for keys of types SQL arrays do not hold). */
  int inListLimit() {
    return SqlBackend.BATCH;
  }

  /**
   * Whether a read of the rows whose column is one of many values (more than one {@code IN} list
   * holds, and a good part of the rows they were taken from) scans the rows whose column is not
   * null instead, the rows of other values left out in Java: where that is cheaper than the lists,
   * and counting a table's rows costs no scan.
   */
  boolean scansForManyValues() {
    return false;
  }

  /** The most values one array parameter may hold; 0 where a set of keys is an {@code IN} list. */
  int arrayLimit() {
    return Integer.MAX_VALUE;
  }

  /**
   * The statement that sets the isolation level ({@link Connection#TRANSACTION_SERIALIZABLE} or
   * {@link Connection#TRANSACTION_REPEATABLE_READ}) of the transaction it starts, and whether it
   * only reads; or null where it is set through JDBC.
   */
  String startTransaction(int isolation, boolean readOnly) {
    return null;
  }

  /** A condition that {@code column} equals one of the values of the array bound there. */
  String inArray(String column) {
    return column + " = ANY(?)";
  }

  /** Whether an exception's SQL state says that a unique constraint was violated. */
  boolean uniqueViolation(String state) {
    return "23505".equals(state);
  }

  /** Whether an exception's SQL state says that a concurrent write conflicted with this one. */
  boolean conflict(String state) {
    return "40001".equals(state) || "40P01".equals(state);
  }

  /** PostgreSQL, and the databases that speak its SQL. */
  static final class Postgres extends Dialect {
    @Override
    String name() {
      return "PostgreSQL";
    }

    @Override
    String quote(String name) {
      return '"' + name + '"';
    }

    @Override
    String binaryCollation() {
      return " COLLATE \"C\"";
    }

    @Override
    String startTransaction(int isolation, boolean readOnly) {
      return "SET TRANSACTION ISOLATION LEVEL "
          + (isolation == Connection.TRANSACTION_SERIALIZABLE ? "SERIALIZABLE" : "REPEATABLE READ")
          + (readOnly ? " READ ONLY" : "");
    }

    /** A deferred constraint (a unique index would be checked row by row). */
    @Override
    String uniqueConstraint(String table, String name, String column) {
      return "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '"
          + name.substring(1, name.length() - 1)
          + "' AND connamespace = current_schema()::regnamespace) THEN ALTER TABLE "
          + table
          + " ADD CONSTRAINT "
          + name
          + " UNIQUE ("
          + column
          + ") DEFERRABLE INITIALLY DEFERRED; END IF; END $$";
    }

    @Override
    String typeName(SqlType type) {
      return switch (type) {
        case BIGINT -> "BIGINT";
        case INTEGER -> "INTEGER";
        case SMALLINT, TINYINT -> "SMALLINT";
        case DOUBLE -> "DOUBLE PRECISION";
        case REAL -> "REAL";
        case BOOLEAN -> "BOOLEAN";
        case TEXT, CHAR, TEXT_FORM, JSON -> "TEXT";
        case DECIMAL, BIG_INTEGER -> "NUMERIC";
        case UUID -> "UUID";
        case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
        case TIMESTAMP -> "TIMESTAMP";
        case DATE -> "DATE";
        case TIME -> "TIME";
        case BYTES -> "BYTEA";
      };
    }

    @Override
    String arrayElement(SqlType type) {
      return typeName(type).toLowerCase(Locale.ROOT);
    }

    @Override
    String arrayType(SqlType element) {
      return typeName(element) + "[]";
    }

    @Override
    String upsert(String table, String key, List<String> columns) {
      StringBuilder sql = insert(table, columns);
      sql.append(" ON CONFLICT (").append(key).append(") DO ");
      List<String> rest = columns.stream().filter(c -> !c.equals(key)).toList();
      if (rest.isEmpty()) {
        return sql.append("NOTHING").toString();
      }
      sql.append("UPDATE SET ");
      for (int i = 0; i < rest.size(); i++) {
        sql.append(i == 0 ? "" : ", ")
            .append(rest.get(i))
            .append(" = EXCLUDED.")
            .append(rest.get(i));
      }
      return sql.toString();
    }

    @Override
    String nextNumbers(String sequence) {
      return "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
    }

    /** The places in insertion order one number of the identity's sequence stands for. */
    static final int PLACES_PER_DRAW = 1000;

    /**
     * Stepping by {@value #PLACES_PER_DRAW}: a run of new rows draws one number for each block of
     * that many rows and fills the column itself ({@link Places}, which says why order holds
     * across processes), where a step of 1 draws a number per row on the server (about a third of
     * a microsecond each). A row the default numbers spends a block; 64 bits hold 9 * 10^15 of them.
     */
    @Override
    String identity() {
      return "BIGINT GENERATED ALWAYS AS IDENTITY (INCREMENT BY " + PLACES_PER_DRAW + ")";
    }

    @Override
    String placeSequence() {
      return "SELECT s, (SELECT seqincrement FROM pg_sequence WHERE seqrelid = s::regclass)"
          + " FROM pg_get_serial_sequence(?, ?) s";
    }

    @Override
    String drawPlaces() {
      return "SELECT nextval(?::regclass) FROM generate_series(1, ?)";
    }

    /** The most numbers {@link #raise} draws one by one; above it, it sets the sequence. */
    static final long DRAWN = 100_000;

    /**
     * Draws numbers until the sequence has passed {@code above}: {@code nextval} only ever goes up,
     * whatever other connections draw meanwhile, so this can never hand out a number twice. A gap
     * larger than {@value #DRAWN} (an import of far larger keys) is set with {@code setval}
     * instead, under a transaction-level advisory lock that keeps two such raises apart; a
     * connection drawing numbers in the microseconds between its read and its write could then draw
     * a number again, which its insert (a plain {@code INSERT}) would refuse as a duplicate.
     */
    @Override
    long raise(Connection connection, String sequence, long above) throws SQLException {
      long next;
      try (var read =
              connection.prepareStatement(
                  "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "
                      + sequence);
          var result = read.executeQuery()) {
        result.next();
        next = result.getLong(1);
      }
      if (next > above) {
        return next;
      }
      if (above - next < DRAWN) {
        try (var draw =
            connection.prepareStatement(
                "SELECT max(nextval('" + sequence + "')) FROM generate_series(1, ?)")) {
          draw.setLong(1, above - next + 1);
          draw.execute();
        }
        return next;
      }
      try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        lock.setString(1, sequence);
        lock.execute();
      }
      try (var raise =
          connection.prepareStatement(
              "SELECT setval('"
                  + sequence
                  + "', ?) FROM "
                  + sequence
                  + " WHERE (is_called AND last_value < ?) OR (NOT is_called AND last_value <="
                  + " ?)")) {
        raise.setLong(1, above);
        raise.setLong(2, above);
        raise.setLong(3, above);
        raise.execute();
      }
      return next;
    }
  }

  /** H2, embedded (in memory or a file). */
  static final class H2 extends Dialect {
    @Override
    String name() {
      return "H2";
    }

    /**
     * With a cache of 1,000 numbers, where H2's default is 32: H2 writes a sequence's state into
     * its schema each time the cache is spent (6% of the samples of a save of 110,000 rows), and
     * one process hands out every number in order, whatever the cache (PostgreSQL's cache is per
     * connection, which would number rows out of insertion order there). After a crash the numbers
     * skip at most a cache's worth: they stay in order.
     */
    @Override
    String identity() {
      return "BIGINT GENERATED ALWAYS AS IDENTITY (CACHE 1000)";
    }

    /**
     * None: H2 runs {@code = ANY(?)} over a large array far slower than {@code IN} lists of bound
     * keys (the comments of 10,000 posts: seconds against a tenth of a second), so keys go in lists
     * of at most {@link #inListLimit}.
     */
    @Override
    int arrayLimit() {
      return 0;
    }

    /**
     * 100: H2 finds the rows of an {@code IN} list of bound keys through the index, then tests each
     * row against the whole list, one value after the other; lists of 1,000 took two to four times
     * as long as lists of 100 for the same keys (the comments of 10,000 posts, the posts of 1,000
     * users).
     */
    @Override
    int inListLimit() {
      return 100;
    }

    /**
     * Yes: a scan of a table reads a row in a fraction of what a row found through an {@code IN}
     * list costs (the 100,000 comments of 10,000 posts: about 20 ms scanned, 120 ms and more in
     * lists of 100), and H2 counts a table's rows without reading them.
     */
    @Override
    boolean scansForManyValues() {
      return true;
    }

    /**
     * Yes: asked for {@code ORDER BY relata_order}, H2 walks the index on that column and looks up
     * every row it names in the table, testing the conditions on each, rather than use the index
     * of the condition ({@code WHERE id IN (?, ...)} over the primary key) or a scan of the table
     * and a sort: in the benchmarks, each {@code IN} list of 1,000 post keys read all 10,000 posts
     * so, and a {@code WHERE views > ?} looked up every post. Unordered, it takes the plan of the
     * condition, and the rows mostly come in insertion order already (a table scan runs in key
     * order, which is insertion order where the keys came from the sequence), which Java checks in
     * one pass.
     */
    @Override
    boolean insertionOrderInJava() {
      return true;
    }

    /**
     * No: H2 runs the window function slower than it sorts the rows (the 3 newest comments of
     * each of 10,000 posts: twice as long in a check of the benchmarks' hand-written H2 code), and
     * the rows of a page per owner are few beside those it sorts anyway.
     */
    @Override
    boolean pagesPerOwner() {
      return false;
    }

    /** H2's decimal types do not keep a value's scale ({@code 1.0} comes back {@code 1}): text. */
    @Override
    SqlType storedAs(SqlType type) {
      return type == SqlType.DECIMAL ? SqlType.TEXT_FORM : type;
    }

    /** H2 has no deferred constraints: a unique index, checked row by row. */
    @Override
    String uniqueConstraint(String table, String name, String column) {
      return "CREATE UNIQUE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + column + ")";
    }

    /** Upper case, as H2 folds unquoted names: {@code SELECT * FROM blog_posts} finds it. */
    @Override
    String quote(String name) {
      return '"' + name.toUpperCase(Locale.ROOT) + '"';
    }

    @Override
    String typeName(SqlType type) {
      return switch (type) {
        case BIGINT -> "BIGINT";
        case INTEGER -> "INTEGER";
        case SMALLINT -> "SMALLINT";
        case TINYINT -> "TINYINT";
        case DOUBLE -> "DOUBLE PRECISION";
        case REAL -> "REAL";
        case BOOLEAN -> "BOOLEAN";
        case TEXT, CHAR, TEXT_FORM, JSON -> "CHARACTER VARYING";
        case DECIMAL -> "DECFLOAT";
        case BIG_INTEGER -> "NUMERIC(100000)";
        case UUID -> "UUID";
        case TIMESTAMP_TZ -> "TIMESTAMP(9) WITH TIME ZONE";
        case TIMESTAMP -> "TIMESTAMP(9)";
        case DATE -> "DATE";
        case TIME -> "TIME(9)";
        case BYTES -> "BINARY VARYING";
      };
    }

    @Override
    String arrayElement(SqlType type) {
      return typeName(type);
    }

    @Override
    String arrayType(SqlType element) {
      return typeName(element) + " ARRAY";
    }

    @Override
    String upsert(String table, String key, List<String> columns) {
      return "MERGE INTO "
          + table
          + " ("
          + String.join(", ", columns)
          + ") KEY ("
          + key
          + ") VALUES ("
          + "?, ".repeat(columns.size() - 1)
          + "?)";
    }

    @Override
    String nextNumbers(String sequence) {
      return "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }

    /** H2 is one process: the lock of this class keeps two raises of one JVM apart. */
    @Override
    long raise(Connection connection, String sequence, long above) throws SQLException {
      synchronized (H2.class) {
        long next;
        try (var read =
            connection.prepareStatement(
                "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND SEQUENCE_NAME = ?")) {
          read.setString(1, unquoted(sequence));
          try (var result = read.executeQuery()) {
            next = result.next() ? result.getLong(1) : Long.MAX_VALUE;
          }
        }
        if (next <= above) {
          try (var restart =
              connection.prepareStatement("ALTER SEQUENCE " + sequence + " RESTART WITH ?")) {
            restart.setLong(1, above == Long.MAX_VALUE ? above : above + 1);
            restart.execute();
          }
          if (above == Long.MAX_VALUE) {
            // Draw the last number, so that the sequence is spent, as the key space is.
            try (var draw = connection.prepareStatement("SELECT NEXT VALUE FOR " + sequence)) {
              draw.execute();
            }
          }
        }
        return next;
      }
    }

    private static String unquoted(String quoted) {
      return quoted.substring(1, quoted.length() - 1);
    }
  }

  /** The insert of {@code rows} rows of {@code columns} into {@code table}, every value bound. */
  static String insert(String table, List<String> columns, int rows) {
    return insert(table, columns, rows, false);
  }

  /**
   * As {@link #insert(String, List, int)}; with {@code overriding}, the last column is the {@value
   * Mapping#ORDER} identity, whose values are bound ({@link Places}).
   */
  static String insert(String table, List<String> columns, int rows, boolean overriding) {
    StringBuilder sql = insert(table, columns);
    if (overriding) {
      sql.insert(sql.indexOf(") VALUES (") + 1, " OVERRIDING SYSTEM VALUE");
    }
    String row = ", (" + "?, ".repeat(columns.size() - 1) + "?)";
    for (int i = 1; i < rows; i++) {
      sql.append(row);
    }
    return sql.toString();
  }

  static StringBuilder insert(String table, List<String> columns) {
    return new StringBuilder("INSERT INTO ")
        .append(table)
        .append(" (")
        .append(String.join(", ", columns))
        .append(") VALUES (")
        .append("?, ".repeat(columns.size() - 1))
        .append("?)");
  }
}
