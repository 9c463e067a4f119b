package dev.relata.internal;

import dev.relata.RelataException;
import java.util.UUID;

/** The type of a primary key, which decides how a missing key is assigned. */
public enum KeyKind {
  /** {@code Long} or {@code long}: the next number. */
  LONG {
    @Override
    public Object number(long value) {
      return value;
    }
  },
  /** {@code Integer} or {@code int}: the next number. */
  INT {
    @Override
    public Object number(long value) {
      if (value > Integer.MAX_VALUE) {
        throw new RelataException(
            "no int key is left to assign: the table has held key " + Integer.MAX_VALUE);
      }
      return (int) value;
    }
  },
  /** {@code String}: a random UUID in its text form. */
  STRING,
  /** {@code UUID}: a random UUID. */
  UUID;

  /** The class of keys of this kind, boxed. */
  public Class<?> javaType() {
    return switch (this) {
      case LONG -> Long.class;
      case INT -> Integer.class;
      case STRING -> String.class;
      case UUID -> java.util.UUID.class;
    };
  }

  /** Whether keys of this kind are assigned by counting. */
  public boolean numeric() {
    return this == LONG || this == INT;
  }

  /** The key for the assigned number {@code value}. */
  public Object number(long value) {
    throw new AssertionError(this);
  }

  /** A fresh random key, for the non-numeric kinds. */
  public Object random() {
    UUID id = java.util.UUID.randomUUID();
    return this == STRING ? id.toString() : id;
  }
}
