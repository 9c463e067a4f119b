package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Accessor;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.type.TypeMirror;

/**
 * The names and code fragments of one entity that every writer uses: its generated type names, the
 * constants of its columns and relations, and how to read, write and copy its fields.
 */
final class EntityCode {
  final EntityModel model;
  final ClassName entity;
  final ClassName meta;
  final ClassName repository;
  final ClassName query;

  /** Whether generated types carry {@code @Generated} (see {@link SourceWriter#write}). */
  final boolean generated;

  private final Map<String, String> constants = new HashMap<>();

  EntityCode(EntityModel model, boolean generated) {
    this.model = model;
    this.generated = generated;
    this.entity = ClassName.get(model.element());
    String pkg = model.packageName();
    this.meta = ClassName.get(pkg, model.simpleName() + Generated.META);
    this.repository = ClassName.get(pkg, model.simpleName() + Generated.REPOSITORY);
    this.query = ClassName.get(pkg, model.simpleName() + Generated.QUERY);
    NameAllocator columnNames = new NameAllocator();
    for (PropertyModel column : model.columns()) {
      constants.put(column.name(), columnNames.newName(Names.upperSnake(column.name())));
    }
    NameAllocator relationNames = new NameAllocator();
    for (RelationModel relation : model.relations()) {
      constants.put(relation.name(), relationNames.newName(Names.upperSnake(relation.name())));
    }
  }

  /** The code of a related entity, for its names: it is never written from here. */
  EntityCode(EntityModel model) {
    this(model, false);
  }

  /** Adds {@code @Generated} to a generated type where the entity's module can read it. */
  TypeSpec.Builder annotate(TypeSpec.Builder type) {
    return generated ? type.addAnnotation(RuntimeNames.GENERATED) : type;
  }

  /** The boxed key type. */
  TypeName keyType() {
    return TypeName.get(model.key().type()).box();
  }

  /** {@code Post_Meta.Columns.USER_ID}. */
  CodeBlock column(PropertyModel column) {
    return CodeBlock.of("$T.$N", meta.nestedClass("Columns"), constants.get(column.name()));
  }

  /** {@code Post_Meta.Relations.COMMENTS}. */
  CodeBlock relation(RelationModel relation) {
    return CodeBlock.of("$T.$N", meta.nestedClass("Relations"), constants.get(relation.name()));
  }

  /** The constant name of a column or relation in its nested class. */
  String constantName(String property) {
    return constants.get(property);
  }

  /** Reads {@code property} of {@code receiver}. */
  static CodeBlock read(PropertyModel property, String receiver) {
    Accessor reader = property.reader();
    return reader.kind() == Accessor.Kind.FIELD
        ? CodeBlock.of("$N.$N", receiver, reader.name())
        : CodeBlock.of("$N.$N()", receiver, reader.name());
  }

  /** Writes {@code value} into {@code property} of {@code receiver}, a class instance. */
  static CodeBlock write(PropertyModel property, String receiver, CodeBlock value) {
    Accessor writer = property.writer();
    return writer.kind() == Accessor.Kind.FIELD
        ? CodeBlock.of("$N.$N = $L", receiver, writer.name(), value)
        : CodeBlock.of("$N.$N($L)", receiver, writer.name(), value);
  }

  /**
   * A new record instance: every component read from {@code receiver}, except those given in {@code
   * values}.
   */
  CodeBlock construct(String receiver, Map<String, CodeBlock> values) {
    return construct(property -> values.getOrDefault(property.name(), read(property, receiver)));
  }

  /** A new record instance whose components, in declaration order, are {@code argument}'s. */
  CodeBlock construct(Function<PropertyModel, CodeBlock> argument) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PropertyModel property : model.properties()) {
      arguments.add(argument.apply(property));
    }
    return CodeBlock.of("new $T($L)", entity, CodeBlock.join(arguments, ",$W"));
  }

  /** {@code (Type) value}, boxed for primitives. */
  static CodeBlock cast(TypeMirror type, String value) {
    return CodeBlock.of("($T) $N", TypeName.get(type).box(), value);
  }

  /**
   * {@code read}, copied where the value is mutable (collections, maps, arrays), so that a copy of
   * an entity never shares one with the stored row.
   */
  static CodeBlock copyOf(PropertyModel property, CodeBlock read) {
    ClassName copies = RuntimeNames.COPIES;
    return switch (property.copy()) {
      case SHARE -> read;
      case ARRAY -> CodeBlock.of("$T.array($L)", copies, read);
      case LIST -> CodeBlock.of("$T.list($L)", copies, read);
      case SET -> CodeBlock.of("$T.set($L)", copies, read);
      case SORTED_SET -> CodeBlock.of("$T.sortedSet($L)", copies, read);
      case LINKED_LIST -> CodeBlock.of("$T.linkedList($L)", copies, read);
      case MAP -> CodeBlock.of("$T.map($L)", copies, read);
      case SORTED_MAP -> CodeBlock.of("$T.sortedMap($L)", copies, read);
      case CONCURRENT_MAP -> CodeBlock.of("$T.concurrentMap($L)", copies, read);
      case ENUM_SET -> CodeBlock.of("$T.enumSet($L)", copies, read);
      case PROPERTIES -> CodeBlock.of("$T.properties($L)", copies, read);
      case CONSTRUCTOR -> CodeBlock.of("$T.of($L, $T::new)", copies, read, rawType(property));
    };
  }

  /** The class of a property's type without type arguments: {@code LinkedList}. */
  private static ClassName rawType(PropertyModel property) {
    TypeName type = TypeName.get(property.type());
    return type instanceof ParameterizedTypeName parameterized
        ? parameterized.rawType()
        : (ClassName) type;
  }
}
