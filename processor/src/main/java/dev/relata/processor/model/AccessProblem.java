package dev.relata.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * Why generated code can neither read (or write) a field directly nor through an accessor: a fact
 * for {@code validate} to judge and word.
 *
 * @param field why the field itself is closed
 * @param accessor the getter (or setter) found, which declares a checked exception; or null where
 *     there is none that generated code can call
 */
public record AccessProblem(Field field, ExecutableElement accessor) {
  /** Why the field itself is closed to generated code. */
  public enum Field {
    /** Private. */
    PRIVATE,
    /** Package-private or protected in a class of another package. */
    OTHER_PACKAGE,
    /** Final, so that it cannot be written. */
    FINAL
  }
}
