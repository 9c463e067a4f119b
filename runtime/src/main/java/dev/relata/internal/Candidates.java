package dev.relata.internal;

import dev.relata.Condition;
import dev.relata.Condition.Comparison;
import dev.relata.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rows a query's conditions can reach through the indexes of its table: a superset of the rows
 * they accept (the conditions are checked again on each), found without a scan.
 *
 * <p>Implementation notes. The conditions of a query (every {@code where}, all of which hold) are
 * read as a tree: a typed {@link Comparison} of the key, a column with a hash index (a relation key
 * or an {@code @Index}) or a sorted index is a <i>source</i>: {@code eq} and {@code in} look values
 * up, and on a sorted index ranges ({@code gt} .. {@code between}, {@code startsWith}) are spans of
 * entries. An {@code and} (or several {@code where}s) takes the source of its parts that promises
 * the fewest rows, an {@code or} the union of its parts' sources when every part has one; {@code
 * not}, lambdas and the other comparisons have none. Each source knows its size before it collects
 * anything ({@link Source#estimate}): bucket counts, or the distance between two cursors. Slots are
 * returned in ascending order, so that rows come in insertion order as from a scan.
 */
final class Candidates {
  private Candidates() {}

  /** Rows found through an index: how many, and which. */
  abstract static class Source {
    /**
     * The filter (one {@code where}) that this source answers exactly, so that its rows need not be
     * tested against it again; null where it answers a part of one ({@code and}).
     */
    Predicate<?> answered;

    /**
     * Whether the slots are exactly those whose value the comparison holds for: not so for {@code
     * eq} and {@code in} answered by a sorted index, which finds values that {@code compareTo}
     * equal, where the condition asks {@code equals} (they differ for {@code BigDecimal}).
     */
    boolean exact = true;

    /** The number of slots {@link #slots} returns, or an upper bound of it. */
    abstract long estimate();

    /**
     * The slots, ascending and distinct, as a bucket (element 0 the count); the array may belong to
     * an index: read it, never change or keep it.
     */
    abstract int[] slots(Table<?> table);
  }

  /**
   * The source of {@code filters} (all of which hold) in {@code table}, or null if none has one.
   */
  static Source of(Table<?> table, List<? extends Predicate<?>> filters) {
    Source best = null;
    for (Predicate<?> filter : filters) {
      if (filter instanceof Condition<?> condition) {
        Source source = of(table, condition);
        if (source != null && source.exact && exact(condition)) {
          source.answered = filter;
        }
        best = fewer(best, source);
      }
    }
    return best;
  }

  /**
   * Whether the rows of a condition's source are exactly the rows it holds for: a comparison
   * answered through an index (equality by {@code equals}, ranges by {@code compareTo}, as the
   * condition tests them), or an {@code or} of such; not an {@code and}, whose source answers one
   * of its parts.
   */
  private static boolean exact(Condition<?> condition) {
    if (condition instanceof Condition.Or<?> or) {
      for (Condition<?> part : or.operands()) {
        if (!exact(part)) {
          return false;
        }
      }
      return true;
    }
    return condition instanceof Comparison;
  }

  private static Source fewer(Source a, Source b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return b.estimate() < a.estimate() ? b : a;
  }

  private static Source of(Table<?> table, Condition<?> condition) {
    if (condition instanceof Comparison<?> comparison) {
      return of(table, comparison);
    }
    if (condition instanceof Condition.And<?> and) {
      Source best = null;
      for (Condition<?> part : and.operands()) {
        best = fewer(best, of(table, part));
      }
      return best;
    }
    if (condition instanceof Condition.Or<?> or) {
      List<Source> parts = new ArrayList<>();
      for (Condition<?> part : or.operands()) {
        Source source = of(table, part);
        if (source == null) {
          return null; // a part that needs a scan makes the whole need one
        }
        parts.add(source);
      }
      return new Union(parts);
    }
    return null;
  }

  private static Source of(Table<?> table, Comparison<?> comparison) {
    Column<?> column = column(table.type, comparison.field());
    if (column == null) {
      return null;
    }
    List<Object> operands = comparison.operands();
    switch (comparison.operator()) {
      case EQ:
      case IN:
        if (column == table.type.key()) {
          return new Keys(operands);
        }
        MultiIndex hash = table.hashIndex(column);
        if (hash != null) {
          return new Values(hash, operands);
        }
        SortedIndex sorted = table.sortedIndex(column);
        if (sorted == null) {
          return null;
        }
        List<Source> spans = new ArrayList<>(operands.size());
        for (Object value : operands) {
          Span span =
              new Span(sorted, sorted.lowerBound(value, true), sorted.lowerBound(value, false));
          span.exact = false;
          spans.add(span);
        }
        return spans.size() == 1 ? spans.get(0) : new Union(spans);
      default:
        SortedIndex index = table.sortedIndex(column);
        return index == null ? null : range(index, comparison);
    }
  }

  /** The span of {@code index} that a range comparison covers, or null for other comparisons. */
  static Span range(SortedIndex index, Comparison<?> comparison) {
    List<Object> operands = comparison.operands();
    switch (comparison.operator()) {
      case GT:
        return new Span(index, index.lowerBound(operands.get(0), false), index.end());
      case GE:
        return new Span(index, index.lowerBound(operands.get(0), true), index.end());
      case LT:
        return new Span(index, index.first(), index.lowerBound(operands.get(0), true));
      case LE:
        return new Span(index, index.first(), index.lowerBound(operands.get(0), false));
      case BETWEEN:
        return new Span(
            index,
            index.lowerBound(operands.get(0), true),
            index.lowerBound(operands.get(1), false));
      case STARTS_WITH:
        String prefix = (String) operands.get(0);
        String after = successor(prefix);
        int from = index.lowerBound(prefix, true);
        return new Span(index, from, after == null ? index.end() : index.lowerBound(after, true));
      default:
        return null;
    }
  }

  /**
   * The least string above every string that starts with {@code prefix} (its last character
   * incremented), or null if there is none (every string starts with the empty prefix).
   */
  private static String successor(String prefix) {
    int n = prefix.length();
    while (n > 0 && prefix.charAt(n - 1) == Character.MAX_VALUE) {
      n--;
    }
    return n == 0 ? null : prefix.substring(0, n - 1) + (char) (prefix.charAt(n - 1) + 1);
  }

  /** The column of {@code type} that {@code field} reads, or null. */
  static Column<?> column(EntityType<?, ?> type, Field<?, ?> field) {
    List<? extends Column<?>> columns = type.columns();
    // Run on every query that may be an index lookup: the field's own column, where it is the
    // type's (generated code builds each field from its column), else the column of its name.
    Column<?> own = ConditionAccess.get().column(field);
    int ordinal = own.ordinal();
    if (ordinal < columns.size() && columns.get(ordinal) == own) {
      return own;
    }
    String name = field.name();
    for (int i = 0, n = columns.size(); i < n; i++) {
      Column<?> column = columns.get(i);
      if (column.name().equals(name)) {
        return column;
      }
    }
    return null;
  }

  /** Rows by key: one probe of the primary index per value. */
  static final class Keys extends Source {
    private final List<Object> values;

    Keys(List<Object> values) {
      this.values = values;
    }

    @Override
    long estimate() {
      return values.size();
    }

    @Override
    int[] slots(Table<?> table) {
      int[] slots = new int[values.size() + 1];
      int n = 0;
      for (Object value : values) {
        int slot = table.slotOf(value);
        if (slot >= 0) {
          slots[++n] = slot;
        }
      }
      slots[0] = n;
      return ascending(slots, table.end());
    }
  }

  /** Rows by value of a hash index: its buckets. */
  static final class Values extends Source {
    private final MultiIndex index;
    private final List<Object> values;

    Values(MultiIndex index, List<Object> values) {
      this.index = index;
      this.values = values;
    }

    @Override
    long estimate() {
      long count = 0;
      for (Object value : values) {
        count += index.count(value);
      }
      return count;
    }

    @Override
    int[] slots(Table<?> table) {
      if (values.size() == 1) {
        return index.get(values.get(0));
      }
      int[][] parts = new int[values.size()][];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = index.get(values.get(i));
      }
      return ascending(Buckets.join(parts, parts.length), table.end());
    }
  }

  /** Rows of a span of a sorted index, from one cursor up to another. */
  static final class Span extends Source {
    final SortedIndex index;
    final int from;
    final int to;

    Span(SortedIndex index, int from, int to) {
      this.index = index;
      this.from = from;
      this.to = Math.max(from, to);
    }

    @Override
    long estimate() {
      return index.distance(from, to);
    }

    /** The slots of the span, in slot order. */
    @Override
    int[] slots(Table<?> table) {
      int count = index.distance(from, to);
      int[] slots = new int[count + 1];
      slots[0] = count;
      int n = 0;
      for (int c = from; c < to; c = index.next(c)) {
        slots[++n] = index.slot(c);
      }
      return ascending(slots, table.end());
    }
  }

  /** The rows of any of several sources. */
  private static final class Union extends Source {
    private final List<Source> parts;

    Union(List<Source> parts) {
      this.parts = parts;
      this.exact = parts.stream().allMatch(part -> part.exact);
    }

    @Override
    long estimate() {
      long count = 0;
      for (Source part : parts) {
        count += part.estimate();
      }
      return count;
    }

    @Override
    int[] slots(Table<?> table) {
      int[][] buckets = new int[parts.size()][];
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = parts.get(i).slots(table);
      }
      return ascending(Buckets.join(buckets, buckets.length), table.end());
    }
  }

  /**
   * {@code bucket} (a fresh array of slots below {@code end}) with its slots in ascending order and
   * repeats dropped, in place: through a bit set over the table's slots where they are dense in
   * them (one pass, no comparisons, so a lookup of most of a table costs no more than a scan), else
   * sorted.
   */
  private static int[] ascending(int[] bucket, int end) {
    int n = bucket[0];
    if ((long) n * 16 >= end) {
      long[] bits = new long[(end >>> 6) + 1];
      for (int i = 1; i <= n; i++) {
        bits[bucket[i] >>> 6] |= 1L << bucket[i];
      }
      int kept = 0;
      for (int word = 0; word < bits.length; word++) {
        for (long w = bits[word]; w != 0; w &= w - 1) {
          bucket[++kept] = word << 6 | Long.numberOfTrailingZeros(w);
        }
      }
      bucket[0] = kept;
      return bucket;
    }
    Arrays.sort(bucket, 1, n + 1);
    int kept = 0;
    for (int i = 1; i <= n; i++) {
      if (kept == 0 || bucket[kept] != bucket[i]) {
        bucket[++kept] = bucket[i];
      }
    }
    bucket[0] = kept;
    return bucket;
  }

  /**
   * The slots of {@code related} (ascending) that are also in {@code candidates} (ascending): by a
   * binary search in {@code related} for each candidate, O(c log r), when there are fewer
   * candidates than related rows; else {@code related} itself, which the conditions then filter.
   */
  static int[] intersect(int[] related, int[] candidates) {
    int r = related[0];
    int c = candidates[0];
    if (c >= r) {
      return related;
    }
    int[] kept = new int[c + 1];
    int n = 0;
    int low = 1;
    for (int i = 1; i <= c && low <= r; i++) {
      int found = Arrays.binarySearch(related, low, r + 1, candidates[i]);
      if (found >= 0) {
        kept[++n] = candidates[i];
        low = found + 1;
      } else {
        low = -found - 1;
      }
    }
    kept[0] = n;
    return kept;
  }
}
