package dev.relata.processor.model;

/** The shape of a relation field's type. */
public enum Container {
  /** The target type itself: {@code Phone phone}. */
  SINGLE,
  /** {@code java.util.List<Target>}. */
  LIST,
  /** {@code java.util.Collection<Target>}. */
  COLLECTION,
  /** {@code java.util.Set<Target>}. */
  SET,
  /** Anything else: an array, a raw or wildcard collection, a primitive. */
  OTHER
}
