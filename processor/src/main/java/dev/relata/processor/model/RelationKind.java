package dev.relata.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The five relation annotations, each with the runtime types that generated code uses for it: the
 * one mapping from a kind to its names.
 */
public enum RelationKind {
  /** {@code @HasOne}: the foreign key sits on the one target row. */
  HAS_ONE(RuntimeNames.HAS_ONE, List.of("NOTHING", "CASCADE", "SET_NULL", "RESTRICT")),
  /** {@code @HasMany}: the foreign key sits on every target row. */
  HAS_MANY(RuntimeNames.HAS_MANY, List.of("NOTHING", "CASCADE", "SET_NULL", "RESTRICT")),
  /** {@code @BelongsTo}: the foreign key sits on the owner. */
  BELONGS_TO(RuntimeNames.BELONGS_TO, List.of()),
  /** {@code @HasManyBy}: the owner holds a list of target keys. */
  HAS_MANY_BY(RuntimeNames.HAS_MANY_BY, List.of("NOTHING", "CASCADE", "RESTRICT")),
  /** {@code @HasManyThrough}: the target rows of the rows of a middle entity. */
  HAS_MANY_THROUGH(RuntimeNames.HAS_MANY_THROUGH, List.of());

  private final ClassName annotation;
  private final ClassName relationClass;
  private final ClassName resolverClass;
  private final List<String> onDeleteOptions;

  RelationKind(ClassName annotation, List<String> onDeleteOptions) {
    this.annotation = annotation;
    this.relationClass = RuntimeNames.internal(annotation.simpleName() + "Relation");
    this.resolverClass = RuntimeNames.api(annotation.simpleName() + "Resolver");
    this.onDeleteOptions = onDeleteOptions;
  }

  /** The annotation's simple name, such as {@code HasMany}. */
  public String simpleName() {
    return annotation.simpleName();
  }

  /** The annotation's qualified name. */
  public String annotationName() {
    return annotation.canonicalName();
  }

  /** The runtime relation class that generated metadata instantiates: {@code HasManyRelation}. */
  public ClassName relationClass() {
    return relationClass;
  }

  /** The runtime resolver class that a repository returns: {@code HasManyResolver}. */
  public ClassName resolverClass() {
    return resolverClass;
  }

  /** The {@code onDelete} values the annotation takes, or none where it has no such attribute. */
  public List<String> onDeleteOptions() {
    return onDeleteOptions;
  }
}
