package dev.relata.processor.validate;

import dev.relata.processor.model.AccessProblem;
import dev.relata.processor.model.InstantiationProblem;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, with its kind (an error unless said otherwise, as in
 * MapStruct's {@code Message}): a stable id in brackets, then what is wrong, where, and how to fix
 * it, with the candidates after "Options:" where there are any. The catalogue also words the facts
 * that parsing records (why an entity cannot be instantiated, why a field cannot be read), so that
 * every sentence lives here or beside the check that says it.
 *
 * <p>One check may have an error and a warning: two constants with one id.
 */
public enum Message {
  MISSING_KEY(
      "RelataMissingKey",
      "%s has no key: annotate one field with @Id, or name it 'id'. Options: %s"),
  AMBIGUOUS_KEY(
      "RelataAmbiguousKey",
      "%s has more than one @Id field (%s); an entity has exactly one key. Options: keep @Id on one"
          + " of %s"),
  KEY_TYPE(
      "RelataKeyType",
      "%s cannot be %s: its type is %s. Options: Long, Integer, String, UUID, long, int"),
  UNKNOWN_KEY("RelataUnknownKey", "%s has no field '%s' for the %s of %s. Options: %s"),
  KEY_MISMATCH(
      "RelataKeyMismatch",
      "the %s of %s cannot match its entity: %s is %s but %s is %s. Options: %s"),
  KEY_LIST_TYPE(
      "RelataKeyListType",
      "the foreignKey of %s must be a List<%s> of %s keys, but %s is %s. Options: %s"),
  RELATION_TYPE("RelataRelationType", "%s must be declared as %s, not %s"),
  NOT_AN_ENTITY(
      "RelataNotAnEntity",
      "%s is no @Entity, so it cannot be the %s of %s: annotate it with @Entity, or relate to an"
          + " entity"),
  MISSING_METADATA(
      "RelataMissingMetadata",
      "%s is an @Entity but was compiled without relata-processor (%s is missing): add"
          + " relata-processor to the annotation processor path of the build that compiles it"),
  NOT_INSTANTIABLE("RelataNotInstantiable", "%s cannot be an entity: %s"),
  INACCESSIBLE_FIELD(
      "RelataInaccessibleField", "%s cannot be %s by generated code: %s. Options: %s"),
  INACCESSIBLE_TYPE(
      "RelataInaccessibleType",
      "%s cannot be stored: its type %s is not visible to generated code in package %s. Options:"
          + " make %s package-private or public"),
  NAME_CLASH("RelataNameClash", "the relation %s clashes with the generated method %s of %s: %s"),
  DUPLICATE_NAME(
      "RelataDuplicateName",
      "two entities are named '%s': %s and %s. Give one of them @Entity(name = \"...\")"),
  ENTITY_NAME(
      "RelataEntityName",
      "'%s' is no valid entity name for %s: use letters, digits, '_' and '-', starting with a"
          + " letter"),
  TYPE_CLASH("RelataTypeClash", "%s needs to generate %s, but %s: rename one of them"),
  CONFLICTING_ANNOTATIONS(
      "RelataConflictingAnnotations",
      "%s has %s: a field is the key, a stored field or one relation. Options: keep one of them"),
  ON_DELETE("RelataOnDelete", "onDelete = %s is not possible on %s: %s. Options: %s"),
  MISPLACED_ANNOTATION("RelataMisplacedAnnotation", "@%s on %s has no effect: %s"),
  MISPLACED_ANNOTATION_IN_OPEN_CLASS(
      Kind.WARNING,
      "RelataMisplacedAnnotation",
      "@%s on %s has no effect: %s is no @Entity: annotate it with @Entity, unless entities extend"
          + " it"),
  INDEX_ON_RELATION(
      "RelataIndexOnRelation",
      "@Index on %s cannot index it: it is a relation (%s), which stores no value, and its keys are"
          + " indexed already. Options: remove @Index, or put it on a stored field"),
  INDEX_ON_KEY(
      "RelataIndexOnKey",
      "@Index on %s is not needed: it is the key, which is indexed and unique already. Options:"
          + " remove @Index"),
  INDEX_NOT_COMPARABLE(
      "RelataIndexNotComparable",
      "@Index(sorted = true) on %s cannot sort it: its type %s is not Comparable. Options: remove"
          + " sorted = true (a hash index still answers eq and in), or store a Comparable type"
          + " (numbers, String, java.time, enums, UUID)"),
  INTERNAL_ERROR(
      "RelataInternalError", "relata-processor failed while processing %s; please report this: %s");

  private final Kind kind;
  private final String id;
  private final String format;

  Message(String id, String format) {
    this(Kind.ERROR, id, format);
  }

  Message(Kind kind, String id, String format) {
    this.kind = kind;
    this.id = id;
    this.format = format;
  }

  /** An error, which keeps the entity from being generated, or a warning, which does not. */
  public Kind kind() {
    return kind;
  }

  /** The stable id, such as {@code RelataUnknownKey}. */
  public String id() {
    return id;
  }

  /** The text with {@code args}, starting with the id in brackets. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }

  /** Why an entity cannot be instantiated, for {@link #NOT_INSTANTIABLE}. */
  static String describe(InstantiationProblem problem) {
    String name = problem.type().getSimpleName().toString();
    return switch (problem.reason()) {
      case NOT_A_CLASS ->
          "it is " + describe(problem.type().getKind()) + "; an entity is a class or a record";
      case ABSTRACT -> "it is abstract";
      case GENERIC -> "it is generic";
      case LOCAL -> "it is a local class";
      case PRIVATE -> "it is private";
      case NESTED_IN_PRIVATE -> "it is nested in the private class " + name;
      case INNER -> "it is an inner class: declare it static";
      case NESTED_IN_INNER -> "it is nested in the inner class " + name + ": declare that static";
      case NO_CONSTRUCTOR ->
          "it has no no-argument constructor that generated code can call"
              + " (add one; it may be package-private)";
      case CONSTRUCTOR_THROWS -> "its no-argument constructor declares a checked exception";
    };
  }

  private static String describe(ElementKind kind) {
    return switch (kind) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Why generated code cannot read {@code property}, for {@link #INACCESSIBLE_FIELD}. */
  static String describeUnreadable(PropertyModel property) {
    AccessProblem problem = property.unreadable();
    String closed = describe(property, problem.field());
    if (problem.accessor() != null) {
      return closed
          + " and its getter "
          + problem.accessor().getSimpleName()
          + "() declares a checked exception";
    }
    return closed
        + " and has no getter get"
        + Names.capitalize(property.name())
        + "() that generated code can call";
  }

  /** Why generated code cannot write {@code property}, for {@link #INACCESSIBLE_FIELD}. */
  static String describeUnwritable(PropertyModel property) {
    AccessProblem problem = property.unwritable();
    String closed = describe(property, problem.field());
    String type = Names.display(property.type());
    if (problem.accessor() != null) {
      return closed
          + " and its setter "
          + problem.accessor().getSimpleName()
          + "("
          + type
          + ") declares a checked exception";
    }
    return closed
        + " and has no setter set"
        + Names.capitalize(property.name())
        + "("
        + type
        + ") that generated code can call";
  }

  private static String describe(PropertyModel property, AccessProblem.Field field) {
    return switch (field) {
      case PRIVATE -> "it is private";
      case OTHER_PACKAGE ->
          "it is declared in " + property.field().getEnclosingElement() + " of another package";
      case FINAL -> "it is final";
    };
  }
}
