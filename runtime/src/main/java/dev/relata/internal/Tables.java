package dev.relata.internal;

import java.util.Arrays;

/**
 * The tables of one {@link Database}, found by {@link EntityType#id}: what the query, save and
 * delete engines and the relations' lookups need of a database, and no more.
 *
 * <p>The array is read without hashing on every operation, and replaced (never changed in place)
 * when a table is added, so readers need no lock to find a table; tables are never removed.
 */
final class Tables {
  private volatile Table<?>[] byId = new Table<?>[16];

  /** The table of {@code type}; an {@link IllegalStateException} if it is not registered. */
  @SuppressWarnings("unchecked")
  <T> Table<T> of(EntityType<T, ?> type) {
    Table<?> table = find(type);
    if (table == null) {
      throw new IllegalStateException(type + " is not registered with this store");
    }
    return (Table<T>) table;
  }

  /** The table of {@code type}, or null. */
  Table<?> find(EntityType<?, ?> type) {
    Table<?>[] all = byId;
    return type.id < all.length ? all[type.id] : null;
  }

  /** Adds {@code table}; only the registering thread, under the write lock, calls this. */
  void add(Table<?> table) {
    int id = table.type.id;
    Table<?>[] grown = Arrays.copyOf(byId, Math.max(byId.length, id + 16));
    grown[id] = table;
    byId = grown;
  }
}
