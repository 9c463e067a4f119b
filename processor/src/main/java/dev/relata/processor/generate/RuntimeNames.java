package dev.relata.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;

/**
 * The runtime types generated code refers to, by name: the processor does not need the runtime on
 * its own class path.
 */
final class RuntimeNames {
  private RuntimeNames() {}

  private static final String API = "dev.relata";
  private static final String INTERNAL = "dev.relata.internal";

  static final ClassName STORE = ClassName.get(API, "Store");
  static final ClassName REPOSITORY = ClassName.get(API, "Repository");
  static final ClassName QUERY = ClassName.get(API, "Query");
  static final ClassName ON_DELETE = ClassName.get(API, "OnDelete");
  static final ClassName HAS_ONE_RESOLVER = ClassName.get(API, "HasOneResolver");
  static final ClassName HAS_MANY_RESOLVER = ClassName.get(API, "HasManyResolver");
  static final ClassName BELONGS_TO_RESOLVER = ClassName.get(API, "BelongsToResolver");
  static final ClassName HAS_MANY_BY_RESOLVER = ClassName.get(API, "HasManyByResolver");
  static final ClassName HAS_MANY_THROUGH_RESOLVER = ClassName.get(API, "HasManyThroughResolver");

  static final ClassName ENTITY_TYPE = ClassName.get(INTERNAL, "EntityType");
  static final ClassName COLUMN = ClassName.get(INTERNAL, "Column");
  static final ClassName KEY_KIND = ClassName.get(INTERNAL, "KeyKind");
  static final ClassName ENTITY_KIND = ClassName.get(INTERNAL, "EntityKind");
  static final ClassName COLLECTION_KIND = ClassName.get(INTERNAL, "CollectionKind");
  static final ClassName RELATION = ClassName.get(INTERNAL, "Relation");
  static final ClassName QUERY_SPEC = ClassName.get(INTERNAL, "QuerySpec");
  static final ClassName COPIES = ClassName.get(INTERNAL, "Copies");
  static final ClassName HAS_ONE_RELATION = ClassName.get(INTERNAL, "HasOneRelation");
  static final ClassName HAS_MANY_RELATION = ClassName.get(INTERNAL, "HasManyRelation");
  static final ClassName BELONGS_TO_RELATION = ClassName.get(INTERNAL, "BelongsToRelation");
  static final ClassName HAS_MANY_BY_RELATION = ClassName.get(INTERNAL, "HasManyByRelation");
  static final ClassName HAS_MANY_THROUGH_RELATION =
      ClassName.get(INTERNAL, "HasManyThroughRelation");

  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");

  /**
   * The type of a constraint on the query {@code query} of a related entity: {@code Function<?
   * super CommentQuery, ? extends CommentQuery>}, which takes any lambda, method reference, {@code
   * UnaryOperator} or {@code Function} that refines that query.
   */
  static TypeName constraint(ClassName query) {
    return ParameterizedTypeName.get(
        FUNCTION, WildcardTypeName.supertypeOf(query), WildcardTypeName.subtypeOf(query));
  }

  /** {@code @Generated("dev.relata.processor.RelataProcessor")}, without a date. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", "dev.relata.processor.RelataProcessor")
          .build();
}
