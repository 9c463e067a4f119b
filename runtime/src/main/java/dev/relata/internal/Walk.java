package dev.relata.internal;

import dev.relata.Condition.Comparison;
import dev.relata.Order;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * An ordered page of a whole table read from a sorted index in the order asked for: {@code
 * orderBy(Post_.createdAt.desc()).limit(10)} reads the last entries of the index of {@code
 * createdAt} until it has ten rows that pass the conditions, instead of sorting every candidate.
 *
 * <p>Implementation notes. The index holds (value, slot) in order of value, then of slot, and the
 * walk goes through it a group of equal values at a time (forward for ascending, backward for
 * descending), taking each group's rows in slot order, which is insertion order. A group is ordered
 * by the query's further orders ({@code orderBy} called again), stably, and only whole groups are
 * taken, so the page equals that of a stable sort of every row by all the orders. {@code null}
 * values, which the index does not hold, come last in both directions: when the index runs out
 * before the page is full, the rows without a value are found by a scan. A range condition on the
 * same field bounds the walk (and excludes {@code null}s). {@link #choose} walks only where that
 * promises to read fewer rows than the conditions' own candidates.
 */
final class Walk {
  private final Plan plan;
  private final SortedIndex index;
  private final Column<Object> column;
  private final boolean descending;
  private final Comparator<Object> rest;
  private final int from;
  private final int to;

  /** Whether rows without a value can be on the page: no range condition bounds the walk. */
  private final boolean nullsLast;

  private final int offset;
  private final long wanted;

  private Walk(
      Plan plan,
      SortedIndex index,
      Column<Object> column,
      boolean descending,
      Comparator<Object> rest,
      Candidates.Span span,
      int offset,
      long wanted) {
    this.plan = plan;
    this.index = index;
    this.column = column;
    this.descending = descending;
    this.rest = rest;
    this.from = span == null ? index.first() : span.from;
    this.to = span == null ? index.end() : span.to;
    this.nullsLast = span == null;
    this.offset = offset;
    this.wanted = wanted;
  }

  /**
   * The walk for {@code spec}, bound in {@code plan}, or null where the plan should sort its
   * candidates: no {@link Order} first, no sorted index on its field, no limit and no range of that
   * field to walk, or conditions whose candidates are fewer than the rows a walk would read
   * (supposing the conditions keep rows evenly along the index). A range of the field itself, with
   * or without a limit, is walked: its rows then need no sort.
   */
  @SuppressWarnings("unchecked")
  static Walk choose(Plan plan, QuerySpec<Object> spec) {
    if (spec.orders.isEmpty() || !(spec.orders.get(0) instanceof Order<?> first)) {
      return null;
    }
    Table<Object> table = plan.table();
    Column<Object> column = (Column<Object>) Candidates.column(table.type, first.field());
    SortedIndex index = column == null ? null : table.sortedIndex(column);
    if (index == null) {
      return null;
    }
    Candidates.Span span = null;
    for (Predicate<? super Object> filter : spec.filters) {
      if (filter instanceof Comparison<?> comparison
          && comparison.field().name().equals(column.name())) {
        Candidates.Span range = Candidates.range(index, comparison);
        if (range != null && (span == null || range.estimate() < span.estimate())) {
          span = range;
        }
      }
    }
    if (spec.limit < 0 && span == null) {
      return null; // every row, in order: a sort of the candidates
    }
    long wanted = spec.limit < 0 ? Long.MAX_VALUE : (long) spec.offset + spec.limit;
    Candidates.Source source = plan.source();
    if (source != null) {
      long candidates = source.estimate();
      long reach = span == null ? table.size() : span.estimate();
      double reads =
          candidates == 0 ? reach : Math.min(reach, wanted * (double) reach / candidates);
      if (reads > candidates) {
        return null;
      }
    }
    Comparator<Object> rest = null;
    for (Comparator<? super Object> next : spec.orders.subList(1, spec.orders.size())) {
      Comparator<Object> before = rest;
      rest = before == null ? (Comparator<Object>) next : before.thenComparing(next);
    }
    return new Walk(plan, index, column, first.descending(), rest, span, spec.offset, wanted);
  }

  /** The stored rows of the page, in order. */
  List<Object> select() {
    List<Object> rows = new ArrayList<>((int) Math.min(wanted, 64));
    if (wanted == 0) {
      return rows;
    }
    if (descending) {
      int[] group = new int[8];
      for (int c = index.previous(to); c >= from && rows.size() < wanted; ) {
        int first = c;
        int n = 0;
        do {
          if (n == group.length) {
            group = java.util.Arrays.copyOf(group, n * 2);
          }
          group[n++] = index.slot(c);
          c = index.previous(c);
        } while (c >= from && index.sameValue(c, first));
        int start = rows.size();
        for (int i = n - 1; i >= 0; i--) {
          take(rows, group[i]);
        }
        orderGroup(rows, start);
      }
    } else {
      for (int c = from; c < to && rows.size() < wanted; ) {
        int first = c;
        int start = rows.size();
        do {
          take(rows, index.slot(c));
          c = index.next(c);
        } while (c < to && index.sameValue(c, first));
        orderGroup(rows, start);
      }
    }
    if (nullsLast && rows.size() < wanted) {
      Table<Object> table = plan.table();
      int start = rows.size();
      for (int slot = 0, end = table.end(); slot < end; slot++) {
        Object row = table.row(slot);
        if (row != null && column.get(row) == null && plan.accepts(row)) {
          rows.add(row);
        }
      }
      orderGroup(rows, start);
    }
    int size = rows.size();
    return rows.subList(Math.min(offset, size), (int) Math.min(wanted, size));
  }

  private void take(List<Object> rows, int slot) {
    Object row = plan.table().row(slot);
    if (plan.accepts(row)) {
      rows.add(row);
    }
  }

  /** Orders the rows from {@code start} on, one group of equal values, by the further orders. */
  private void orderGroup(List<Object> rows, int start) {
    if (rest != null && rows.size() - start > 1) {
      rows.subList(start, rows.size()).sort(rest);
    }
  }
}
