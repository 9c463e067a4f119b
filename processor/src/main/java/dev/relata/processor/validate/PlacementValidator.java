package dev.relata.processor.validate;

import dev.relata.processor.model.AnnotatedField;
import dev.relata.processor.validate.Message.Phrase;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks key and relation annotations that parsing does not see: on a static or transient field (an
 * error), or in a class that is no entity (a warning, since an entity may extend it; an error where
 * none can, in a final class or a record).
 */
final class PlacementValidator {
  void validate(List<AnnotatedField> fields, Report report) {
    for (AnnotatedField annotated : fields) {
      validate(annotated, report);
    }
  }

  private static void validate(AnnotatedField annotated, Report report) {
    VariableElement field = annotated.field();
    TypeElement type = annotated.owner();
    String where = type.getSimpleName() + "." + field.getSimpleName();
    String why;
    if (field.getModifiers().contains(Modifier.STATIC)) {
      why = Phrase.STATIC_FIELD.format();
    } else if (field.getModifiers().contains(Modifier.TRANSIENT)) {
      why = Phrase.TRANSIENT_FIELD.format();
    } else if (annotated.inEntity() || annotated.extendedByEntity()) {
      return;
    } else if (type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.FINAL)) {
      report
          .about(type)
          .add(
              field,
              annotated.annotation(),
              Message.MISPLACED_ANNOTATION_IN_OPEN_CLASS,
              annotated.annotationName(),
              where,
              type.getSimpleName());
      return;
    } else {
      why = Phrase.NOT_AN_ENTITY_CLASS.format(type.getSimpleName());
    }
    report
        .about(type)
        .add(
            field,
            annotated.annotation(),
            Message.MISPLACED_ANNOTATION,
            annotated.annotationName(),
            where,
            why);
  }
}
