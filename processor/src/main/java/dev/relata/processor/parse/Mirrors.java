package dev.relata.processor.parse;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

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

  /** Whether {@code type}, or a type argument in it, is a type javac could not resolve. */
  public static boolean containsError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (containsError(argument)) {
          return true;
        }
      }
    }
    return false;
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
}
