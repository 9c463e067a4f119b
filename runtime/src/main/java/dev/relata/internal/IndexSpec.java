package dev.relata.internal;

/**
 * An index that an entity declares with {@code @Index} on a stored field, as generated code lists
 * it in {@link EntityType#indexes()}: {@code IndexSpec.on(Columns.SLUG).unique()}. Immutable.
 *
 * @param <T> the entity
 */
public final class IndexSpec<T> {
  private final Column<T> column;
  private final boolean unique;
  private final boolean sorted;

  private IndexSpec(Column<T> column, boolean unique, boolean sorted) {
    this.column = column;
    this.unique = unique;
    this.sorted = sorted;
  }

  /** A hash index on {@code column}, neither unique nor sorted. */
  public static <T> IndexSpec<T> on(Column<T> column) {
    return new IndexSpec<>(column, false, false);
  }

  /** This index, refusing a second row with one non-null value. */
  public IndexSpec<T> unique() {
    return new IndexSpec<>(column, true, sorted);
  }

  /** This index, keeping its values in order. */
  public IndexSpec<T> sorted() {
    return new IndexSpec<>(column, unique, true);
  }

  /** The field indexed. */
  public Column<T> column() {
    return column;
  }

  /** Whether two rows may not hold one non-null value. */
  public boolean isUnique() {
    return unique;
  }

  /** Whether the index keeps its values in order. */
  public boolean isSorted() {
    return sorted;
  }

  @Override
  public String toString() {
    return column + (unique ? " unique" : "") + (sorted ? " sorted" : "");
  }
}
