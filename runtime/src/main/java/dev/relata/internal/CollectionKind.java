package dev.relata.internal;

/** The collection a to-many relation field is loaded as. */
public enum CollectionKind {
  /** A {@code List} or {@code Collection} field: an {@code ArrayList}. */
  LIST,
  /** A {@code Set} field: a {@code LinkedHashSet}, in relation order. */
  SET
}
