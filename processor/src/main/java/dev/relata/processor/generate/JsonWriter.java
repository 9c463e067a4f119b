package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.JsonField;
import dev.relata.processor.model.JsonValue;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeKind;

/**
 * Writes {@code Post_Json}: the entity's JSON reader and writer on Jackson's streaming API, which
 * the runtime finds through {@code META-INF/services} ({@link ServiceFile}).
 */
final class JsonWriter extends TypeWriter {
  private static final ClassName CODECS = RuntimeNames.VALUE_CODECS;

  /** The member name constant of each field in JSON, by field name. */
  private final Map<String, String> names = new HashMap<>();

  /** The codec constant of each stored field whose codec is built (not a plain constant). */
  private final Map<String, String> codecs = new HashMap<>();

  /** The local names of the methods: the entity, then a record's components. */
  private final NameAllocator locals = new NameAllocator();

  private final String entityVariable;

  JsonWriter(Schema schema, EntityCode code) {
    super(schema, code);
    NameAllocator constants = new NameAllocator();
    for (PropertyModel property : model.properties()) {
      if (!property.json().ignored()) {
        names.put(property.name(), constants.newName(Names.upperSnake(property.name())));
      }
    }
    for (PropertyModel column : model.columns()) {
      if (!column.json().ignored() && needsConstant(column.json().value())) {
        codecs.put(
            column.name(), constants.newName(Names.upperSnake(column.name()) + "_VALUES"));
      }
    }
    for (String reserved : List.of("in", "out", "context", "field")) {
      locals.newName(reserved, reserved);
    }
    entityVariable =
        locals.newName(Names.parameterName(Names.lowerCamel(model.simpleName())), "entity");
  }

  /** Built codecs (collections, maps, enums, other types) are constants, made once. */
  private static boolean needsConstant(JsonValue value) {
    return value.kind() != JsonValue.Kind.PRIMITIVE && value.kind() != JsonValue.Kind.SCALAR;
  }

