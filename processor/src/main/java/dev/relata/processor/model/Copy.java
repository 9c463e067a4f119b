package dev.relata.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * How generated code copies a field's value, so that stored rows and the instances read from them
 * never share a mutable collection, map or array, at any depth: a tree that follows the type, with
 * one part per element type ({@code List<List<String>>} copies the outer list and each inner one).
 *
 * @param kind how the value itself is copied
 * @param type the type it copies
 * @param parts how the values it holds are copied: the element of a collection or array, the key
 *     and value of a map; empty where it holds none that generated code copies
 */
public record Copy(Kind kind, TypeMirror type, List<Copy> parts) {

  /** How one value is copied. */
  public enum Kind {
    /** Shared: an immutable type (strings, numbers, java.time, enums, records of such...). */
    SHARE,
    /** An array: cloned. */
    ARRAY,
    /** {@code List}, {@code Collection}, {@code ArrayList}: a new {@code ArrayList}. */
    LIST,
    /** {@code Set}: a new {@code LinkedHashSet}. */
    SET,
    /** {@code SortedSet}, {@code NavigableSet}: a new {@code TreeSet} with the same comparator. */
    SORTED_SET,
    /** {@code Queue}, {@code Deque}: a new {@code LinkedList}. */
    LINKED_LIST,
    /** {@code BlockingQueue}: a new {@code LinkedBlockingQueue}. */
    BLOCKING_QUEUE,
    /** {@code BlockingDeque}: a new {@code LinkedBlockingDeque}. */
    BLOCKING_DEQUE,
    /** {@code Map}: a new {@code LinkedHashMap}. */
    MAP,
    /** {@code SortedMap}, {@code NavigableMap}: a new {@code TreeMap} with the same comparator. */
    SORTED_MAP,
    /** {@code ConcurrentMap}: a new {@code ConcurrentHashMap}. */
    CONCURRENT_MAP,
    /** {@code ConcurrentNavigableMap}: a new {@code ConcurrentSkipListMap}, same comparator. */
    CONCURRENT_NAVIGABLE_MAP,
    /** {@code EnumSet}: {@code EnumSet.copyOf}. */
    ENUM_SET,
    /** {@code Properties}: a clone (its one-argument constructor takes defaults, not a copy). */
    PROPERTIES,
    /**
     * A collection or map class with a public copy constructor: {@code new LinkedList<>(value)};
     * with parts to copy, the constructor takes a new list or map of the copied elements.
     */
    CONSTRUCTOR,
    /** An entity: stored only through a relation annotation, never as a value. */
    ENTITY,
    /** A mutable type that generated code cannot copy: an error where it is stored. */
    UNSUPPORTED;

  }

  public Copy {
    parts = List.copyOf(parts);
  }

  /** A value shared as it is. */
  public static Copy share(TypeMirror type) {
    return new Copy(Kind.SHARE, type, List.of());
  }

  /** A value of {@code kind}, whose held values are copied as {@code parts} say. */
  public static Copy of(Kind kind, TypeMirror type, Copy... parts) {
    return new Copy(kind, type, List.of(parts));
  }

  /** Whether the value is shared rather than copied. */
  public boolean shares() {
    return kind == Kind.SHARE;
  }

  /** Whether every value it holds is shared (a copy one level deep is a copy of all of it). */
  public boolean partsShare() {
    return parts.stream().allMatch(Copy::shares);
  }

  /**
   * The innermost part (or this) that is an entity or that cannot be copied, or null where the
   * whole value can be copied.
   */
  public Copy problem() {
    for (Copy part : parts) {
      Copy problem = part.problem();
      if (problem != null) {
        return problem;
      }
    }
    return kind == Kind.ENTITY || kind == Kind.UNSUPPORTED ? this : null;
  }
}
