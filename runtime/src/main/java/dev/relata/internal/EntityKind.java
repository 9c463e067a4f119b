package dev.relata.internal;

/** What kind of Java type an entity is, which decides how its instances are written. */
public enum EntityKind {
  /** A class: writes change the instance given. */
  CLASS,
  /** A record, which cannot change: writes build new instances. */
  RECORD
}
