package dev.relata.internal;

/**
 * Drives a {@link Transaction} the way {@link SaveOperation} does: a row with an explicit numeric
 * key is covered by {@link Transaction#reserveNumbers} before it is inserted, and new keys are
 * reserved one at a time.
 */
final class Keys {
  private Keys() {}

  /** Inserts {@code row}, first raising the table's counter to its key as a save does. */
  static <T> int insert(Transaction tx, Table<T> table, T row) {
    if (table.numericKeys()) {
      tx.reserveNumbers(table, ((Number) table.type.key().get(row)).longValue(), 0);
    }
    return tx.insert(table, row);
  }

  /** The key a save assigns to one new row. */
  static Object assign(Transaction tx, Table<?> table) {
    if (!table.numericKeys()) {
      return tx.randomKey(table);
    }
    return table.type.keyKind().number(tx.reserveNumbers(table, Long.MIN_VALUE, 1));
  }

  /** Makes keys assigned later go above {@code number}. */
  static void raise(Transaction tx, Table<?> table, long number) {
    tx.reserveNumbers(table, number, 0);
  }
}
