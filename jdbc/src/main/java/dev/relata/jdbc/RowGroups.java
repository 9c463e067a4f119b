package dev.relata.jdbc;

import dev.relata.internal.Column;
import dev.relata.internal.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Java half of a relation's load ({@link SqlBackend}'s {@code relatedRows}): the values the
 * owners match, the rows of one statement grouped by the value they match, and each owner's rows
 * from them, a row that goes to a second owner as a copy of its own (no two owners share a mutable
 * row), a to-one target as one object for all.
 *
 * <p>Implementation notes. Rows in insertion order come in runs of one value (the comments of a
 * post, the users of a country, as they were saved): each helper looks a run up once, not once per
 * row.
 */
final class RowGroups {
  private RowGroups() {}

  /** The distinct non-null values of {@code column} in {@code owners}. */
  static <O> List<Object> ownerValues(Column<O> column, List<O> owners) {
    Set<Object> values = new LinkedHashSet<>();
    Object previous = null;
    for (O owner : owners) {
      Object value = column.get(owner);
      // Rows in insertion order come in runs of one value (the comments of a post, the users of a
      // country, as they were saved): a run costs the set one lookup, not one per row.
      if (value != null && !value.equals(previous)) {
        values.add(value);
        previous = value;
      }
    }
    return new ArrayList<>(values);
  }

  /**
   * {@code rows} added to {@code byValue}, a list per value of {@code column}, in the order of
   * {@code rows}; returns {@code byValue}.
   */
  static <T> Map<Object, List<T>> grouped(
      Column<T> column, List<T> rows, Map<Object, List<T>> byValue) {
    Grouping<T> grouping = new Grouping<>(column, byValue);
    for (T row : rows) {
      grouping.add(row);
    }
    return byValue;
  }

  /** Rows added one by one to a map of a list of rows per value of a column, in their order. */
  static final class Grouping<T> {
    private final Column<T> column;
    private final Map<Object, List<T>> byValue;
    private Object previous;
    private List<T> of;

    Grouping(Column<T> column, Map<Object, List<T>> byValue) {
      this.column = column;
      this.byValue = byValue;
    }

    void add(T row) {
      Object value = column.get(row);
      // A run of rows of one value (see ownerValues) is looked up once.
      if (of == null || !Objects.equals(value, previous)) {
        of = byValue.computeIfAbsent(value, v -> new ArrayList<>());
        previous = value;
      }
      of.add(row);
    }
  }

  /** A {@link HashMap} that holds {@code size} entries without growing. */
  static <K, V> Map<K, V> hashMap(int size) {
    return new HashMap<>((int) (size / 0.75f) + 1);
  }

  /**
   * The rows of each owner from rows grouped by the value they match; a row that goes to a second
   * owner (two owners with one value) is a copy of its own, unless {@code shared} (a to-one target,
   * one object for every owner that loads it): then owners of one value get one list, which no one
   * changes.
   */
  static <O, T> List<List<T>> perOwner(
      Column<O> column,
      List<O> owners,
      Map<Object, List<T>> byValue,
      EntityType<T, ?> type,
      boolean shared) {
    List<List<T>> related = new ArrayList<>(owners.size());
    Set<Object> given = shared ? null : new HashSet<>();
    Object previous = null;
    List<T> previousRows = null;
    for (O owner : owners) {
      Object value = column.get(owner);
      if (shared && previousRows != null && value != null && value.equals(previous)) {
        // A run of owners with one value (see ownerValues): the list of the first, unlooked-up.
        related.add(previousRows);
        continue;
      }
      List<T> rows = value == null ? null : byValue.get(value);
      if (rows == null) {
        related.add(new ArrayList<>());
      } else if (shared || given.add(value)) {
        related.add(rows);
        previous = value;
        previousRows = rows;
      } else {
        List<T> copies = new ArrayList<>(rows.size());
        for (T row : rows) {
          copies.add(type.copy(row));
        }
        related.add(copies);
      }
    }
    return related;
  }

  /** Adds {@code of} to {@code rows}: the rows themselves if {@code first}, else copies of them. */
  static <T> void given(List<T> of, boolean first, EntityType<T, ?> type, List<T> rows) {
    if (first) {
      rows.addAll(of);
    } else {
      for (T row : of) {
        rows.add(type.copy(row));
      }
    }
  }
}
