package dev.relata.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order and page of a query over rows that passed its conditions (for a whole table, or for
 * one owner's related rows): a stable sort, so that ties keep insertion order, then the offset and
 * the limit. Both backends page with it: the in-memory {@link Plan} where it sorts every candidate,
 * and a SQL backend where some of the query runs in Java.
 */
public final class Selection {
  private Selection() {}

  /**
   * {@code rows} (in insertion order) ordered by {@code order} (null: kept as they are), then
   * without the first {@code offset}, then at most {@code limit} (negative: no limit). The list may
   * be {@code rows} itself, sorted in place, or a new one.
   */
  public static <T> List<T> orderAndPage(
      List<T> rows, Comparator<? super T> order, int offset, int limit) {
    if (order != null) {
      rows.sort(order); // List.sort is stable
    }
    int from = Math.min(offset, rows.size());
    int to = limit < 0 ? rows.size() : (int) Math.min((long) from + limit, rows.size());
    return from == 0 && to == rows.size() ? rows : new ArrayList<>(rows.subList(from, to));
  }
}
