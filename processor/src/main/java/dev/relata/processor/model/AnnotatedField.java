package dev.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A field with a key or relation annotation, as found in the round, wherever it is: parsing sees
 * only the fields of entities, so {@code validate} checks the placement of these.
 *
 * @param field the field
 * @param annotation the key or relation annotation on it
 * @param inEntity whether the class that declares it is an {@code @Entity}
 * @param extendedByEntity whether an entity of the round extends that class
 */
public record AnnotatedField(
    VariableElement field,
    AnnotationMirror annotation,
    boolean inEntity,
    boolean extendedByEntity) {

  /** The class that declares the field. */
  public TypeElement owner() {
    return (TypeElement) field.getEnclosingElement();
  }

  /** The annotation's simple name, such as {@code HasMany}. */
  public String annotationName() {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getSimpleName().toString();
  }
}
