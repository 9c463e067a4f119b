package dev.relata.processor.parse;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reading annotations as mirrors, so that diagnostics can point at them. */
public final class Mirrors {
  private Mirrors() {}

  /** The annotation {@code qualifiedName} on {@code element}, or null. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value of {@code attribute} as written in the annotation, or null if left to default. */
  public static AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The string value of {@code attribute}, or the empty string if left to default. */
  public static String string(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicit(mirror, attribute);
    return value == null ? "" : String.valueOf(value.getValue());
  }
}
