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
      "'%s' is no valid entity name for %s: use a letter followed by letters, digits or '_', and"
          + " no Java keyword"),
  ENTITY_VALUE(
      "RelataEntityValue",
      "%s holds the entity type %s but has no relation annotation, so the store would keep your"
          + " very objects in the row and never save them as %s. Options: annotate the relation"
          + " (%s), store the key instead (%s), or make the field transient"),
  UNCOPYABLE(
      "RelataUncopyable",
      "%s cannot be stored: Relata cannot copy %s, and a stored value must share no mutable"
          + " object with your code. Options: "
          + Copyable.TYPES
          + "; or make the field transient"),
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
  JSON_NAME(
      "RelataJsonName",
      "%s and %s are both named \"%s\" in JSON; each field needs a member of its own. Options:"
          + " give one of them another @JsonProperty name, or @JsonIgnore one"),
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

  /** What generated code can copy or share, for the options of {@link #UNCOPYABLE}. */
  private static final class Copyable {
    static final String TYPES =
        "an immutable type (String, a boxed primitive, an enum, java.time, UUID, BigDecimal,"
            + " BigInteger, a record or a class of final fields of such types), a collection or"
            + " map interface (Collection, List, Set, SortedSet, NavigableSet, Queue, Deque,"
            + " BlockingQueue, BlockingDeque, Map, SortedMap, NavigableMap, ConcurrentMap,"
            + " ConcurrentNavigableMap), an EnumSet, a concrete collection or map class with a"
            + " copy constructor, or an array, holding such types";
  }

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

  /**
   * The reasons and fixes that a check chooses between and puts into a message's {@code %s}, worded
   * here so that the catalogue holds every sentence the processor prints.
   */
  enum Phrase {
    /** {@link #ON_DELETE} reasons and fixes. */
    PRIMITIVE_FOREIGN_KEY("its foreign key %s is a primitive %s, which cannot be null"),
    OR_DECLARE_BOXED("%s, or declare %s as %s"),
    FOREIGN_KEY_IS_PRIMARY("its foreign key %s is the primary key of %s"),
    NO_KEY_TO_CLEAR("a @HasManyBy keeps its keys on %s, so there is no key on %s to clear"),
    /** {@link #RELATION_TYPE}: the expected type. */
    SINGLE_ENTITY("a single entity, such as %s %s"),
    ANY_COLLECTION("List<%1$s>, Collection<%1$s> or Set<%1$s>"),
    LIST("List<%s>"),
    /** {@link #MISPLACED_ANNOTATION}: why it has no effect. */
    STATIC_FIELD("the field is static, and entities store instance fields only"),
    TRANSIENT_FIELD("the field is transient, and entities do not store transient fields"),
    NOT_AN_ENTITY_CLASS("%s is no @Entity: annotate it with @Entity"),
    /** {@link #NAME_CLASH} and {@link #TYPE_CLASH}: the other party and the fix. */
    RESERVED_NAME("rename the field. Reserved names: %s"),
    GENERATED_TWICE("the relation %s generates it as well; rename one of them"),
    TYPE_EXISTS("a type of that name exists"),
    GENERATED_TOO("%s generates it too (entities of one package need distinct simple names)"),
    /** {@link #INACCESSIBLE_FIELD}: the fixes. */
    MAKE_NON_FINAL("make it non-final, or make the entity a record"),
    MAKE_NON_FINAL_AND_NON_PRIVATE(
        "make it non-final and non-private, or make the entity a record"),
    MAKE_NON_PRIVATE("make it non-private, or add %s"),
    MAKE_PUBLIC("make it public, or add %s"),
    GETTER("a getter get%s()"),
    SETTER("a setter set%s(%s)"),
    /** {@link #KEY_TYPE}, {@link #KEY_MISMATCH}, {@link #KEY_LIST_TYPE}: the key and the fixes. */
    KEY_OF("the key of %s"),
    KEY_ATTRIBUTE_OF("the %s of %s"),
    NONE_FITS("none fits (add a field %s to %s)"),
    CHANGE_FIELD("change %s to %s"),
    OR_USE_ANOTHER("%s, or use another %s: %s"),
    /** {@link #ENTITY_VALUE} and {@link #UNCOPYABLE}. */
    TO_ONE_RELATIONS("@BelongsTo or @HasOne"),
    TO_MANY_RELATIONS("@HasMany, @HasManyBy or @HasManyThrough on a List<%s>"),
    WITHIN("%s (in %s)");

    private final String format;

    Phrase(String format) {
      this.format = format;
    }

    /** The phrase with {@code args}. */
    String format(Object... args) {
      return String.format(format, args);
    }
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
