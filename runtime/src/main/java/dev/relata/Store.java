package dev.relata;

import dev.relata.internal.Database;

/**
 * Holds the tables of entities: one table per entity, with hash indexes on every key that a
 * relation uses. Repositories and queries work on a store:
 *
 * <pre>{@code
 * Store store = Store.inMemory();
 * PostRepository posts = new PostRepository(store);
 * }</pre>
 *
 * <p>A store is safe to use from many threads. Every write (a save with everything it carries, a
 * cascading delete) is atomic: it happens whole or, when it fails, not at all, and readers never
 * see part of it. Reads run in parallel; writes take turns.
 */
public final class Store {
  private final Database database = new Database();

  private Store() {}

  /** A new, empty store held in memory. */
  public static Store inMemory() {
    return new Store();
  }

  Database database() {
    return database;
  }
}
