package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relata.processor.model.Accessor;
import dev.relata.processor.model.Container;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.IndexModel;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationKind;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code Post_Meta}: the entity's metadata for the runtime, with the code that reads, writes
 * and copies its fields, so that no reflection runs.
 */
final class MetaWriter extends TypeWriter {
  static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

  MetaWriter(Schema schema, EntityCode code) {
    super(schema, code);
  }

  @Override
  TypeSpec write() {
    RowMethods rows = new RowMethods(code);
    return code.annotate(TypeSpec.classBuilder(code.meta))
        .addJavadoc(
            "The metadata of {@link $T} that the Relata runtime works on. Generated.\n",
            code.entity)
        .addModifiers(PUBLIC, FINAL)
        .superclass(
            ParameterizedTypeName.get(RuntimeNames.ENTITY_TYPE, code.entity, code.keyType()))
        .addOriginatingElement(model.element())
        .addField(
            FieldSpec.builder(code.meta, "INSTANCE", PUBLIC, STATIC, FINAL)
                .addJavadoc("The one instance.\n")
                .initializer("new $T()", code.meta)
                .build())
        .addMethod(constructor())
        .addMethod(copy())
        .addMethod(assemble())
        .addMethod(rows.create())
        .addMethod(rows.write())
        .addMethod(createRelations())
        .addMethods(indexes())
        .addType(columns())
        .addType(relations())
        .build();
  }

  private MethodSpec constructor() {
    List<CodeBlock> columns = new ArrayList<>();
    for (PropertyModel column : model.columns()) {
      columns.add(code.column(column));
    }
    return MethodSpec.constructorBuilder()
        .addModifiers(PRIVATE)
        .addStatement(
            "super($S,$W$T.class,$W$T.$N,$W$T.$N,$W$T.$N,$W$L,$W$T.of($L))",
            model.entityName(),
            code.entity,
            RuntimeNames.ENTITY_KIND,
            model.record() ? "RECORD" : "CLASS",
            RuntimeNames.ENTITY_COPY,
            model.copyRunsEntityCode() ? "RUNS_ENTITY_CODE" : "RUNS_NO_ENTITY_CODE",
            RuntimeNames.KEY_KIND,
            model.keyKind().name(),
            code.column(model.key()),
            RuntimeNames.LIST,
            CodeBlock.join(columns, ",$W"))
        .build();
  }

