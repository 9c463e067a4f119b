package dev.relata.processor.model;

/**
 * What a field's type (boxed) allows the typed field constant of {@code Post_} to offer, as the
 * runtime's {@code Field}, {@code ComparableField} and {@code StringField} do.
 */
public enum ValueKind {
  /** {@code String}: text matching, ranges and orders. */
  STRING,
  /** Another type {@code V} that is a {@code Comparable<? super V>}: ranges and orders. */
  COMPARABLE,
  /** Any other type: equality and nulls. */
  OTHER
}
