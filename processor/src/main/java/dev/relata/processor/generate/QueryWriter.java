package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;
import java.util.List;

/** Writes {@code PostQuery}: the typed query with eager loading and existence filters. */
final class QueryWriter extends TypeWriter {
  QueryWriter(Schema schema, EntityCode code) {
    super(schema, code);
  }

  @Override
  TypeSpec write() {
    TypeName spec = ParameterizedTypeName.get(RuntimeNames.QUERY_SPEC, code.entity);
    TypeSpec.Builder type =
        code.annotate(TypeSpec.classBuilder(code.query))
            .addJavadoc(
                "A query over the {@code $L}: {@link $T}s, with their relations.\n",
                model.entityName(),
                code.entity)
            .addModifiers(PUBLIC, FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeNames.QUERY, code.entity, code.query))
            .addOriginatingElement(model.element())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(
                        "A query over every row of the {@code $L} in {@code store}.\n",
                        model.entityName())
                    .addModifiers(PUBLIC)
                    .addParameter(RuntimeNames.STORE, "store")
                    .addStatement("super(store, $T.INSTANCE)", code.meta)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(PRIVATE)
                    .addParameter(RuntimeNames.STORE, "store")
                    .addParameter(spec, "spec")
                    .addStatement("super(store, spec)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("copy")
                    .addAnnotation(Override.class)
                    .addModifiers(PROTECTED)
                    .returns(code.query)
                    .addParameter(RuntimeNames.STORE, "store")
                    .addParameter(spec, "spec")
                    .addStatement("return new $T(store, spec)", code.query)
                    .build());
    for (RelationModel relation : model.relations()) {
      addRelation(type, relation);
    }
    return type.build();
  }

  private void addRelation(TypeSpec.Builder type, RelationModel relation) {
    EntityCode target = new EntityCode(schema.entity(relation.target()));
    String name = Names.capitalize(relation.name());
    String field = relation.name();
    CodeBlock constant = code.relation(relation);
    CodeBlock constrained = CodeBlock.of("$L, new $T(store()), constraint", constant, target.query);
    TypeName constraint = RuntimeNames.constraint(target.query);
    type.addMethod(
        method("with" + name, CodeBlock.of("Loads the {@code $L} of every row.\n", field))
            .addStatement("return with($L)", constant)
            .build());
    type.addMethod(
        method(
                "with" + name,
                CodeBlock.of(
                    "Loads the {@code $L} of every row that {@code constraint} keeps; its where,"
                        + " orderBy,\n"
                        + "limit and offset hold for each row on its own.\n",
                    field))
            .addParameter(constraint, "constraint")
            .addStatement("return with($L)", constrained)
            .build());
    // The existence filters, named as the methods of Query that they call.
    for (String filter : List.of("has", "doesntHave")) {
      String rows =
          filter.equals("has") ? "Keeps the rows that have" : "Keeps the rows that have no";
      type.addMethod(
          method(filter + name, CodeBlock.of("$L {@code $L}.\n", rows, field))
              .addStatement("return $N($L)", filter, constant)
              .build());
      type.addMethod(
          method(
                  filter + name,
                  CodeBlock.of("$L {@code $L} that {@code constraint} keeps.\n", rows, field))
              .addParameter(constraint, "constraint")
              .addStatement("return $N($L)", filter, constrained)
              .build());
    }
  }

  /** A public method {@code name} that returns this query, documented by {@code javadoc}. */
  private MethodSpec.Builder method(String name, CodeBlock javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(PUBLIC)
        .returns(code.query);
  }
}
