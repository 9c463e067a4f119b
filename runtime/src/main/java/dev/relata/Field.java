package dev.relata;

import dev.relata.Condition.Comparison;
import dev.relata.Condition.Operator;
import dev.relata.internal.Column;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A stored field of an entity, as a typed constant of the generated {@code Post_} class: the
 * conditions it makes are {@link Condition}s that {@code where} takes, and that the store answers
 * through its indexes where it can (see {@link Index}).
 *
 * <pre>{@code
 * posts.query().where(Post_.tags.isNotNull()).get();
 * posts.query().where(Post_.status.in(Status.DRAFT, Status.REVIEW)).count();
 * }</pre>
 *
 * <p>Every field of any type has the conditions here; {@link ComparableField} adds ranges and
 * orders, {@link StringField} text matching. Comparisons with a row whose value is {@code null} are
 * unknown, as in SQL (see {@link Condition}); to find {@code null} values, use {@link #isNull()}:
 * {@code eq(null)}, and {@code null} among the values of {@code in}, are an {@link
 * IllegalArgumentException} that says so. Primitive fields use their boxed type.
 *
 * @param <T> the entity
 * @param <V> the type of the field, boxed
 */
public class Field<T, V> {
  private final Column<T> column;

  Field(Column<T> column) {
    this.column = Objects.requireNonNull(column, "column must not be null");
  }

  /** The field of {@code column}, of any type; generated {@code Post_} classes call this. */
  public static <T, V> Field<T, V> of(Column<T> column) {
    return new Field<>(column);
  }

  /** The field of {@code column}, of a {@code Comparable} type; generated code calls this. */
  public static <T, V extends Comparable<? super V>> ComparableField<T, V> comparable(
      Column<T> column) {
    return new ComparableField<>(column);
  }

  /** The field of {@code column}, a {@code String}; generated code calls this. */
  public static <T> StringField<T> string(Column<T> column) {
    return new StringField<>(column);
  }

  /** The column this field reads. */
  final Column<T> column() {
    return column;
  }

  /** The field name, as declared: {@code "userId"}. */
  public final String name() {
    return column.name();
  }

  /** The value of this field in {@code entity}, boxed; {@code null} where it holds none. */
  @SuppressWarnings("unchecked")
  public final V get(T entity) {
    return (V) column.get(entity);
  }

  /** Equal to {@code value} (by {@code equals}); {@code null} is refused: use {@link #isNull()}. */
  public final Condition<T> eq(V value) {
    return compare(Operator.EQ, "eq", value);
  }

  /** Not equal to {@code value}; skips {@code null} values. */
  public final Condition<T> ne(V value) {
    return compare(Operator.NE, "ne", value);
  }

  /** Equal to one of {@code values}, which must not hold {@code null}; none: always false. */
  public final Condition<T> in(Collection<? extends V> values) {
    return new Comparison<>(this, Operator.IN, Condition.values(this, "in", values));
  }

  /** Equal to one of {@code values}, which must not hold {@code null}. */
  @SafeVarargs
  public final Condition<T> in(V... values) {
    return in(Arrays.asList(requireArray(values, "in")));
  }

  /** Equal to none of {@code values} (which must not hold {@code null}); skips {@code null}s. */
  public final Condition<T> notIn(Collection<? extends V> values) {
    return new Comparison<>(this, Operator.NOT_IN, Condition.values(this, "notIn", values));
  }

  /** Equal to none of {@code values} (which must not hold {@code null}); skips {@code null}s. */
  @SafeVarargs
  public final Condition<T> notIn(V... values) {
    return notIn(Arrays.asList(requireArray(values, "notIn")));
  }

  /** Holding {@code null}: true or false, never unknown. */
  public final Condition<T> isNull() {
    return new Comparison<>(this, Operator.IS_NULL, List.of());
  }

  /** Holding a value: true or false, never unknown. */
  public final Condition<T> isNotNull() {
    return new Comparison<>(this, Operator.IS_NOT_NULL, List.of());
  }

  /** A comparison of this field with one operand, checked. */
  final Condition<T> compare(Operator operator, String method, Object operand) {
    return new Comparison<>(this, operator, requireOperand(this, method, operand));
  }

  private V[] requireArray(V[] values, String method) {
    return Objects.requireNonNull(values, () -> this + "." + method + "(values): must not be null");
  }

  /**
   * {@code operand}, unless it is {@code null}: then an {@link IllegalArgumentException} that says
   * to use {@code isNull()}, since no value equals or compares with {@code null} in SQL.
   */
  static Object requireOperand(Field<?, ?> field, String method, Object operand) {
    if (operand == null) {
      throw new IllegalArgumentException(
          field
              + "."
              + method
              + "(null): a condition never holds for null (SQL's null semantics); use "
              + field
              + ".isNull() or "
              + field
              + ".isNotNull() to test for null");
    }
    return operand;
  }

  /** The field name. */
  @Override
  public String toString() {
    return name();
  }
}
