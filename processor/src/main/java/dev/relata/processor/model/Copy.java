package dev.relata.processor.model;

/**
 * How generated code copies a field's value, so that stored rows and the instances read from them
 * never share a mutable collection, map or array.
 */
public enum Copy {
  /** Shared: an immutable or unknown type (strings, numbers, java.time, records, enums...). */
  SHARE,
  /** An array: cloned. */
  ARRAY,
  /** {@code List}, {@code Collection}: a new {@code ArrayList}. */
  LIST,
  /** {@code Set}: a new {@code LinkedHashSet}. */
  SET,
  /** {@code SortedSet}, {@code NavigableSet}: a new {@code TreeSet} with the same comparator. */
  SORTED_SET,
  /** {@code Queue}, {@code Deque}: a new {@code LinkedList}. */
  LINKED_LIST,
  /** {@code Map}: a new {@code LinkedHashMap}. */
  MAP,
  /** {@code SortedMap}, {@code NavigableMap}: a new {@code TreeMap} with the same comparator. */
  SORTED_MAP,
  /** {@code ConcurrentMap}: a new {@code ConcurrentHashMap}. */
  CONCURRENT_MAP,
  /** {@code EnumSet}: {@code EnumSet.copyOf}. */
  ENUM_SET,
  /** {@code Properties}: a clone (its one-argument constructor takes defaults, not a copy). */
  PROPERTIES,
  /** A collection or map class with a public copy constructor: {@code new LinkedList<>(value)}. */
  CONSTRUCTOR
}
