package dev.relata.internal;

import dev.relata.Condition.Comparison;
import dev.relata.Condition.Operator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The plan of a query that is one index lookup ({@code where(Post_.userId.eq(7L))}, {@code
 * where(Post_.slug.in(a, b))}), run without binding a {@link Plan}, so that the {@link Database}
 * can read it the way it reads {@code find}: without the lock, as a seqlock.
 *
 * <p>Implementation notes. A query <i>fits</i> when its only condition is one typed {@code eq} or
 * {@code in}, with no order, existence filter or relation to load ({@code offset} and {@code limit}
 * allowed: {@code first()} is {@code limit(1)}). If the field is the key or has a hash index (a
 * relation key, an {@code @Index}), the rows it selects are those at the slots the index holds for
 * the values, ascending, then paged: exactly what {@link Plan} returns for the query, which takes
 * the same slots from the same index ({@link Candidates}), in the same order, and tests nothing
 * again on the rows of a source that answers its condition exactly. A field with a sorted index only
 * ({@code eq} there finds values that {@code compareTo} equal, see {@link Candidates.Source#exact})
 * or no index is left to the plan ({@link #slots} returns null).
 *
 * <p>Finding the rows reads only Relata's own structures (the index, the table's row array) and
 * runs the operands' {@code hashCode} and {@code equals} against the indexed values. For that to be
 * safe without the lock, those must be no user code, which may run only on rows a validated read
 * vouched for: so a query fits only when every operand is of a JDK value type or an enum ({@link
 * #TRUSTED}; {@code Enum}'s {@code equals} and {@code hashCode} are final). A value of any other
 * class (a user type with {@code @Index}) runs through the plan, under the lock.
 */
final class IndexLookup {
  private IndexLookup() {}

  /** The classes whose {@code equals} and {@code hashCode} run no user code. */
  private static final Set<Class<?>> TRUSTED =
      Set.of(
          String.class,
          Long.class,
          Integer.class,
          Short.class,
          Byte.class,
          Character.class,
          Boolean.class,
          Double.class,
          Float.class,
          UUID.class,
          BigDecimal.class,
          BigInteger.class,
          java.time.Instant.class,
          java.time.LocalDate.class,
          java.time.LocalDateTime.class,
          java.time.LocalTime.class,
          java.time.OffsetDateTime.class,
          java.time.ZonedDateTime.class,
          java.time.Duration.class);

  static final Object[] NONE = {};

  /** The condition of {@code spec} if the query fits (see the class notes), else null. */
  static Comparison<?> condition(QuerySpec<?> spec) {
    if (spec.filters.size() != 1
        || !spec.orders.isEmpty()
        || !spec.existence.isEmpty()
        || !spec.loads.isEmpty()
        || !(spec.filters.get(0) instanceof Comparison<?> comparison)) {
      return null;
    }
    Operator operator = comparison.operator();
    if (operator != Operator.EQ && operator != Operator.IN) {
      return null;
    }
    List<Object> operands = comparison.operands();
    for (int i = 0, n = operands.size(); i < n; i++) {
      Object operand = operands.get(i);
      if (!(TRUSTED.contains(operand.getClass()) || operand instanceof Enum)) {
        return null;
      }
    }
    return comparison;
  }

  /**
   * The slots of the rows that {@code condition} (one that fits) holds for, ascending and
   * distinct, as a bucket (element 0 the count), before the query's page; or null where its field
   * is neither the key nor hash-indexed. The array may belong to an index: read it, never change or
   * keep it. Bounded and free of user code, so it may race with a write (see the class notes).
   */
  static int[] slots(Table<?> table, Comparison<?> condition) {
    Column<?> column = Candidates.column(table.type, condition.field());
    if (column == null) {
      return null;
    }
    List<Object> operands = condition.operands();
    boolean key = column == table.type.key();
    MultiIndex hash = key ? null : table.hashIndex(column);
    if (!key && hash == null) {
      return null;
    }
    if (condition.operator() == Operator.EQ) {
      return table.bucket(column, operands.get(0)); // one probe, as the plan's source makes
    }
    return key
        ? new Candidates.Keys(operands).slots(table)
        : new Candidates.Values(hash, operands).slots(table);
  }

  /**
   * How many of {@code bucket}'s slots the page of {@code spec} keeps. Never more than the array
   * holds, even where a racing write left a count past it (the read is then thrown away).
   */
  static int count(QuerySpec<?> spec, int[] bucket) {
    int available = Math.max(0, Math.min(bucket[0], bucket.length - 1) - spec.offset);
    return spec.limit < 0 ? available : Math.min(available, spec.limit);
  }

  /**
   * The stored rows that {@code spec}, whose condition fits, selects from {@code bucket} (its
   * {@link #slots}), at most {@code max}: what the plan would select, before copying.
   */
  static Object[] rows(Table<?> table, QuerySpec<?> spec, int[] bucket, int max) {
    int n = Math.min(count(spec, bucket), max);
    if (n == 0) {
      return NONE;
    }
    Object[] rows = new Object[n];
    for (int i = 0, at = spec.offset + 1; i < n; i++, at++) {
      rows[i] = table.row(bucket[at]);
    }
    return rows;
  }
}
