package dev.relata.jdbc;

import dev.relata.RelataException;
import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.Column;
import dev.relata.internal.DirectRelation;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.IndexSpec;
import dev.relata.internal.JsonSupport;
import dev.relata.internal.Relation;
import dev.relata.internal.RowSink;
import dev.relata.internal.RowSource;
import dev.relata.internal.ValueCodec;
import dev.relata.internal.ValueCodecs;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One entity as a table: its name and its columns' names and SQL types (from the generated metadata
 * only, never from values), the DDL that creates it, and how a row is bound to a statement and read
 * from a result.
 *
 * <p>Implementation notes. Every table has, besides a column per stored field, {@value #ORDER}: an
 * identity column that numbers rows as they are first inserted. Reads order by it, so that "in
 * insertion order" means what it means in memory, and an upsert of a stored key leaves it, so that
 * a replaced row keeps its place. A {@code @HasManyBy} key list is an array column: it keeps its
 * order and its repeats. Numeric keys come from a sequence per table ({@link #sequence}).
 *
 * @param <T> the entity
 */
final class Mapping<T> {
  /**
   * The column that numbers rows in insertion order; a field whose column it would be is refused.
   */
  static final String ORDER = "relata_order";

  final EntityType<T, ?> type;
  final Dialect dialect;
  final String table;
  final String sequence;
  final String order;
  private final String rawTable;
  private final List<Column<T>> columns;
  private final String[] names;
  private final SqlType[] types;

  /** The element type of an array column (a {@code @HasManyBy} key list), else null. */
  private final SqlType[] elements;

  /**
   * The SQL type of a column whose value is read as it is (no array, text form or JSON), else null;
   * and whether it holds no null (the key's column, a primitive field's): what {@link Reader#get}
   * needs per column, looked up once per column and row.
   */
  private final SqlType[] readAsIs;

  private final boolean[] notNull;

  final String key;

  /** Every column of a row, comma-separated, qualified by {@code t}. */
  final String selectList;

  /**
   * {@link #selectList} and then {@value #ORDER}: a row and its place in insertion order, read with
   * {@link #read} and {@link #readPlace}.
   */
  final String selectListAndPlace;

  /** The query of the row with the key bound first. */
  final String findSql;

  Mapping(EntityType<T, ?> type, Dialect dialect) {
    this.type = type;
    this.dialect = dialect;
    this.rawTable = SqlNames.snake(type.name());
    this.table = dialect.quote(rawTable);
    this.sequence = dialect.quote(rawTable + "_key_seq");
    this.order = dialect.quote(ORDER);
    this.columns = type.columns();
    int n = columns.size();
    this.names = new String[n];
    this.types = new SqlType[n];
    this.elements = new SqlType[n];
    for (Column<T> column : columns) {
      int i = column.ordinal();
      String raw = SqlNames.snake(column.name());
      if (raw.equals(ORDER)) {
        throw new RelataException(
            type.name()
                + "."
                + column.name()
                + " would be the column "
                + ORDER
                + ", which JdbcStore keeps for the insertion order; rename the field");
      }
      names[i] = dialect.quote(raw);
      types[i] = dialect.storedAs(SqlType.of(column.codec()));
    }
    for (Relation<T, ?> relation : type.relations()) {
      if (relation instanceof HasManyByRelation<T, ?> by) {
        elements[by.foreignKey().ordinal()] = SqlType.of(by.ownerKey().codec());
      }
    }
    this.readAsIs = new SqlType[n];
    this.notNull = new boolean[n];
    for (Column<T> column : columns) {
      int i = column.ordinal();
      boolean textOrJson = types[i] == SqlType.TEXT_FORM || types[i] == SqlType.JSON;
      readAsIs[i] = elements[i] != null || textOrJson ? null : types[i];
      // The key's column is NOT NULL too (the primary key): no wasNull() for a boxed key.
      notNull[i] = column.primitive() || column == type.key();
    }
    this.key = names[type.key().ordinal()];
    StringBuilder select = new StringBuilder();
    for (int i = 0; i < n; i++) {
      select.append(i == 0 ? "" : ", ").append("t.").append(names[i]);
    }
    this.selectList = select.toString();
    this.selectListAndPlace = selectList + ", t." + order;
    this.findSql = "SELECT " + selectList + " FROM " + table + " t WHERE t." + key + " = ?";
  }

  /** The column of the field {@code name}, or null. */
  Column<T> column(String name) {
    for (Column<T> column : columns) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    return null;
  }

  /** Whether {@code column} is an array column (a {@code @HasManyBy} key list). */
  boolean isArray(Column<?> column) {
    return elements[column.ordinal()] != null;
  }

  /** The quoted name of {@code column}. */
  String name(Column<?> column) {
    return names[column.ordinal()];
  }

  /** The SQL type of {@code column}; for an array column, of its elements. */
  SqlType sqlType(Column<?> column) {
    int i = column.ordinal();
    return elements[i] != null ? elements[i] : types[i];
  }

  /** The quoted names of every column, in declaration order. */
  List<String> names() {
    return Arrays.asList(names);
  }

  // ---- DDL ----

  /**
   * The statements that create the table, its key sequence and its indexes: on the columns that
   * relations match on ({@code indexed}, from the whole relation graph) and the foreign keys it
   * holds. Each creates only what is missing.
   */
  List<String> ddl(Set<Column<T>> indexed) {
    List<String> ddl = new ArrayList<>();
    StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table);
    create.append(" (\n");
    for (Column<T> column : columns) {
      int i = column.ordinal();
      String sqlType =
          elements[i] != null ? dialect.arrayType(elements[i]) : dialect.typeName(types[i]);
      create.append("  ").append(names[i]).append(' ').append(sqlType);
      if (column == type.key()) {
        create.append(" NOT NULL PRIMARY KEY");
      } else if (column.primitive()) {
        create.append(" NOT NULL");
      }
      create.append(",\n");
    }
    create.append("  ").append(order).append(' ').append(dialect.identity()).append("\n)");
    ddl.add(create.toString());
    if (type.keyKind().numeric()) {
      ddl.add("CREATE SEQUENCE IF NOT EXISTS " + sequence);
    }
    ddl.add(index(ORDER, order, false));
    Set<Column<T>> all = new LinkedHashSet<>(indexed);
    for (Relation<T, ?> relation : type.relations()) {
      if (relation instanceof BelongsToRelation<T, ?> belongsTo) {
        all.add(belongsTo.foreignKey());
      }
    }
    for (IndexSpec<T> declared : type.declaredIndexes()) {
      all.remove(declared.column());
    }
    for (Column<T> column : all) {
      if (column != type.key()) {
        ddl.add(index(SqlNames.snake(column.name()), names[column.ordinal()], false));
      }
    }
    for (IndexSpec<T> declared : type.declaredIndexes()) {
      Column<T> column = declared.column();
      String raw = SqlNames.snake(column.name());
      ddl.add(
          declared.isUnique()
              ? dialect.uniqueConstraint(table, dialect.quote(indexName(raw)), name(column))
              : index(raw, name(column), false));
    }
    return ddl;
  }

  /** The name of the index on the column {@code raw} (snake_case). */
  String indexName(String raw) {
    return rawTable + "_" + raw + "_idx";
  }

  /** The column whose unique index the database message {@code message} names, or null. */
  Column<T> uniqueColumnIn(String message) {
    String text = message.toLowerCase(java.util.Locale.ROOT);
    for (IndexSpec<T> declared : type.declaredIndexes()) {
      if (declared.isUnique()
          && text.contains(indexName(SqlNames.snake(declared.column().name())))) {
        return declared.column();
      }
    }
    return null;
  }

  private String index(String raw, String column, boolean unique) {
    return "CREATE "
        + (unique ? "UNIQUE " : "")
        + "INDEX IF NOT EXISTS "
        + dialect.quote(indexName(raw))
        + " ON "
        + table
        + " ("
        + column
        + ")";
  }

  /** The columns of the target of {@code relation} that its lookups match on. */
  static void indexedColumns(Relation<?, ?> relation, IndexSink sink) {
    if (relation instanceof DirectRelation<?, ?> direct) {
      sink.add(direct.target(), direct.targetColumn());
    } else if (relation instanceof HasManyThroughRelation<?, ?, ?> through) {
      sink.add(through.through(), through.firstKey());
      sink.add(through.target(), through.secondKey());
    }
  }

  /** Collects the columns to index, per entity. */
  interface IndexSink {
    void add(EntityType<?, ?> type, Column<?> column);
  }

  // ---- Rows ----

  /** A writer of rows of this entity into the parameters of {@code statement}. */
  Writer writer(PreparedStatement statement, Codecs codecs) {
    return new Writer(statement, codecs);
  }

  /**
   * Binds rows: the parameters of a statement, as a {@link RowSink}, for the generated {@link
   * EntityType#write}, which hands over each column of a row as it reads it. Column {@code c} of
   * the entity is parameter {@code first + c}. A primitive field's value is bound with the setter
   * of its type ({@code short} and {@code byte}, handed over as {@code int}, with {@code setShort}
   * as {@link SqlType#bind} binds them); every other value through {@link #bindValue}, as a single
   * value is bound. One writer serves the rows of a statement one after the other (no object per
   * row). A {@link SQLException} leaves a setter as a {@link SqlFailure}, which {@code write}
   * unwraps.
   */
  final class Writer implements RowSink {
    private final PreparedStatement statement;
    private final Codecs codecs;
    private int first;

    private Writer(PreparedStatement statement, Codecs codecs) {
      this.statement = statement;
      this.codecs = codecs;
    }

    /**
     * Binds the columns of {@code row} from parameter {@code first} on, in declaration order, and
     * returns the next parameter's index.
     */
    int write(T row, int first) throws SQLException {
      this.first = first;
      try {
        type.write(row, this);
      } catch (SqlFailure e) {
        throw e.getCause(); // a setter's, from the statement
      }
      return first + columns.size();
    }

    @Override
    public void setLong(int column, long value) {
      try {
        statement.setLong(first + column, value);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public void setInt(int column, int value) {
      try {
        if (types[column] == SqlType.INTEGER) {
          statement.setInt(first + column, value);
        } else {
          statement.setShort(first + column, (short) value); // SMALLINT, TINYINT
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public void setDouble(int column, double value) {
      try {
        statement.setDouble(first + column, value);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public void setFloat(int column, float value) {
      try {
        statement.setFloat(first + column, value);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public void setBoolean(int column, boolean value) {
      try {
        statement.setBoolean(first + column, value);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public void set(int column, Object value) {
      try {
        bindValue(statement, first + column, columns.get(column), value, codecs);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }
  }

  /** Binds {@code value}, a value of {@code column}: a single value, or a column of a row. */
  @SuppressWarnings("unchecked")
  void bindValue(
      PreparedStatement statement, int index, Column<?> column, Object value, Codecs codecs)
      throws SQLException {
    int i = column.ordinal();
    SqlType sqlType = types[i];
    if (value == null) {
      statement.setNull(index, elements[i] != null ? java.sql.Types.ARRAY : sqlType.jdbcType);
    } else if (elements[i] != null) {
      statement.setArray(
          index, codecs.array(statement.getConnection(), elements[i], (List<?>) value));
    } else if (sqlType == SqlType.TEXT_FORM) {
      statement.setString(index, ((ValueCodecs.Scalar<Object>) column.codec()).format(value));
    } else if (sqlType == SqlType.JSON) {
      statement.setString(
          index, codecs.json.valueToJson((ValueCodec<Object>) column.codec(), value));
    } else {
      sqlType.bind(statement, index, value);
    }
  }

  /**
   * Whether the key is a {@code long} or {@code int} column, which {@link #bindNumberKey} binds.
   */
  boolean keyBindsAsNumber() {
    SqlType keyType = types[type.key().ordinal()];
    return keyType == SqlType.BIGINT || keyType == SqlType.INTEGER;
  }

  /**
   * Binds the numeric key {@code key} as parameter {@code index}, without boxing it; an {@code int}
   * key's {@code key} is in range (the generated {@code find(int)} widened it).
   */
  void bindNumberKey(PreparedStatement statement, int index, long key) throws SQLException {
    if (types[type.key().ordinal()] == SqlType.BIGINT) {
      statement.setLong(index, key);
    } else {
      statement.setInt(index, (int) key);
    }
  }

  /** The key in column {@code index} of the current row of {@code result}. */
  Object readKey(ResultSet result, int index, Codecs codecs) throws SQLException {
    return readValue(result, index, type.key(), codecs);
  }

  /**
   * A new row from the columns of the current row of {@code result}, from column {@code first} (see
   * {@link Reader#read}).
   */
  T read(ResultSet result, int first, Codecs codecs) throws SQLException {
    return new Reader(codecs).read(result, first);
  }

  /** A reader of rows of this entity, for the rows of one operation, one after the other. */
  Reader reader(Codecs codecs) {
    return new Reader(codecs);
  }

  /** The values of the current row of {@code result}, from column {@code first}, boxed. */
  private Object[] values(ResultSet result, int first, Codecs codecs) throws SQLException {
    Object[] values = new Object[columns.size()];
    for (Column<T> column : columns) {
      int i = column.ordinal();
      values[i] = readValue(result, first + i, column, codecs);
    }
    return values;
  }

  /**
   * Reads rows: the current row of a result, as a {@link RowSource}, for the generated {@link
   * EntityType#create(RowSource)}, which reads each column straight from the result. Column {@code
   * c} of the entity is column {@code first + c} of the result. A primitive field's column is read
   * with the getter of its type ({@code NOT NULL}, so without {@code wasNull()}); every other
   * column through {@code readValue}, which decodes text forms, JSON and arrays and gives {@code
   * null} for SQL NULL. One reader serves the rows of an operation one after the other (no object
   * per row); a query that entity code starts meanwhile makes its own. A {@link SQLException}
   * leaves a getter as a {@link SqlFailure}, which {@code read} unwraps.
   */
  final class Reader implements RowSource {
    private final Codecs codecs;
    private ResultSet result;
    private int first;

    private Reader(Codecs codecs) {
      this.codecs = codecs;
    }

    /**
     * A new row from the columns of the current row of {@code result}, from column {@code first}.
     * If the entity refuses the values, fails with a {@link RelataException} that names them (read
     * again then, only to say what they were).
     */
    T read(ResultSet result, int first) throws SQLException {
      this.result = result;
      this.first = first;
      try {
        return type.create(this);
      } catch (SqlFailure e) {
        throw e.getCause(); // a getter's, from the result
      } catch (RuntimeException e) {
        throw new RelataException(
            "could not make a "
                + type.name()
                + " from its row "
                + Arrays.toString(values(result, first, codecs))
                + ": "
                + e,
            e);
      }
    }

    @Override
    public long getLong(int column) {
      try {
        return result.getLong(first + column);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public int getInt(int column) {
      try {
        return result.getInt(first + column);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public double getDouble(int column) {
      try {
        return result.getDouble(first + column);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public float getFloat(int column) {
      try {
        return result.getFloat(first + column);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public boolean getBoolean(int column) {
      try {
        return result.getBoolean(first + column);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }

    @Override
    public Object get(int column) {
      try {
        SqlType asIs = readAsIs[column];
        return asIs != null
            ? asIs.read(result, first + column, notNull[column])
            : readValue(result, first + column, columns.get(column), codecs);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }
  }

  /**
   * The place in insertion order of the current row of {@code result}, read with {@link
   * #selectListAndPlace}: the column after the row's.
   */
  long readPlace(ResultSet result) throws SQLException {
    return result.getLong(columns.size() + 1);
  }

  private Object readValue(ResultSet result, int index, Column<T> column, Codecs codecs)
      throws SQLException {
    int i = column.ordinal();
    if (elements[i] != null) {
      Array array = result.getArray(index);
      if (array == null) {
        return null;
      }
      Object[] items = (Object[]) array.getArray();
      List<Object> list = new ArrayList<>(items.length);
      for (Object item : items) {
        list.add(elements[i] == SqlType.INTEGER && item instanceof Number n ? n.intValue() : item);
      }
      return list;
    }
    Object value = types[i].read(result, index, notNull[i]);
    if (value == null) {
      return null;
    }
    if (types[i] == SqlType.TEXT_FORM) {
      return ((ValueCodecs.Scalar<?>) column.codec()).parse((String) value);
    }
    if (types[i] == SqlType.JSON) {
      return codecs.json.valueFromJson(column.codec(), (String) value);
    }
    return value;
  }

  /** What binding and reading need beyond the mapping: JSON text and SQL arrays. */
  static final class Codecs {
    final JsonSupport json;
    final Dialect dialect;

    Codecs(JsonSupport json, Dialect dialect) {
      this.json = json;
      this.dialect = dialect;
    }

    Array array(Connection connection, SqlType element, List<?> values) throws SQLException {
      return connection.createArrayOf(dialect.arrayElement(element), values.toArray());
    }
  }

  @Override
  public String toString() {
    return table;
  }
}
