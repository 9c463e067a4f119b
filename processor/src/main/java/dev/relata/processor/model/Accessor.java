package dev.relata.processor.model;

/**
 * How generated code reaches a field: directly, through a method ({@code getTitle()}, {@code
 * setTitle(v)}, a record's {@code title()}), or, to write a record component, the canonical
 * constructor.
 */
public record Accessor(Kind kind, String name) {
  /** The ways in. */
  public enum Kind {
    FIELD,
    METHOD,
    CONSTRUCTOR
  }

  public static Accessor field(String name) {
    return new Accessor(Kind.FIELD, name);
  }

  public static Accessor method(String name) {
    return new Accessor(Kind.METHOD, name);
  }

  public static Accessor constructor() {
    return new Accessor(Kind.CONSTRUCTOR, "<init>");
  }
}
