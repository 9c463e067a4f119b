package dev.relata.processor.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;

/**
 * The one home of the names of relata-runtime's types that the processor reads (the annotations) or
 * that generated code refers to, as AutoValue's {@code ClassNames} does: the processor does not
 * need the runtime on its own class path. Parsing and validation compare with {@link
 * ClassName#canonicalName()}.
 */
public final class RuntimeNames {
  private RuntimeNames() {}

  private static final String API = "dev.relata";
  private static final String INTERNAL = "dev.relata.internal";

  public static final ClassName ENTITY = ClassName.get(API, "Entity");
  public static final ClassName ID = ClassName.get(API, "Id");
  public static final ClassName HAS_ONE = ClassName.get(API, "HasOne");
  public static final ClassName HAS_MANY = ClassName.get(API, "HasMany");
  public static final ClassName BELONGS_TO = ClassName.get(API, "BelongsTo");
  public static final ClassName HAS_MANY_BY = ClassName.get(API, "HasManyBy");
  public static final ClassName HAS_MANY_THROUGH = ClassName.get(API, "HasManyThrough");
  public static final ClassName INDEX = ClassName.get(API, "Index");

  public static final ClassName STORE = ClassName.get(API, "Store");
  public static final ClassName REPOSITORY = ClassName.get(API, "Repository");
  public static final ClassName QUERY = ClassName.get(API, "Query");
  public static final ClassName ON_DELETE = ClassName.get(API, "OnDelete");

  public static final ClassName ENTITY_TYPE = ClassName.get(INTERNAL, "EntityType");
  public static final ClassName COLUMN = ClassName.get(INTERNAL, "Column");
  public static final ClassName KEY_KIND = ClassName.get(INTERNAL, "KeyKind");
  public static final ClassName ENTITY_KIND = ClassName.get(INTERNAL, "EntityKind");
  public static final ClassName COLLECTION_KIND = ClassName.get(INTERNAL, "CollectionKind");
  public static final ClassName RELATION = ClassName.get(INTERNAL, "Relation");
  public static final ClassName QUERY_SPEC = ClassName.get(INTERNAL, "QuerySpec");
  public static final ClassName COPIES = ClassName.get(INTERNAL, "Copies");
  public static final ClassName INDEX_SPEC = ClassName.get(INTERNAL, "IndexSpec");
  public static final ClassName FIELD = ClassName.get(API, "Field");
  public static final ClassName COMPARABLE_FIELD = ClassName.get(API, "ComparableField");
  public static final ClassName STRING_FIELD = ClassName.get(API, "StringField");

  /** The class {@code simpleName} of the runtime's public API, {@code dev.relata}. */
  public static ClassName api(String simpleName) {
    return ClassName.get(API, simpleName);
  }

  /** The class {@code simpleName} that only generated code uses, in {@code dev.relata.internal}. */
  public static ClassName internal(String simpleName) {
    return ClassName.get(INTERNAL, simpleName);
  }

  /** The superclasses of the generated types, by which a type left by an earlier run is known. */
  public static final java.util.List<ClassName> GENERATED_SUPERCLASSES =
      java.util.List.of(REPOSITORY, QUERY, ENTITY_TYPE);

  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  public static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");

  /**
   * The type of a constraint on the query {@code query} of a related entity: {@code Function<?
   * super CommentQuery, ? extends CommentQuery>}, which takes any lambda, method reference, {@code
   * UnaryOperator} or {@code Function} that refines that query.
   */
  public static TypeName constraint(ClassName query) {
    return ParameterizedTypeName.get(
        FUNCTION, WildcardTypeName.supertypeOf(query), WildcardTypeName.subtypeOf(query));
  }

  /** {@code @Generated("dev.relata.processor.RelataProcessor")}, without a date. */
  public static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "dev.relata.processor.RelataProcessor")
          .build();
}
