package dev.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /**
   * Makes {@code store} ready to write, once its repositories exist: creates their tables (only
   * theirs: {@code createSchema()} would create the tables of every model of the test classpath).
   */
  public void ready(Store store) {
    if (store instanceof JdbcStore jdbc) {
      Databases.createSchemaOfUsedEntities(jdbc);
    }
  }

  /**
   * Asserts that {@code assigned} is the key a table assigns next after {@code expected - 1}: that
   * key in memory; on a SQL store at least that key, since a database sequence does not take back
   * the numbers a failed write drew (they are skipped, never given twice).
   */
  public void assertAssignedNext(long expected, Number assigned) {
    if (sql()) {
      assertTrue(assigned.longValue() >= expected, "assigned " + assigned + ", below " + expected);
    } else {
      assertEquals(expected, assigned.longValue());
    }
  }

  /** Whether the store is a SQL database. */
  public boolean sql() {
    return this != MEMORY;
  }
}
