package dev.relata.internal;

import dev.relata.Condition.Comparison;
import dev.relata.Field;

/**
 * What the store reads of a typed condition beyond its public accessors: the {@link Column} that a
 * {@link Field} was built from, and the one operand of a {@link Comparison} without its operand
 * list. Users never call it; {@code dev.relata.Condition} installs the one implementation when it
 * is initialized.
 *
 * <p>Implementation notes. A query that is one index lookup ({@link IndexLookup}) runs this on
 * every call: {@code Comparison.operands()} would build a list per comparison of one operand,
 * and finding the column by the field's name would scan the entity's columns. The public API of
 * {@code Field} and {@code Comparison} stays as it is, so the two are reached here, as the JDK
 * reaches package-private state across packages (its {@code SharedSecrets}). Any thread that
 * holds a {@code Comparison} has seen {@code Condition} initialized, but not necessarily through
 * the same lock, so the installed instance is {@code volatile}.
 */
public abstract class ConditionAccess {
  private static volatile ConditionAccess installed;

  /** For the one implementation, in {@code dev.relata}. */
  protected ConditionAccess() {}

  /**
   * Installs {@code access}; {@code dev.relata.Condition} calls this once, from its static
   * initializer.
   *
   * @throws IllegalStateException if an implementation is installed already
   */
  public static void install(ConditionAccess access) {
    if (installed != null) {
      throw new IllegalStateException("a ConditionAccess is installed already");
    }
    installed = access;
  }

  /** The installed implementation; a caller holds a comparison, so it is installed. */
  static ConditionAccess get() {
    return installed;
  }

  /** The column {@code field} reads. */
  protected abstract Column<?> column(Field<?, ?> field);

  /** The first operand of {@code comparison}, or null where it has none. */
  protected abstract Object operand(Comparison<?> comparison);
}
