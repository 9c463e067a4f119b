package dev.relata.internal;

/**
 * The stored values of one row, by column ordinal (the {@link Column#ordinal()} of the entity's
 * columns, from 0), as a backend holds them that keeps rows elsewhere (a SQL result, a JSON
 * document): what {@link EntityType#create(RowSource)} builds an instance from.
 *
 * <p>The generated {@code create} reads the column of each primitive field with the getter of its
 * type ({@code short} and {@code byte} through {@link #getInt}, {@code char} through {@link #get}),
 * so that a row becomes an instance without a boxed value or an array per row; every other field,
 * nullable or not, through {@link #get}, which gives the field's value (decoded as its codec says)
 * or {@code null}. A typed getter is called only for the column of a primitive field, which holds
 * no null. Each column is read once. A source may throw an unchecked exception of its own from any
 * getter; {@code create} lets it through.
 */
public interface RowSource {
  /** The value of the {@code long} field of column {@code column}. */
  long getLong(int column);

  /** The value of the {@code int}, {@code short} or {@code byte} field of column {@code column}. */
  int getInt(int column);

  /** The value of the {@code double} field of column {@code column}. */
  double getDouble(int column);

  /** The value of the {@code float} field of column {@code column}. */
  float getFloat(int column);

  /** The value of the {@code boolean} field of column {@code column}. */
  boolean getBoolean(int column);

  /**
   * The value of the field of column {@code column}, of the field's type, or {@code null}: for
   * every field that is not of a primitive type read by a typed getter.
   */
  Object get(int column);
}
