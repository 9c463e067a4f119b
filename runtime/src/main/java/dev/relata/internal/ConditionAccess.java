package dev.relata.internal;

import dev.relata.Condition;
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
 * reaches package-private state across packages (its {@code SharedSecrets}). A query may reach
 * here before anything initialized {@code Condition}: one ordered by a field and filtered by
 * nothing holds a {@code Field} and an {@code Order}, neither of which initializes it. So {@link
 * #get} initializes {@code Condition} when nothing is installed yet, as the JDK's {@code
 * SharedSecrets} does. The installed instance is {@code volatile}: the thread that initialized
 * {@code Condition} may not be the one that reads it.
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

  /** The installed implementation, initializing {@code dev.relata.Condition} first if need be. */
  static ConditionAccess get() {
    ConditionAccess access = installed;
    if (access == null) {
      initialize(Condition.class);
      access = installed;
    }
    return access;
  }

  /** Runs {@code type}'s static initializer, unless it ran already (a class literal does not). */
  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type + " is loaded, so it is found", e);
    }
  }

  /** The column {@code field} reads. */
  protected abstract Column<?> column(Field<?, ?> field);

  /** The first operand of {@code comparison}, or null where it has none. */
  protected abstract Object operand(Comparison<?> comparison);
}
