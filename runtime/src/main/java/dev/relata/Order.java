package dev.relata;

import java.util.Comparator;

/**
 * The order of one typed field, ascending or descending, made by {@link ComparableField#asc()} and
 * {@link ComparableField#desc()}. It is a {@link Comparator}, so {@code orderBy} takes it as it
 * takes any comparator; repeated {@code orderBy} calls order ties of the first by the next.
 *
 * <pre>{@code
 * posts.query().orderBy(Post_.createdAt.desc()).orderBy(Post_.title.asc()).limit(10).get();
 * }</pre>
 *
 * <p>Both directions put {@code null} values last, as SQL's {@code NULLS LAST}; values compare with
 * {@code compareTo}, and rows that compare equal keep their insertion order (queries sort stably).
 * On an {@code @Index(sorted = true)} field with a {@code limit}, a query reads about as many index
 * entries as it returns instead of sorting (see {@link Index}). Like a {@link Condition}, an order
 * is data: its {@link #field()} and {@link #descending()} direction.
 *
 * @param <T> the entity
 */
public final class Order<T> implements Comparator<T> {
  private final ComparableField<T, ?> field;
  private final boolean descending;

  Order(ComparableField<T, ?> field, boolean descending) {
    this.field = field;
    this.descending = descending;
  }

  /** The field ordered by. */
  public ComparableField<T, ?> field() {
    return field;
  }

  /** Whether the order is descending (greatest first). */
  public boolean descending() {
    return descending;
  }

  /** Compares by the field's values, in this order's direction, {@code null} values last. */
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public int compare(T a, T b) {
    Comparable x = field.get(a);
    Comparable y = field.get(b);
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : 1) : -1;
    }
    return descending ? y.compareTo(x) : x.compareTo(y);
  }

  @Override
  public String toString() {
    return field + (descending ? " desc" : " asc");
  }
}
