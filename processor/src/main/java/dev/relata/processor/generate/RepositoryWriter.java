package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;

/** Writes {@code PostRepository}: the typed repository, its relation shortcuts and resolvers. */
final class RepositoryWriter extends TypeWriter {
  RepositoryWriter(Schema schema, EntityCode code) {
    super(schema, code);
  }

  @Override
  TypeSpec write() {
    TypeSpec.Builder type =
        code.annotate(TypeSpec.classBuilder(code.repository))
            .addJavadoc(
                "The {@code $L} of a {@link $T}: saves, finds, deletes and queries {@link $T}s,\n"
                    + "and resolves their relations.\n",
                model.entityName(),
                RuntimeNames.STORE,
                code.entity)
            .addModifiers(PUBLIC, FINAL)
            .superclass(
                ParameterizedTypeName.get(
                    RuntimeNames.REPOSITORY, code.entity, code.keyType(), code.query))
            .addOriginatingElement(model.element())
            // Queries are immutable, so one query of every row serves every query() call: a
            // lookup such as query().where(..).first() then builds one query, not two.
            .addField(code.query, "all", PRIVATE, FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(
                        "A repository of the {@code $L} in {@code store}.\n", model.entityName())
                    .addModifiers(PUBLIC)
                    .addParameter(RuntimeNames.STORE, "store")
                    .addStatement("super(store, $T.INSTANCE)", code.meta)
                    .addStatement("this.all = new $T(store)", code.query)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("query")
                    .addAnnotation(Override.class)
                    .addModifiers(PUBLIC)
                    .returns(code.query)
                    .addStatement("return all")
                    .build());
    addPrimitiveKeyOverloads(type);
    for (RelationModel relation : model.relations()) {
      addRelation(type, relation);
    }
    return type.build();
  }

  /**
   * {@code find(long)} and {@code delete(long)} (or {@code int}) beside {@code find(Long)}, so that
   * {@code find(1)} compiles for a numeric key.
   */
  private void addPrimitiveKeyOverloads(TypeSpec.Builder type) {
    TypeName key = code.keyType();
    TypeName primitive;
    if (key.equals(TypeName.LONG.box())) {
      primitive = TypeName.LONG;
    } else if (key.equals(TypeName.INT.box())) {
      primitive = TypeName.INT;
    } else {
      return;
    }
    type.addMethod(
        MethodSpec.methodBuilder("find")
            .addJavadoc(
                "{@link #find($T)} for a key written as a number, such as {@code find(1)}.\n", key)
            .addModifiers(PUBLIC)
            .returns(ParameterizedTypeName.get(RuntimeNames.OPTIONAL, code.entity))
            .addParameter(primitive, "id")
            .addStatement("return findNumber(id)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("delete")
            .addJavadoc(
                "{@link #delete($T)} for a key written as a number, such as {@code delete(1)}.\n",
                key)
            .addModifiers(PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(primitive, "id")
            .addStatement("return delete($T.valueOf(id))", key)
            .build());
  }

  private void addRelation(TypeSpec.Builder type, RelationModel relation) {
    EntityCode target = new EntityCode(schema.entity(relation.target()));
    String with = "with" + Names.capitalize(relation.name());
    type.addMethod(
        MethodSpec.methodBuilder(with)
            .addJavadoc(
                "{@code query().$N()}: every $L with its {@code $L} loaded.\n",
                with,
                model.simpleName(),
                relation.name())
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addStatement("return query().$N()", with)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(with)
            .addJavadoc(
                "{@code query().$N(constraint)}: every $L with the {@code $L} that\n"
                    + "{@code constraint} keeps.\n",
                with,
                model.simpleName(),
                relation.name())
            .addModifiers(PUBLIC)
            .returns(code.query)
            .addParameter(RuntimeNames.constraint(target.query), "constraint")
            .addStatement("return query().$N(constraint)", with)
            .build());

    String owner = Names.parameterName(Names.lowerCamel(model.simpleName()));
    MethodSpec.Builder resolver =
        MethodSpec.methodBuilder(relation.name())
            .addJavadoc(
                "The resolver of the {@code $L} of {@code $N}: reads and writes them at once.\n",
                relation.name(),
                owner)
            .addModifiers(PUBLIC)
            .addParameter(code.entity, owner);
    switch (relation.kind()) {
      case HAS_ONE, HAS_MANY_THROUGH -> returnResolver(resolver, relation, owner, target.entity);
      case BELONGS_TO -> returnResolver(resolver, relation, owner, code.entity, target.entity);
      case HAS_MANY -> returnKeyedResolver(resolver, relation, owner, target, target.keyType());
      case HAS_MANY_BY -> {
        PropertyModel ownerKey = relation.keyField("ownerKey", target.model);
        TypeName key = TypeName.get(ownerKey.type()).box();
        returnKeyedResolver(resolver, relation, owner, target, key);
      }
    }
    type.addMethod(resolver.build());
  }

  /**
   * Makes {@code resolver} return the relation's resolver, with {@code typeArguments}, from the
   * factory method of {@code Repository} named as the annotation: {@code hasMany(...)}.
   */
  private void returnResolver(
      MethodSpec.Builder resolver, RelationModel relation, String owner, TypeName... arguments) {
    resolver
        .returns(ParameterizedTypeName.get(relation.kind().resolverClass(), arguments))
        .addStatement("return $N($L, $N)", factory(relation), code.relation(relation), owner);
  }

  /**
   * Like {@link #returnResolver}, for a resolver that takes keys of type {@code key}: a numeric key
   * gets the resolver that also takes keys written as numbers, {@code destroy(1)}.
   */
  private void returnKeyedResolver(
      MethodSpec.Builder resolver,
      RelationModel relation,
      String owner,
      EntityCode target,
      TypeName key) {
    String numeric = numericKind(key);
    if (numeric == null) {
      returnResolver(resolver, relation, owner, target.entity, key);
      return;
    }
    resolver
        .returns(
            ParameterizedTypeName.get(
                relation.kind().resolverClass().nestedClass(numeric), target.entity))
        .addStatement(
            "return $NOf$L($L, $N)",
            factory(relation),
            numeric.substring(2),
            code.relation(relation),
            owner);
  }

  /** The factory method of {@code Repository} for a relation: {@code hasManyBy}. */
  private static String factory(RelationModel relation) {
    return Names.lowerCamel(relation.kind().simpleName());
  }

  /** {@code OfLong} or {@code OfInt} for a numeric key type, else null. */
  private static String numericKind(TypeName boxedKey) {
    if (boxedKey.equals(TypeName.LONG.box())) {
      return "OfLong";
    }
    if (boxedKey.equals(TypeName.INT.box())) {
      return "OfInt";
    }
    return null;
  }
}
