package dev.relata.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * A reason why generated code cannot create instances of an entity: a fact for {@code validate} to
 * judge and word.
 *
 * @param reason what stands in the way
 * @param type the class it concerns: the entity, or the class it is nested in
 */
public record InstantiationProblem(Reason reason, TypeElement type) {
  /** What stands in the way. */
  public enum Reason {
    /** An interface, an enum or an annotation type: no class or record. */
    NOT_A_CLASS,
    /** An abstract class. */
    ABSTRACT,
    /** A class with type parameters, which generated code could not name. */
    GENERIC,
    /** A local or anonymous class. */
    LOCAL,
    /** A private class. */
    PRIVATE,
    /** {@link #type} is a private class that the entity is nested in. */
    NESTED_IN_PRIVATE,
    /** A non-static member class. */
    INNER,
    /** {@link #type} is an inner class that the entity is nested in. */
    NESTED_IN_INNER,
    /** No no-argument constructor that generated code can call. */
    NO_CONSTRUCTOR,
    /** The no-argument constructor declares a checked exception. */
    CONSTRUCTOR_THROWS
  }
}
