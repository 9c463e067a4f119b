package dev.relata.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.Accessor;
import dev.relata.processor.model.Copy;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.JsonValue;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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

  /**
   * The expression of the runtime's {@code ValueCodec} of {@code value}: a {@code ValueCodecs}
   * constant (a primitive's is that of its boxed type), or a codec built for it. The column of a
   * field carries it, and so does the JSON codec.
   */
  static CodeBlock valueCodec(JsonValue value) {
    ClassName codecs = RuntimeNames.VALUE_CODECS;
    return switch (value.kind()) {
      case PRIMITIVE -> CodeBlock.of("$T.$N", codecs, boxedCodec(value.codec()));
      case SCALAR -> CodeBlock.of("$T.$N", codecs, value.codec());
      case ENUM -> CodeBlock.of("$T.enumOf($T.values())", codecs, TypeName.get(value.type()));
      case COLLECTION ->
          CodeBlock.of(
              "$T.collection($T::new,$W$L)",
              codecs,
              ClassName.bestGuess(value.implementation()),
              valueCodec(value.element()));
      case MAP ->
          CodeBlock.of(
              "$T.map($T::new,$W$L,$W$L)",
              codecs,
              ClassName.bestGuess(value.implementation()),
              valueCodec(value.key()),
              valueCodec(value.element()));
      case OTHER ->
          CodeBlock.of(
              "$T.other(new $T<$T>() {})",
              codecs,
              RuntimeNames.TYPE_REFERENCE,
              TypeName.get(value.type()).box());
    };
  }

  /** The {@code ValueCodecs} constant of the boxed type of the primitive {@code name}. */
  private static String boxedCodec(String name) {
    return switch (name) {
      case "int" -> "INTEGER";
      case "char" -> "CHARACTER";
      default -> name.toUpperCase(java.util.Locale.ROOT);
    };
  }

  /** {@code (Type) value}, boxed for primitives. */
  static CodeBlock cast(TypeMirror type, String value) {
    return CodeBlock.of("($T) $N", TypeName.get(type).box(), value);
  }

  /**
   * {@code read}, copied where the value is mutable (collections, maps, arrays), at every depth, so
   * that a copy of an entity never shares one with the stored row.
   */
  static CodeBlock copyOf(PropertyModel property, CodeBlock read) {
    return copy(property.copy(), read, 1);
  }

  /**
   * {@code value} copied as {@code copy} says; the lambdas that copy held values of the {@code
   * depth}-th level name their parameter {@code e}, then {@code e2}, {@code e3}...
   */
  private static CodeBlock copy(Copy copy, CodeBlock value, int depth) {
    ClassName copies = RuntimeNames.COPIES;
    if (copy.shares()) {
      return value;
    }
    if (copy.kind() == Copy.Kind.CONSTRUCTOR) {
      ClassName type = rawType(copy.type());
      if (copy.partsShare()) {
        return CodeBlock.of("$T.of($L, $T::new)", copies, value, type);
      }
      String method = copy.parts().size() == 2 ? "map" : "collection";
      return CodeBlock.of(
          "$T.$N($L, $T::new, $L)",
          copies,
          method,
          value,
          type,
          CodeBlock.join(copy.parts().stream().map(p -> copier(p, depth)).toList(), ", "));
    }
    String method = method(copy.kind());
    if (copy.partsShare()) {
      return CodeBlock.of("$T.$N($L)", copies, method, value);
    }
    List<Copy> parts = copy.parts();
    if (parts.size() == 2 && parts.get(0).shares()) {
      parts = parts.subList(1, 2); // a map whose keys are shared: its values' copier alone
    }
    return CodeBlock.of(
        "$T.$N($L, $L)",
        copies,
        method,
        value,
        CodeBlock.join(parts.stream().map(p -> copier(p, depth)).toList(), ", "));
  }

  /**
   * A function that copies one held value: a method reference of {@code Copies} where one does,
   * else a lambda.
   */
  private static CodeBlock copier(Copy part, int depth) {
    if (part.shares()) {
      return CodeBlock.of("$T.identity()", UnaryOperator.class);
    }
    if (part.partsShare() && part.kind() != Copy.Kind.CONSTRUCTOR) {
      return CodeBlock.of("$T::$N", RuntimeNames.COPIES, method(part.kind()));
    }
    String name = depth == 1 ? "e" : "e" + depth;
    return CodeBlock.of("$N -> $L", name, copy(part, CodeBlock.of("$N", name), depth + 1));
  }

  /** The method of {@code Copies} that copies a value of {@code kind}. */
  private static String method(Copy.Kind kind) {
    return switch (kind) {
      case ARRAY -> "array";
      case LIST -> "list";
      case SET -> "set";
      case SORTED_SET -> "sortedSet";
      case LINKED_LIST -> "linkedList";
      case BLOCKING_QUEUE -> "blockingQueue";
      case BLOCKING_DEQUE -> "blockingDeque";
      case MAP -> "map";
      case SORTED_MAP -> "sortedMap";
      case CONCURRENT_MAP -> "concurrentMap";
      case CONCURRENT_NAVIGABLE_MAP -> "concurrentNavigableMap";
      case ENUM_SET -> "enumSet";
      case PROPERTIES -> "properties";
      case SHARE, CONSTRUCTOR, ENTITY, UNSUPPORTED ->
          throw new IllegalArgumentException("no Copies method copies " + kind);
    };
  }

  /** The class of a type without type arguments: {@code LinkedList}. */
  private static ClassName rawType(TypeMirror type) {
    TypeName name = TypeName.get(type);
    return name instanceof ParameterizedTypeName parameterized
        ? parameterized.rawType()
        : (ClassName) name;
  }
}
