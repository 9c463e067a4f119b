package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PROTECTED;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;

/** Writes {@code PostQuery}: the typed query with eager loading and existence filters. */
final class QueryWriter {
  private final Schema schema;
  private final EntityCode code;
  private final EntityModel model;

  QueryWriter(Schema schema, EntityCode code) {
    this.schema = schema;
    this.code = code;
    this.model = code.model;
  }

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
    TypeName constraint = RuntimeNames.constraint(target.query);
    String field = relation.name();
    type.addMethod(
        MethodSpec.methodBuilder("with" + name)
            .addJavadoc("Loads the {@code $L} of every row.\n", field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addStatement("return with($L)", code.relation(relation))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("with" + name)
            .addJavadoc(
                "Loads the {@code $L} of every row that {@code constraint} keeps; its where,"
                    + " orderBy,\n"
                    + "limit and offset hold for each row on its own.\n",
                field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addParameter(constraint, "constraint")
            .addStatement(
                "return with($L, new $T(store()), constraint)",
                code.relation(relation),
                target.query)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("has" + name)
            .addJavadoc("Keeps the rows that have {@code $L}.\n", field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addStatement("return has($L, true)", code.relation(relation))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("has" + name)
            .addJavadoc(
                "Keeps the rows that have {@code $L} that {@code constraint} keeps.\n", field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addParameter(constraint, "constraint")
            .addStatement(
                "return has($L, new $T(store()), constraint, true)",
                code.relation(relation),
                target.query)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("doesntHave" + name)
            .addJavadoc("Keeps the rows that have no {@code $L}.\n", field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addStatement("return has($L, false)", code.relation(relation))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("doesntHave" + name)
            .addJavadoc(
                "Keeps the rows that have no {@code $L} that {@code constraint} keeps.\n", field)
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addParameter(constraint, "constraint")
            .addStatement(
                "return has($L, new $T(store()), constraint, false)",
                code.relation(relation),
                target.query)
            .build());
  }
}
