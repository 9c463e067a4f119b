package dev.relata.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows read with their place in insertion order (the {@value Mapping#ORDER} column), put in that
 * order when they are all read: for a query sent without {@code ORDER BY} (see {@link
 * Dialect#insertionOrderInJava}) or in several statements (batches of keys).
 *
 * <p>Implementation notes. The rows mostly come in order already (a table scan in key order where
 * the keys came from the sequence, one statement on a database that orders them): the places are
 * checked as they come, and only rows that came out of order are sorted, by their places.
 *
 * @param <T> the rows
 */
final class InsertionOrder<T> {
  private final List<T> rows = new ArrayList<>();
  private long[] places = new long[16];
  private boolean ordered = true;

  /** Adds {@code row}, whose place in insertion order is {@code place}. */
  void add(T row, long place) {
    int n = rows.size();
    if (n == places.length) {
      places = Arrays.copyOf(places, n * 2);
    }
    if (n > 0 && place < places[n - 1]) {
      ordered = false;
    }
    places[n] = place;
    rows.add(row);
  }

  /** The rows added, in insertion order; a list of the caller's from then on. */
  List<T> rows() {
    if (ordered) {
      return rows;
    }
    int n = rows.size();
    Integer[] byPlace = new Integer[n];
    for (int i = 0; i < n; i++) {
      byPlace[i] = i;
    }
    long[] at = places;
    Arrays.sort(byPlace, (a, b) -> Long.compare(at[a], at[b]));
    List<T> sorted = new ArrayList<>(n);
    for (Integer i : byPlace) {
      sorted.add(rows.get(i));
    }
    return sorted;
  }
}
