package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;

/**
 * Writes {@code Post_}: one constant per stored field, named as the field, whose conditions and
 * orders ({@code Post_.title.startsWith("R")}, {@code Post_.views.desc()}) queries take and answer
 * through indexes. A {@code String} field is a {@code StringField}, another {@code Comparable} one
 * a {@code ComparableField}, any other a {@code Field}; primitive types are boxed.
 */
final class FieldsWriter extends TypeWriter {
  FieldsWriter(Schema schema, EntityCode code) {
    super(schema, code);
  }

  @Override
  TypeSpec write() {
    ClassName name = ClassName.get(model.packageName(), model.simpleName() + Generated.FIELDS);
    TypeSpec.Builder type =
        code.annotate(TypeSpec.classBuilder(name))
            .addJavadoc(
                "The typed fields of {@link $T}, for conditions and orders that queries answer"
                    + " through\nindexes: {@code $L.$L.eq(..)}. Generated.\n",
                code.entity,
                name.simpleName(),
                model.keyName())
            .addModifiers(PUBLIC, FINAL)
            .addOriginatingElement(model.element());
    for (PropertyModel column : model.columns()) {
      type.addField(
          FieldSpec.builder(fieldType(column), column.name(), PUBLIC, STATIC, FINAL)
              .addJavadoc("{@code $L.$L}.\n", model.simpleName(), column.name())
              .initializer("$T.$N($L)", RuntimeNames.FIELD, factory(column), code.column(column))
              .build());
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build()).build();
  }

  /**
   * {@code StringField<Post>}, {@code ComparableField<Post, Integer>} or {@code Field<Post, V>}.
   */
  private TypeName fieldType(PropertyModel column) {
    TypeName value = TypeName.get(column.type()).box();
    return switch (column.valueKind()) {
      case STRING -> ParameterizedTypeName.get(RuntimeNames.STRING_FIELD, code.entity);
      case COMPARABLE ->
          ParameterizedTypeName.get(RuntimeNames.COMPARABLE_FIELD, code.entity, value);
      case OTHER -> ParameterizedTypeName.get(RuntimeNames.FIELD, code.entity, value);
    };
  }

  /** The factory method of {@code Field} that makes the constant. */
  private static String factory(PropertyModel column) {
    return switch (column.valueKind()) {
      case STRING -> "string";
      case COMPARABLE -> "comparable";
      case OTHER -> "of";
    };
  }
}