  private MethodSpec copy() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("copy")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(code.entity)
            .addParameter(code.entity, "source");
    if (model.record()) {
      return method
          .addStatement("return $L", construct("source", property -> CodeBlock.of("null")))
          .build();
    }
    method.addStatement("$T copy = new $T()", code.entity, code.entity);
    for (PropertyModel column : model.columns()) {
      method.addStatement(
          EntityCode.write(
              column, "copy", EntityCode.copyOf(column, EntityCode.read(column, "source"))));
    }
    for (RelationModel relation : model.relations()) {
      method.addStatement(EntityCode.write(relation.property(), "copy", CodeBlock.of("null")));
    }
    return method.addStatement("return copy").build();
  }

  private MethodSpec assemble() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("assemble")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(code.entity)
            .addParameter(code.entity, "row")
            .addParameter(Object[].class, "relations");
    if (model.relations().stream().anyMatch(r -> isGeneric(r.property().type()))) {
      method.addAnnotation(UNCHECKED);
    }
    if (model.record()) {
      return method.addStatement("return $L", construct("row", this::loadedValue)).build();
    }
    if (model.relations().isEmpty()) {
      return method.addStatement("return copy(row)").build();
    }
    method.addStatement("$T entity = copy(row)", code.entity);
    List<RelationModel> relations = model.relations();
    for (int i = 0; i < relations.size(); i++) {
      PropertyModel property = relations.get(i).property();
      method.addStatement(EntityCode.write(property, "entity", relationValue(property, i)));
    }
    return method.addStatement("return entity").build();
  }

  private static CodeBlock relationValue(PropertyModel property, int ordinal) {
    return CodeBlock.of("($T) relations[$L]", TypeName.get(property.type()), ordinal);
  }

  /** The value {@code assemble} gives a relation field: its entry of the array. */
  private CodeBlock loadedValue(PropertyModel property) {
    return relationValue(property, model.relations().indexOf(model.relationOf(property)));
  }

  /**
   * A new record: columns copied from {@code receiver}, each relation field the value that {@code
   * relationValue} gives it.
   */
  private CodeBlock construct(String receiver, Function<PropertyModel, CodeBlock> relationValue) {
    return code.construct(
        property ->
            model.relationOf(property) == null
                ? EntityCode.copyOf(property, EntityCode.read(property, receiver))
                : relationValue.apply(property));
  }

  private MethodSpec createRelations() {
    List<CodeBlock> relations = new ArrayList<>();
    for (RelationModel relation : model.relations()) {
      relations.add(code.relation(relation));
    }
    TypeName relation =
        ParameterizedTypeName.get(
            RuntimeNames.RELATION, code.entity, WildcardTypeName.subtypeOf(Object.class));
    return MethodSpec.methodBuilder("createRelations")
        .addAnnotation(Override.class)
        .addModifiers(PROTECTED)
        .returns(ParameterizedTypeName.get(RuntimeNames.LIST, relation))
        .addStatement("return $T.of($L)", RuntimeNames.LIST, CodeBlock.join(relations, ",$W"))
        .build();
  }

  private TypeSpec columns() {
    TypeSpec.Builder columns =
        TypeSpec.classBuilder("Columns")
            .addJavadoc("The stored fields of {@link $T}.\n", code.entity)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    if (model.columns().stream().anyMatch(c -> isGeneric(c.type()))) {
      columns.addAnnotation(UNCHECKED);
    }
    List<PropertyModel> list = model.columns();
    for (int i = 0; i < list.size(); i++) {
      PropertyModel column = list.get(i);
      columns.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(RuntimeNames.COLUMN, code.entity),
                  code.constantName(column.name()),
                  PUBLIC,
                  STATIC,
                  FINAL)
              .initializer(columnInitializer(column, i))
              .build());
    }
    return columns.build();
  }

  /**
   * {@code Column.of}, {@code ofPrimitive} or, for a {@code long}, {@code int}, {@code short} or
   * {@code byte} field, {@code ofNumber} with the getter again as a {@code ToLongFunction}, so that
   * the runtime reads the value without boxing it.
   */
  private CodeBlock columnInitializer(PropertyModel column, int ordinal) {
    CodeBlock codec = EntityCode.valueCodec(column.json().value());
    if (isIntegral(column.type())) {
      return CodeBlock.of(
          "$T.ofNumber(\n$>$>$L, $S, $L,\n$L,\n$L,\n$L$<$<)",
          RuntimeNames.COLUMN,
          ordinal,
          column.name(),
          codec,
          getter(column),
          getter(column),
          setter(column));
    }
    return CodeBlock.of(
        "$T.$N(\n$>$>$L, $S, $L,\n$L,\n$L$<$<)",
        RuntimeNames.COLUMN,
        column.primitive() ? "ofPrimitive" : "of",
        ordinal,
        column.name(),
        codec,
        getter(column),
        setter(column));
  }

  private static boolean isIntegral(TypeMirror type) {
    TypeKind kind = type.getKind();
    return kind == TypeKind.LONG
        || kind == TypeKind.INT
        || kind == TypeKind.SHORT
        || kind == TypeKind.BYTE;
  }

  private TypeSpec relations() {
    TypeSpec.Builder relations =
        TypeSpec.classBuilder("Relations")
            .addJavadoc(
                "The relations of {@link $T}, created on first use: they refer to the metadata of"
                    + " other\nentities, which must not happen while classes initialize.\n",
                code.entity)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    if (model.relations().stream().anyMatch(r -> isGeneric(r.property().type()))) {
      relations.addAnnotation(UNCHECKED);
    }
    List<RelationModel> list = model.relations();
    for (int i = 0; i < list.size(); i++) {
      RelationModel relation = list.get(i);
      EntityCode target = new EntityCode(schema.entity(relation.target()));
      relations.addField(
          FieldSpec.builder(
                  relationType(relation, target),
                  code.constantName(relation.name()),
                  PUBLIC,
                  STATIC,
                  FINAL)
              .initializer(relationInitializer(relation, i, target))
              .build());
    }
    return relations.build();
  }

  private TypeName relationType(RelationModel relation, EntityCode target) {
    ClassName type = relation.kind().relationClass();
    if (relation.kind() == RelationKind.HAS_MANY_THROUGH) {
      ClassName through = new EntityCode(schema.entity(relation.through())).entity;
      return ParameterizedTypeName.get(type, code.entity, through, target.entity);
    }
    return ParameterizedTypeName.get(type, code.entity, target.entity);
  }

  private CodeBlock relationInitializer(RelationModel relation, int ordinal, EntityCode target) {
    EntityModel targetModel = target.model;
    PropertyModel property = relation.property();
    CodeBlock field =
        CodeBlock.of(
            "new $T<>(\n$>$>$S, $L, INSTANCE, $T.INSTANCE,\n$L,\n$L$<$<)",
            RuntimeNames.RELATION_FIELD,
            relation.name(),
            ordinal,
            target.meta,
            getter(property),
            setter(property));
    CodeBlock.Builder args = CodeBlock.builder().add("$L", field);
    switch (relation.kind()) {
      case HAS_ONE, HAS_MANY -> {
        args.add(
            ",\n$L, $L",
            code.column(relation.keyField("localKey", model)),
            target.column(relation.keyField("foreignKey", targetModel)));
        args.add(", $T.$N", RuntimeNames.ON_DELETE, relation.onDelete());
        if (relation.kind() == RelationKind.HAS_MANY) {
          args.add(
              ", $T.$N",
              RuntimeNames.COLLECTION_KIND,
              relation.container() == Container.SET ? "SET" : "LIST");
        }
      }
      case BELONGS_TO, HAS_MANY_BY -> {
        args.add(
            ",\n$L, $L",
            code.column(relation.keyField("foreignKey", model)),
            target.column(relation.keyField("ownerKey", targetModel)));
        if (relation.kind() == RelationKind.HAS_MANY_BY) {
          args.add(", $T.$N", RuntimeNames.ON_DELETE, relation.onDelete());
        }
      }
      case HAS_MANY_THROUGH -> {
        EntityCode through = new EntityCode(schema.entity(relation.through()));
        args.add(",\n$T.INSTANCE,\n", through.meta);
        args.add(
            "$L, $L, $L, $L",
            code.column(relation.keyField("localKey", model)),
            through.column(relation.keyField("firstKey", through.model)),
            through.column(relation.keyField("secondLocalKey", through.model)),
            target.column(relation.keyField("secondKey", targetModel)));
      }
    }
    return CodeBlock.of("new $T<>(\n$>$>$L$<$<)", relation.kind().relationClass(), args.build());
  }

  /** Reads the field: a method reference, or a lambda for direct field access. */
  private CodeBlock getter(PropertyModel property) {
    Accessor reader = property.reader();
    return reader.kind() == Accessor.Kind.METHOD
        ? CodeBlock.of("$T::$N", code.entity, reader.name())
        : CodeBlock.of("entity -> entity.$N", reader.name());
  }

  /** Writes the field: in place for a class, into a new instance for a record. */
  private CodeBlock setter(PropertyModel property) {
    CodeBlock value = EntityCode.cast(property.type(), "value");
    if (model.record()) {
      return CodeBlock.of(
          "(entity, value) -> $L", code.construct("entity", Map.of(property.name(), value)));
    }
    return CodeBlock.builder()
        .add("(entity, value) -> {\n$>")
        .addStatement(EntityCode.write(property, "entity", value))
        .addStatement("return entity")
        .add("$<}")
        .build();
  }

  /** Whether {@code type} has type arguments, so that a cast to it is unchecked. */
  static boolean isGeneric(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }

  /** {@code indexes()}, listing the {@code @Index}es of the entity; none where it has none. */
  private List<MethodSpec> indexes() {
    List<CodeBlock> indexes = new ArrayList<>();
    for (PropertyModel column : model.columns()) {
      IndexModel index = column.index();
      if (index != null) {
        indexes.add(
            CodeBlock.of(
                "$T.on($L)$L$L",
                RuntimeNames.INDEX_SPEC,
                code.column(column),
                index.unique() ? ".unique()" : "",
                index.sorted() ? ".sorted()" : ""));
      }
    }
    if (indexes.isEmpty()) {
      return List.of();
    }
    return List.of(
        MethodSpec.methodBuilder("indexes")
            .addAnnotation(Override.class)
            .addModifiers(PROTECTED)
            .returns(
                ParameterizedTypeName.get(
                    RuntimeNames.LIST,
                    ParameterizedTypeName.get(RuntimeNames.INDEX_SPEC, code.entity)))
            .addStatement("return $T.of($L)", RuntimeNames.LIST, CodeBlock.join(indexes, ",$W"))
            .build());
  }
}
