package dev.relata.internal;

/**
 * A row in the making during a save, as a relation sees it while it writes the keys that tie an
 * owner to its targets ({@link Relation#link}). {@link SaveOperation} implements it; the interface
 * keeps relations from depending on the save's internals.
 */
interface SavedRow {
  /** The value of {@code column} in the row. */
  Object value(Column<?> column);

  /**
   * Writes {@code value} into the row and, once the save has stored it, into the caller's object.
   */
  void write(Column<?> column, Object value);

  /**
   * Writes {@code value} into the row and, once stored, {@code callerValue} into the caller's
   * object: a separate but equal instance where the value is mutable, so that the caller never
   * holds what the store holds.
   */
  void write(Column<?> column, Object value, Object callerValue);
}
