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

  /** {@code @Entity}, which marks an entity class. */
  public static final ClassName ENTITY = ClassName.get(API, "Entity");

  /** {@code @Id}, which marks the key field. */
  public static final ClassName ID = ClassName.get(API, "Id");

  /** {@code @HasOne}. */
  public static final ClassName HAS_ONE = ClassName.get(API, "HasOne");

  /** {@code @HasMany}. */
  public static final ClassName HAS_MANY = ClassName.get(API, "HasMany");

  /** {@code @BelongsTo}. */
  public static final ClassName BELONGS_TO = ClassName.get(API, "BelongsTo");

  /** {@code @HasManyBy}. */
  public static final ClassName HAS_MANY_BY = ClassName.get(API, "HasManyBy");

  /** {@code @HasManyThrough}. */
  public static final ClassName HAS_MANY_THROUGH = ClassName.get(API, "HasManyThrough");
  public static final ClassName INDEX = ClassName.get(API, "Index");

  /** {@code Store}, which generated repositories and queries are made on. */
  public static final ClassName STORE = ClassName.get(API, "Store");

  /** {@code Repository}, the superclass of {@code PostRepository}. */
  public static final ClassName REPOSITORY = ClassName.get(API, "Repository");

  /** {@code Query}, the superclass of {@code PostQuery}. */
  public static final ClassName QUERY = ClassName.get(API, "Query");

  /** {@code OnDelete}, whose constants generated relations name. */
  public static final ClassName ON_DELETE = ClassName.get(API, "OnDelete");

  /** {@code EntityType}, the superclass of {@code Post_Meta}. */
  public static final ClassName ENTITY_TYPE = ClassName.get(INTERNAL, "EntityType");

  /** {@code RowSource}, the stored values of one row that {@code Post_Meta.create} reads. */
  public static final ClassName ROW_SOURCE = ClassName.get(INTERNAL, "RowSource");

  /** {@code RowSink}, where {@code Post_Meta.write} hands the stored values of one row. */
  public static final ClassName ROW_SINK = ClassName.get(INTERNAL, "RowSink");

  /** {@code Column}, a stored field of {@code Post_Meta.Columns}. */
  public static final ClassName COLUMN = ClassName.get(INTERNAL, "Column");

  /** {@code KeyKind}: the type of a key, which decides how a missing one is assigned. */
  public static final ClassName KEY_KIND = ClassName.get(INTERNAL, "KeyKind");

  /** {@code EntityKind}: a class or a record. */
  public static final ClassName ENTITY_KIND = ClassName.get(INTERNAL, "EntityKind");

  /** {@code EntityCopy}: whether an entity's copy can run code of its author. */
  public static final ClassName ENTITY_COPY = ClassName.get(INTERNAL, "EntityCopy");

  /** {@code CollectionKind}: what a {@code @HasMany} field is loaded as. */
  public static final ClassName COLLECTION_KIND = ClassName.get(INTERNAL, "CollectionKind");

  /** {@code Relation}, the supertype of every relation of {@code Post_Meta.Relations}. */
  public static final ClassName RELATION = ClassName.get(INTERNAL, "Relation");

  /**
   * {@code RelationField}, what every relation kind takes first: the field's name, ends and code.
   */
  public static final ClassName RELATION_FIELD = ClassName.get(INTERNAL, "RelationField");

  /** {@code QuerySpec}, what a generated query passes to its superclass. */
  public static final ClassName QUERY_SPEC = ClassName.get(INTERNAL, "QuerySpec");

  /** {@code Copies}, the copies of mutable field values that generated code makes. */
  public static final ClassName COPIES = ClassName.get(INTERNAL, "Copies");
  public static final ClassName INDEX_SPEC = ClassName.get(INTERNAL, "IndexSpec");
  public static final ClassName FIELD = ClassName.get(API, "Field");
  public static final ClassName COMPARABLE_FIELD = ClassName.get(API, "ComparableField");
  public static final ClassName STRING_FIELD = ClassName.get(API, "StringField");
  public static final ClassName JSON_CODEC = ClassName.get(INTERNAL, "JsonCodec");
  public static final ClassName JSON_READING = ClassName.get(INTERNAL, "JsonReading");
  public static final ClassName JSON_WRITING = ClassName.get(INTERNAL, "JsonWriting");
  public static final ClassName VALUE_CODEC = ClassName.get(INTERNAL, "ValueCodec");
  public static final ClassName VALUE_CODECS = ClassName.get(INTERNAL, "ValueCodecs");

  /** Jackson's types that generated JSON code uses (the processor itself needs no Jackson). */
  public static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  public static final ClassName JSON_PARSER =
      ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  public static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  public static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

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
      java.util.List.of(REPOSITORY, QUERY, ENTITY_TYPE, JSON_CODEC);

  /** {@code java.util.List}. */
  public static final ClassName LIST = ClassName.get("java.util", "List");

  /** {@code java.util.Optional}. */
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  /** {@code java.util.function.Function}. */
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
