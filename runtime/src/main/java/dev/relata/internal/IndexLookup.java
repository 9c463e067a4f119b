package dev.relata.internal;

import dev.relata.Condition.Comparison;
import dev.relata.Condition.Operator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * again on the rows of a source that answers its condition exactly. A field with a sorted index
 * only ({@code eq} there finds values that {@code compareTo} equal, see {@link
 * Candidates.Source#exact}) or no index is left to the plan ({@link #slots} returns null).
 *
 * <p>Finding the rows reads only Relata's own structures (the index, the table's row array) and
 * runs the operands' {@code hashCode} and {@code equals} against the indexed values. For that to be
 * safe without the lock, those must be no user code, which may run only on rows a validated read
 * vouched for: so a query fits only when every operand is of a JDK value type or an enum ({@link
 * #trusted}; {@code Enum}'s {@code equals} and {@code hashCode} are final). A value of any other
 * class (a user type with {@code @Index}) runs through the plan, under the lock.
 */
final class IndexLookup {
  private IndexLookup() {}

  /**
   * Whether the {@code equals} and {@code hashCode} of {@code value} run no user code: a JDK value
   * type or an enum. Compares classes one by one, the commonest first: cheaper than a set's probe,
   * which this path would pay on every query.
   */
  private static boolean trusted(Object value) {
    Class<?> c = value.getClass();
    return c == String.class
        || c == Long.class
        || c == Integer.class
        || c == UUID.class
        || value instanceof Enum
        || c == Short.class
        || c == Byte.class
        || c == Character.class
        || c == Boolean.class
        || c == Double.class
        || c == Float.class
        || c == BigDecimal.class
        || c == BigInteger.class
        || c == LocalDate.class
        || c == LocalDateTime.class
        || c == LocalTime.class
        || c == Instant.class
        || c == OffsetDateTime.class
        || c == ZonedDateTime.class
        || c == Duration.class;
  }

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
    if (operator == Operator.EQ) {
      return trusted(ConditionAccess.get().operand(comparison)) ? comparison : null;
    }
    if (operator != Operator.IN) {
      return null;
    }
    List<Object> operands = comparison.operands();
    for (int i = 0, n = operands.size(); i < n; i++) {
      if (!trusted(operands.get(i))) {
        return null;
      }
    }
    return comparison;
  }

  /**
   * The slots of the rows that {@code condition} (one that fits) holds for, ascending and distinct,
   * as a bucket (element 0 the count), before the query's page; or null where its field is neither
   * the key nor hash-indexed. The array may belong to an index: read it, never change or keep it.
   * Bounded and free of user code, so it may race with a write (see the class notes).
   */
  static int[] slots(Table<?> table, Comparison<?> condition) {
    Column<?> column = indexedColumn(table, condition);
    if (column == null) {
      return null;
    }
    if (condition.operator() == Operator.EQ) {
      // one probe, as the plan's source makes
      return table.bucket(column, ConditionAccess.get().operand(condition));
    }
    List<Object> operands = condition.operands();
    boolean key = column == table.type.key();
    MultiIndex hash = key ? null : table.hashIndex(column);
    return key
        ? new Candidates.Keys(operands).slots(table)
        : new Candidates.Values(hash, operands).slots(table);
  }

  /** The column of {@code condition} if it is the key or has a hash index, else null. */
  private static Column<?> indexedColumn(Table<?> table, Comparison<?> condition) {
    Column<?> column = Candidates.column(table.type, condition.field());
    return column != null && table.indexes(column) ? column : null;
  }

  /** What {@link #answer} returns. */
  enum Answer {
    /** The stored rows selected, in a fresh {@code ArrayList} that the caller may change. */
    ROWS,
    /** The first stored row selected, or {@link #NONE}. */
    FIRST,
    /** The number of rows selected, an {@code Integer}. */
    COUNT
  }

  /** What {@link Answer#FIRST} returns where no row is selected. */
  static final Object NONE = new Object();

  /**
   * The {@code answer} to {@code spec}, whose {@code condition} fits; null where its field is
   * neither the key nor hash-indexed (the plan answers). Like {@link #slots}, it may race with a
   * write: what it returns then is thrown away, and it never runs user code nor loops past an
   * array.
   */
  static Object answer(Table<?> table, QuerySpec<?> spec, Comparison<?> condition, Answer answer) {
    if (answer == Answer.FIRST
        && spec.offset == 0
        && spec.limit != 0
        && condition.operator() == Operator.EQ) {
      // first() of one value: the index's lowest slot, without a bucket (a unique index has none)
      Column<?> column = indexedColumn(table, condition);
      if (column == null) {
        return null;
      }
      int slot = table.firstSlot(column, ConditionAccess.get().operand(condition));
      return slot < 0 ? NONE : table.row(slot);
    }
    int[] bucket = slots(table, condition);
    if (bucket == null) {
      return null;
    }
    // Never past the array, even where a racing write left a count past it.
    int n = Math.max(0, Math.min(bucket[0], bucket.length - 1) - spec.offset);
    if (spec.limit >= 0) {
      n = Math.min(n, spec.limit);
    }
    switch (answer) {
      case COUNT:
        return n;
      case FIRST:
        return n == 0 ? NONE : table.row(bucket[spec.offset + 1]);
      default:
        List<Object> rows = new ArrayList<>(n);
        for (int i = 0, at = spec.offset + 1; i < n; i++, at++) {
          rows.add(table.row(bucket[at]));
        }
        return rows;
    }
  }
}
