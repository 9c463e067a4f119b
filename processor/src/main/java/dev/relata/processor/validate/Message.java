package dev.relata.processor.validate;

/**
 * Every diagnostic the processor reports: a stable id in brackets, then what is wrong, where, and
 * how to fix it, with the candidates after "Options:" where there are any.
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
  INTERNAL_ERROR(
      "RelataInternalError", "relata-processor failed while processing %s; please report this: %s");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable id, such as {@code RelataUnknownKey}. */
  public String id() {
    return id;
  }

  /** The text with {@code args}, starting with the id in brackets. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
