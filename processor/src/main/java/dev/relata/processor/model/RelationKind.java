package dev.relata.processor.model;

/** The five relation annotations. */
public enum RelationKind {
  HAS_ONE("HasOne"),
  HAS_MANY("HasMany"),
  BELONGS_TO("BelongsTo"),
  HAS_MANY_BY("HasManyBy"),
  HAS_MANY_THROUGH("HasManyThrough");

  private final String simpleName;

  RelationKind(String simpleName) {
    this.simpleName = simpleName;
  }

  /** The annotation's simple name, such as {@code HasMany}. */
  public String simpleName() {
    return simpleName;
  }

  /** The annotation's qualified name. */
  public String annotationName() {
    return "dev.relata." + simpleName;
  }

  /** Whether the field holds a collection of targets. */
  public boolean toMany() {
    return this == HAS_MANY || this == HAS_MANY_BY || this == HAS_MANY_THROUGH;
  }

  /** The {@code onDelete} values the annotation takes, or none. */
  public java.util.List<String> onDeleteOptions() {
    return switch (this) {
      case HAS_ONE, HAS_MANY -> java.util.List.of("NOTHING", "CASCADE", "SET_NULL", "RESTRICT");
      case HAS_MANY_BY -> java.util.List.of("NOTHING", "CASCADE", "RESTRICT");
      case BELONGS_TO, HAS_MANY_THROUGH -> java.util.List.of();
    };
  }
}