  @Override
  TypeSpec write() {
    ClassName json = ClassName.get(model.packageName(), model.simpleName() + Generated.JSON);
    TypeSpec.Builder type =
        code.annotate(TypeSpec.classBuilder(json))
            .addJavadoc(
                "Reads and writes {@link $T} as JSON, for the Relata runtime. Generated.\n",
                code.entity)
            .addModifiers(PUBLIC, FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeNames.JSON_CODEC, code.entity))
            .addOriginatingElement(model.element());
    for (PropertyModel property : model.properties()) {
      if (property.json().ignored()) {
        continue;
      }
      type.addField(
          FieldSpec.builder(
                  RuntimeNames.SERIALIZED_STRING,
                  names.get(property.name()),
                  PRIVATE,
                  STATIC,
                  FINAL)
              .initializer("new $T($S)", RuntimeNames.SERIALIZED_STRING, property.json().name())
              .build());
    }
    for (PropertyModel column : model.columns()) {
      String constant = codecs.get(column.name());
      if (constant != null) {
        JsonValue value = column.json().value();
        type.addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(
                        RuntimeNames.VALUE_CODEC, TypeName.get(value.type()).box()),
                    constant,
                    PRIVATE,
                    STATIC,
                    FINAL)
                .initializer(EntityCode.valueCodec(value))
                .build());
      }
    }
    type.addMethod(constructor()).addMethod(writeColumns());
    if (model.relations().stream().anyMatch(r -> !r.property().json().ignored())) {
      type.addMethod(writeRelations());
    }
    return type.addMethod(readFields()).build();
  }

  /**
   * The public constructor that {@code ServiceLoader} calls, which names the members in the order
   * they are written (stored fields, then relations): readers expect them in that order.
   */
  private MethodSpec constructor() {
    List<CodeBlock> fields = new ArrayList<>();
    for (PropertyModel property : model.columns()) {
      if (!property.json().ignored()) {
        fields.add(CodeBlock.of("$S", property.json().name()));
      }
    }
    for (RelationModel relation : model.relations()) {
      if (!relation.property().json().ignored()) {
        fields.add(CodeBlock.of("$S", relation.property().json().name()));
      }
    }
    return MethodSpec.constructorBuilder()
        .addJavadoc("The codec; the runtime makes it, through {@code ServiceLoader}.\n")
        .addModifiers(PUBLIC)
        .addStatement(
            "super($T.INSTANCE, $T.of($L))",
            code.meta,
            RuntimeNames.LIST,
            CodeBlock.join(fields, ",$W"))
        .build();
  }

  /** An override of a {@code JsonCodec} method that may throw Jackson's exceptions. */
  private MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(PROTECTED)
        .returns(returns)
        .addException(IOException.class);
  }

  /** An override of a {@code JsonCodec} method that writes an entity's members. */
  private MethodSpec.Builder writer(String name) {
    return override(name, TypeName.VOID)
        .addParameter(code.entity, entityVariable)
        .addParameter(RuntimeNames.JSON_GENERATOR, "out")
        .addParameter(RuntimeNames.JSON_WRITING, "context");
  }

  private MethodSpec writeColumns() {
    MethodSpec.Builder method = writer("writeColumns");
    for (PropertyModel column : model.columns()) {
      if (column.json().ignored()) {
        continue;
      }
      String name = names.get(column.name());
      CodeBlock value = EntityCode.read(column, entityVariable);
      JsonValue json = column.json().value();
      if (json.kind() == JsonValue.Kind.PRIMITIVE && json.type().getKind() != TypeKind.CHAR) {
        method.addStatement("out.writeFieldName($N)", name);
        String write = json.type().getKind() == TypeKind.BOOLEAN ? "writeBoolean" : "writeNumber";
        method.addStatement("out.$N($L)", write, value);
      } else {
        method.addStatement("$L.write(out, $N, $L, context)", codecOf(column), name, value);
      }
    }
    return method.build();
  }

  private MethodSpec writeRelations() {
    MethodSpec.Builder method = writer("writeRelations");
    for (RelationModel relation : model.relations()) {
      if (relation.property().json().ignored()) {
        continue;
      }
      method.addStatement(
          "context.relation(out, $N, $L, $N, $L)",
          names.get(relation.name()),
          code.relation(relation),
          entityVariable,
          EntityCode.read(relation.property(), entityVariable));
    }
    return method.build();
  }

  private MethodSpec readFields() {
    MethodSpec.Builder method =
        override("readFields", code.entity)
            .addParameter(RuntimeNames.JSON_PARSER, "in")
            .addParameter(RuntimeNames.JSON_READING, "context");
    Map<String, String> variables = new HashMap<>();
    if (model.record()) {
      for (PropertyModel property : model.properties()) {
        String variable = locals.newName(property.name(), property);
        variables.put(property.name(), variable);
        method.addStatement(
            "$T $N = $L", TypeName.get(property.type()), variable, defaultValue(property));
      }
    } else {
      method.addStatement("$T $N = new $T()", code.entity, entityVariable, code.entity);
    }
    method
        .beginControlFlow(
            "for (String field = context.nextField(in); field != null;"
                + " field = context.nextField(in))")
        .beginControlFlow("switch (field)");
    Set<String> cases = new HashSet<>();
    for (PropertyModel property : model.properties()) {
      JsonField json = property.json();
      if (!json.ignored()) {
        cases.add(json.name());
        CodeBlock value = read(property);
        method.addStatement(
            "case $S -> $L",
            json.name(),
            model.record()
                ? CodeBlock.of("$N = $L", variables.get(property.name()), value)
                : EntityCode.write(property, entityVariable, value));
      }
    }
    for (PropertyModel property : model.properties()) {
      if (property.json().ignored() && cases.add(property.json().name())) {
        method.addStatement("case $S -> in.skipChildren()", property.json().name());
      }
    }
    method
        .addStatement("default -> context.unknown(in, field, this)")
        .endControlFlow()
        .endControlFlow();
    if (model.record()) {
      return method
          .addStatement(
              "return $L", code.construct(p -> CodeBlock.of("$N", variables.get(p.name()))))
          .build();
    }
    return method.addStatement("return $N", entityVariable).build();
  }

  /** Reads the value of {@code property}, whose first token is current. */
  private CodeBlock read(PropertyModel property) {
    RelationModel relation = model.relationOf(property);
    if (relation != null) {
      return CodeBlock.of("context.relation(in, $L)", code.relation(relation));
    }
    JsonValue json = property.json().value();
    CodeBlock value;
    if (json.kind() == JsonValue.Kind.PRIMITIVE) {
      value =
          json.type().getKind() == TypeKind.CHAR
              ? CodeBlock.of("$T.readChar(in, context)", CODECS)
              : CodeBlock.of("$T.read$L(in)", CODECS, Names.capitalize(json.codec()));
    } else if (directReader(json) != null) {
      value =
          CodeBlock.of(
              "$T.isNull(in) ? null : $T.read$L(in)", CODECS, CODECS, directReader(json));
    } else {
      value = CodeBlock.of("$L.read(in, context)", codecOf(property));
    }
    return property == model.key() ? CodeBlock.of("context.key($L)", value) : value;
  }

  /**
   * For a string or a boxed number or boolean, the {@code ValueCodecs.readX} method that reads it
   * (a call the JIT binds and inlines at the field, where a codec's reader is one call site shared
   * by every field of every type); else null.
   */
  private static String directReader(JsonValue json) {
    if (json.kind() != JsonValue.Kind.SCALAR) {
      return null;
    }
    TypeName type = TypeName.get(json.type()).withoutAnnotations();
    if (type.equals(ClassName.get(String.class))) {
      return "String";
    }
    if (!type.isBoxedPrimitive() || type.unbox() == TypeName.CHAR) {
      return null;
    }
    return Names.capitalize(type.unbox().toString());
  }

  /** The codec of a stored field: a {@code ValueCodecs} constant, or the constant built for it. */
  private CodeBlock codecOf(PropertyModel column) {
    String constant = codecs.get(column.name());
    if (constant != null) {
      return CodeBlock.of("$N", constant);
    }
    JsonValue json = column.json().value();
    return json.kind() == JsonValue.Kind.PRIMITIVE
        ? CodeBlock.of("$T.CHARACTER", CODECS)
        : EntityCode.valueCodec(json);
  }

  /** What a record component holds when the input leaves it out: null, or a primitive's zero. */
  private static CodeBlock defaultValue(PropertyModel property) {
    TypeKind kind = property.type().getKind();
    if (kind == TypeKind.BOOLEAN) {
      return CodeBlock.of("false");
    }
    return CodeBlock.of(kind.isPrimitive() ? "0" : "null");
  }
}
