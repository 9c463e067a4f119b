package dev.relata.examples.integrity.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Descriptions of relation values that show which instance a field holds, for comparisons. */
final class Describe {
  private Describe() {}

  /** The elements, and the identity of the collection itself (a replaced list shows). */
  static String of(Collection<?> values) {
    if (values == null) {
      return "null";
    }
    List<String> elements = new ArrayList<>();
    for (Object value : values) {
      elements.add(value + "@" + System.identityHashCode(value));
    }
    return elements + "@" + System.identityHashCode(values);
  }

  /** A writer by its stored fields, without its relations. */
  static String shallow(Writer writer) {
    return writer == null ? "null" : "Writer@" + System.identityHashCode(writer);
  }
}
