package dev.relata.processor.generate;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RuntimeNames;
import java.util.List;

/**
 * The two methods of {@code Post_Meta} by which a backend that keeps rows elsewhere (SQL) moves the
 * stored values of a row, by column ordinal: {@code create(RowSource)}, a new instance from them,
 * and {@code write(Post, RowSink)}, the values of an instance handed over. Both treat a primitive
 * field with the typed getter or setter of its type ({@code short} and {@code byte} as {@code int},
 * {@code char} boxed, as the runtime's {@code RowSource} says), so that no value is boxed.
 */
final class RowMethods {
  private final EntityCode code;
  private final EntityModel model;

  RowMethods(EntityCode code) {
    this.code = code;
    this.model = code.model;
  }

  /**
   * A new instance from the values of a {@code RowSource}, for backends that read rows from
   * elsewhere (SQL): primitive fields through its typed getters, so that no value is boxed.
   */
  MethodSpec create() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(code.entity)
            .addParameter(RuntimeNames.ROW_SOURCE, "in");
    if (model.columns().stream().anyMatch(c -> MetaWriter.isGeneric(c.type()))) {
      method.addAnnotation(MetaWriter.UNCHECKED);
    }
    List<PropertyModel> columns = model.columns();
    if (model.record()) {
      return method
          .addStatement(
              "return $L",
              code.construct(
                  property ->
                      columns.contains(property)
                          ? columnValue(property, columns.indexOf(property))
                          : CodeBlock.of("null")))
          .build();
    }
    method.addStatement("$T entity = new $T()", code.entity, code.entity);
    for (int i = 0; i < columns.size(); i++) {
      PropertyModel column = columns.get(i);
      method.addStatement(EntityCode.write(column, "entity", columnValue(column, i)));
    }
    return method.addStatement("return entity").build();
  }

  /** The value of {@code column}, the {@code ordinal}-th, read from the row source {@code in}. */
  private static CodeBlock columnValue(PropertyModel column, int ordinal) {
    return switch (column.type().getKind()) {
      case LONG -> CodeBlock.of("in.getLong($L)", ordinal);
      case INT -> CodeBlock.of("in.getInt($L)", ordinal);
      case SHORT -> CodeBlock.of("(short) in.getInt($L)", ordinal);
      case BYTE -> CodeBlock.of("(byte) in.getInt($L)", ordinal);
      case DOUBLE -> CodeBlock.of("in.getDouble($L)", ordinal);
      case FLOAT -> CodeBlock.of("in.getFloat($L)", ordinal);
      case BOOLEAN -> CodeBlock.of("in.getBoolean($L)", ordinal);
      default -> EntityCode.cast(column.type(), "in.get(" + ordinal + ")");
    };
  }

  /**
   * Hands the stored values of a row to a {@code RowSink}, for backends that write rows elsewhere
   * (SQL): each field read once, as {@code copy} reads it, primitive fields to the sink's typed
   * setters, so that no value is boxed.
   */
  MethodSpec write() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .addParameter(code.entity, "row")
            .addParameter(RuntimeNames.ROW_SINK, "out");
    List<PropertyModel> columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      PropertyModel column = columns.get(i);
      method.addStatement("out.$N($L, $L)", setter(column), i, EntityCode.read(column, "row"));
    }
    return method.build();
  }

  /**
   * The setter of the sink that takes the value of {@code column}: {@code short} and {@code byte}
   * widen to {@code int} without a cast; {@code char} and every reference type go to {@code set}.
   */
  private static String setter(PropertyModel column) {
    return switch (column.type().getKind()) {
      case LONG -> "setLong";
      case INT, SHORT, BYTE -> "setInt";
      case DOUBLE -> "setDouble";
      case FLOAT -> "setFloat";
      case BOOLEAN -> "setBoolean";
      default -> "set";
    };
  }
}
