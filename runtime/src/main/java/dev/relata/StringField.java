package dev.relata;

import dev.relata.Condition.Operator;
import dev.relata.internal.Column;

/**
 * A stored {@code String} field: the conditions of {@link ComparableField} and text matching. Like
 * every comparison, these skip {@code null} values and refuse a {@code null} argument.
 *
 * <pre>{@code
 * posts.query().where(Post_.title.startsWith("Relata")).get();
 * comments.query().where(Comment_.body.contains("java").and(Comment_.body.endsWith("?"))).get();
 * }</pre>
 *
 * <p>On an {@code @Index(sorted = true)} field, {@code startsWith} is a walk over the range of
 * values that start with the prefix; the other matches look at every row.
 *
 * @param <T> the entity
 */
public final class StringField<T> extends ComparableField<T, String> {
  StringField(Column<T> column) {
    super(column);
  }

  /** Starting with {@code prefix} ({@link String#startsWith}). */
  public Condition<T> startsWith(String prefix) {
    return compare(Operator.STARTS_WITH, "startsWith", prefix);
  }

  /** Ending with {@code suffix} ({@link String#endsWith}). */
  public Condition<T> endsWith(String suffix) {
    return compare(Operator.ENDS_WITH, "endsWith", suffix);
  }

  /** Holding {@code part} ({@link String#contains}). */
  public Condition<T> contains(String part) {
    return compare(Operator.CONTAINS, "contains", part);
  }

  /** Equal to {@code value}, ignoring case ({@link String#equalsIgnoreCase}). */
  public Condition<T> equalsIgnoreCase(String value) {
    return compare(Operator.EQUALS_IGNORE_CASE, "equalsIgnoreCase", value);
  }
}
