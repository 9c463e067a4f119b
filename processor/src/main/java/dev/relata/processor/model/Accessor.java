package dev.relata.processor.model;

/**
 * How generated code reaches a field: directly, through a method ({@code getTitle()}, {@code
 * setTitle(v)}, a record's {@code title()}), or, to write a record component, the canonical
 * constructor.
 */
public record Accessor(Kind kind, String name) {
  /** The ways in. */
  public enum Kind {
    /** The field itself, non-private: {@code post.title}. */
    FIELD,
    /** A method: a getter, a setter or a record accessor. */
    METHOD,
    /** A record's canonical constructor (writing only). */
    CONSTRUCTOR
  }

  /** Direct access to the field {@code name}. */
  public static Accessor field(String name) {
    return new Accessor(Kind.FIELD, name);
  }

  /** The method {@code name}: a getter, a setter or a record accessor. */
  public static Accessor method(String name) {
    return new Accessor(Kind.METHOD, name);
  }

  /** The canonical constructor of a record, which writes every component. */
  public static Accessor constructor() {
    return new Accessor(Kind.CONSTRUCTOR, "<init>");
  }
}
