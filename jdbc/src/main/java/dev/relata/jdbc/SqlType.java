package dev.relata.jdbc;

import dev.relata.internal.ValueCodec;
import dev.relata.internal.ValueCodecs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The SQL form of a field type, found from the field's codec: how a value is bound to a statement
 * and read from a result. Numbers, strings, booleans, {@code UUID}, {@code BigDecimal}, {@code
 * BigInteger}, {@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime} and
 * {@code byte[]} have column types of their own; other values with a text form (enums by name, the
 * other {@code java.time} types, {@code ZoneId}...) are that text; collections, maps and any other
 * type are JSON text.
 */
enum SqlType {
  BIGINT(Types.BIGINT, true),
  INTEGER(Types.INTEGER, true),
  SMALLINT(Types.SMALLINT, true),
  TINYINT(Types.SMALLINT),
  DOUBLE(Types.DOUBLE),
  REAL(Types.REAL),
  BOOLEAN(Types.BOOLEAN),
  TEXT(Types.VARCHAR, true),
  CHAR(Types.VARCHAR),
  DECIMAL(Types.NUMERIC),
  BIG_INTEGER(Types.NUMERIC),
  UUID(Types.OTHER, true),
  TIMESTAMP_TZ(Types.TIMESTAMP_WITH_TIMEZONE),
  TIMESTAMP(Types.TIMESTAMP),
  DATE(Types.DATE),
  TIME(Types.TIME),
  BYTES(Types.VARBINARY),
  /** A value written as its text form by a {@link ValueCodecs.Scalar}. */
  TEXT_FORM(Types.VARCHAR),
  /** A value written as JSON text by its codec. */
  JSON(Types.VARCHAR);

  private static final Map<ValueCodec<?>, SqlType> NATIVE = new IdentityHashMap<>();

  static {
    NATIVE.put(ValueCodecs.LONG, BIGINT);
    NATIVE.put(ValueCodecs.INTEGER, INTEGER);
    NATIVE.put(ValueCodecs.SHORT, SMALLINT);
    NATIVE.put(ValueCodecs.BYTE, TINYINT);
    NATIVE.put(ValueCodecs.DOUBLE, DOUBLE);
    NATIVE.put(ValueCodecs.FLOAT, REAL);
    NATIVE.put(ValueCodecs.BOOLEAN, BOOLEAN);
    NATIVE.put(ValueCodecs.STRING, TEXT);
    NATIVE.put(ValueCodecs.CHARACTER, CHAR);
    NATIVE.put(ValueCodecs.BIG_DECIMAL, DECIMAL);
    NATIVE.put(ValueCodecs.BIG_INTEGER, BIG_INTEGER);
    NATIVE.put(ValueCodecs.UUID, UUID);
    NATIVE.put(ValueCodecs.INSTANT, TIMESTAMP_TZ);
    NATIVE.put(ValueCodecs.LOCAL_DATE_TIME, TIMESTAMP);
    NATIVE.put(ValueCodecs.LOCAL_DATE, DATE);
    NATIVE.put(ValueCodecs.LOCAL_TIME, TIME);
    NATIVE.put(ValueCodecs.BYTES, BYTES);
  }

  /** The {@link Types} code for binding {@code null}. */
  final int jdbcType;

  /**
   * Whether a list of values of this type is bound as a SQL array of them, as {@link
   * Mapping.Codecs#array} makes it: the types of keys (numbers, text, {@code UUID}).
   */
  final boolean arrays;

  SqlType(int jdbcType) {
    this(jdbcType, false);
  }

  SqlType(int jdbcType, boolean arrays) {
    this.jdbcType = jdbcType;
    this.arrays = arrays;
  }

  /** The SQL form of values of {@code codec}. */
  static SqlType of(ValueCodec<?> codec) {
    SqlType type = NATIVE.get(codec);
    if (type != null) {
      return type;
    }
    return codec instanceof ValueCodecs.Scalar<?> ? TEXT_FORM : JSON;
  }

  /**
   * Binds {@code value}, a value of this type that is not {@code null} and not of the text forms
   * (those are bound as strings).
   */
  void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    switch (this) {
      case BIGINT -> statement.setLong(index, (Long) value);
      case INTEGER -> statement.setInt(index, (Integer) value);
      case SMALLINT -> statement.setShort(index, (Short) value);
      case TINYINT -> statement.setShort(index, (Byte) value);
      case DOUBLE -> statement.setDouble(index, (Double) value);
      case REAL -> statement.setFloat(index, (Float) value);
      case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
      case TEXT -> statement.setString(index, (String) value);
      case CHAR -> statement.setString(index, charText((Character) value));
      case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
      case BIG_INTEGER -> statement.setBigDecimal(index, new BigDecimal((BigInteger) value));
      case TIMESTAMP_TZ ->
          statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
      case BYTES -> statement.setBytes(index, (byte[]) value);
      default -> statement.setObject(index, value); // UUID and the local java.time types
    }
  }

  /**
   * The text that holds {@code c}: the character itself, but for {@code '\0'} (a {@code char}
   * field's default), which is the empty text. PostgreSQL's text holds no NUL character and refuses
   * it with an encoding error; and no other character is ever stored as the empty text, so reading
   * it back as {@code '\0'} loses nothing, on either database. It sorts first, as {@code '\0'} does
   * among characters.
   */
  static String charText(char c) {
    return c == '\0' ? "" : String.valueOf(c);
  }

  /**
   * The value of column {@code index} of the current row, or {@code null} unless {@code notNull}
   * (the column of a primitive field or of the key, which holds no null).
   */
  Object read(ResultSet result, int index, boolean notNull) throws SQLException {
    // A getter of a primitive reads SQL NULL as 0 or false, so only those values need wasNull()
    // (a JDBC call per column and row); the other getters return null themselves.
    return switch (this) {
      case BIGINT -> {
        long value = result.getLong(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case INTEGER -> {
        int value = result.getInt(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case SMALLINT -> {
        short value = result.getShort(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case TINYINT -> {
        byte value = (byte) result.getShort(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case DOUBLE -> {
        double value = result.getDouble(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case REAL -> {
        float value = result.getFloat(index);
        yield value == 0 && !notNull && result.wasNull() ? null : value;
      }
      case BOOLEAN -> {
        boolean value = result.getBoolean(index);
        yield !value && !notNull && result.wasNull() ? null : value;
      }
      case TEXT, TEXT_FORM, JSON -> result.getString(index);
      case CHAR -> {
        String text = result.getString(index);
        yield text == null ? null : text.isEmpty() ? '\0' : text.charAt(0);
      }
      case DECIMAL -> result.getBigDecimal(index);
      case BIG_INTEGER -> {
        BigDecimal decimal = result.getBigDecimal(index);
        yield decimal == null ? null : decimal.toBigIntegerExact();
      }
      case UUID -> result.getObject(index, java.util.UUID.class);
      case TIMESTAMP_TZ -> {
        OffsetDateTime time = result.getObject(index, OffsetDateTime.class);
        yield time == null ? null : time.toInstant();
      }
      case TIMESTAMP -> result.getObject(index, LocalDateTime.class);
      case DATE -> result.getObject(index, LocalDate.class);
      case TIME -> result.getObject(index, LocalTime.class);
      case BYTES -> result.getBytes(index);
    };
  }
}
