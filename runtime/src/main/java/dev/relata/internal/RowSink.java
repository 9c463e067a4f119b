package dev.relata.internal;

/**
 * Where the stored values of one row go, by column ordinal (the {@link Column#ordinal()} of the
 * entity's columns, from 0), for a backend that keeps rows elsewhere (the parameters of a SQL
 * statement): what {@link EntityType#write} hands them to. The mirror of {@link RowSource}.
 *
 * <p>The generated {@code write} reads each stored field of the row once and hands the value of a
 * primitive field to the setter of its type ({@code short} and {@code byte} to {@link #setInt},
 * {@code char} to {@link #set}, as {@link RowSource} reads them), so that a row is written without
 * a boxed value or an array per row; every other field, nullable or not, to {@link #set}, which
 * takes the field's value (to be encoded as its codec says) or {@code null}. A typed setter is
 * called only for the column of a primitive field. A sink may throw an unchecked exception of its
 * own from any setter; {@code write} lets it through.
 */
public interface RowSink {
  /** Takes {@code value}, the value of the {@code long} field of column {@code column}. */
  void setLong(int column, long value);

  /**
   * Takes {@code value}, the value of the {@code int}, {@code short} or {@code byte} field of
   * column {@code column}.
   */
  void setInt(int column, int value);

  /** Takes {@code value}, the value of the {@code double} field of column {@code column}. */
  void setDouble(int column, double value);

  /** Takes {@code value}, the value of the {@code float} field of column {@code column}. */
  void setFloat(int column, float value);

  /** Takes {@code value}, the value of the {@code boolean} field of column {@code column}. */
  void setBoolean(int column, boolean value);

  /**
   * Takes {@code value}, the value of the field of column {@code column}, of the field's type, or
   * {@code null}: for every field that is not of a primitive type handed to a typed setter.
   */
  void set(int column, Object value);
}
