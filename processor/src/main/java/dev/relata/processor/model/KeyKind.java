package dev.relata.processor.model;

/** The types a primary key can have, as the runtime's {@code KeyKind} names them. */
public enum KeyKind {
  /** {@code Long} or {@code long}. */
  LONG,
  /** {@code Integer} or {@code int}. */
  INT,
  /** {@code String}. */
  STRING,
  /** {@code java.util.UUID}. */
  UUID
}
