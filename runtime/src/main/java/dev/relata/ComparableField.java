package dev.relata;

import dev.relata.Condition.Comparison;
import dev.relata.Condition.Operator;
import dev.relata.internal.Column;
import java.util.List;

/**
 * A stored field whose type is {@link Comparable} (numbers, {@code String}, {@code java.time},
 * enums, {@code UUID}, {@code Boolean}): it adds ranges and orders to the conditions of {@link
 * Field}. Ranges compare with {@code compareTo} and skip {@code null} values; a {@code null} bound
 * is an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * posts.query()
 *     .where(Post_.views.between(100, 999))
 *     .orderBy(Post_.createdAt.desc())
 *     .limit(10)
 *     .get();
 * }</pre>
 *
 * <p>On an {@code @Index(sorted = true)} field, ranges are walks over the index and an ordered page
 * reads about as many entries as it returns (see {@link Index}).
 *
 * @param <T> the entity
 * @param <V> the type of the field, boxed
 */
public class ComparableField<T, V extends Comparable<? super V>> extends Field<T, V> {
  ComparableField(Column<T> column) {
    super(column);
  }

  /** Greater than {@code value}. */
  public final Condition<T> gt(V value) {
    return compare(Operator.GT, "gt", value);
  }

  /** Greater than or equal to {@code value}. */
  public final Condition<T> ge(V value) {
    return compare(Operator.GE, "ge", value);
  }

  /** Less than {@code value}. */
  public final Condition<T> lt(V value) {
    return compare(Operator.LT, "lt", value);
  }

  /** Less than or equal to {@code value}. */
  public final Condition<T> le(V value) {
    return compare(Operator.LE, "le", value);
  }

  /** From {@code low} to {@code high}, both included; nothing if {@code low > high}. */
  public final Condition<T> between(V low, V high) {
    requireOperand(this, "between", low);
    requireOperand(this, "between", high);
    return new Comparison<>(this, Operator.BETWEEN, List.of(low, high));
  }

  /** Ascending order of this field, {@code null} values last. */
  public final Order<T> asc() {
    return new Order<>(this, false);
  }

  /** Descending order of this field, {@code null} values last. */
  public final Order<T> desc() {
    return new Order<>(this, true);
  }
}
