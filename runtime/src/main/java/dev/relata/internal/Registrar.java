package dev.relata.internal;

/**
 * What a relation may do while its owner is registered with a database: register the types it reads
 * and index the columns it matches on. A narrow view, so that relations do not depend on {@link
 * Database}.
 */
interface Registrar {
  /** Registers {@code type}, and what its relations reach, unless it is registered already. */
  void register(EntityType<?, ?> type);

  /** Keeps an index on {@code column} of the table of {@code type}, a registered type. */
  void index(EntityType<?, ?> type, Column<?> column);
}
