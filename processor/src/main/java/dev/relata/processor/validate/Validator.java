package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The base of the validators, one per kind of rule as in Dagger: javac's utilities and the helpers
 * that several of them word their messages with.
 */
abstract class Validator {
  final Elements elements;
  final Types types;

  Validator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** {@code type}, boxed if it is primitive. */
  final TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  /** A type as people write it in messages. */
  static String display(TypeMirror type) {
    return Names.display(type);
  }

  /** Reports {@code message} at the {@code @Entity} annotation of {@code entity}. */
  static void atEntity(Report.Subject report, EntityModel entity, Message message, Object... args) {
    report.add(entity.element(), entity.annotation(), message, args);
  }

  /** The stored fields of {@code entity} that fit, or what to add where none does. */
  static String options(EntityModel entity, Predicate<PropertyModel> fits, String suggestion) {
    List<String> names = fitting(entity, fits);
    if (names.isEmpty()) {
      return Message.Phrase.NONE_FITS.format(suggestion, entity.simpleName());
    }
    return String.join(", ", names);
  }

  /** The names of the stored fields of {@code entity} that fit. */
  static List<String> fitting(EntityModel entity, Predicate<PropertyModel> fits) {
    List<String> names = new ArrayList<>();
    for (PropertyModel column : entity.columns()) {
      if (fits.test(column)) {
        names.add(column.name());
      }
    }
    return names;
  }
}
