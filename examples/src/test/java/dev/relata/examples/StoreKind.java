package dev.relata.examples;

import dev.relata.Store;
import dev.relata.jdbc.Databases;
import dev.relata.jdbc.JdbcStore;

/**
 * The stores the end-to-end tests run on, one source for all three: a test class annotated with
 * {@code @ParameterizedClass @EnumSource(StoreKind.class)} takes one in its constructor, opens its
 * store with {@link #open()}, creates its repositories, and calls {@link #ready} before writing.
 */
public enum StoreKind {
  /** {@code Store.inMemory()}. */
  MEMORY {
    @Override
    public Store open() {
      return Store.inMemory();
    }
  },
  /** A {@code JdbcStore} on a new H2 database in memory. */
  H2 {
    @Override
    public Store open() {
      return JdbcStore.open(Databases.h2());
    }
  },
  /** A {@code JdbcStore} on a new schema of the test JVM's embedded PostgreSQL server. */
  POSTGRES {
    @Override
    public Store open() {
      return JdbcStore.open(Databases.postgresForOneTest());
    }
  };

  /** A new, empty store of this kind. */
  public abstract Store open();

  /** Makes {@code store} ready to write, once its repositories exist: creates its tables. */
  public void ready(Store store) {
    if (store instanceof JdbcStore jdbc) {
      jdbc.createSchema();
    }
  }

  /** Whether the store is a SQL database. */
  public boolean sql() {
    return this != MEMORY;
  }
}
