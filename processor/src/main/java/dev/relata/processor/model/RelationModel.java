package dev.relata.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A relation annotation on a field, as declared.
 *
 * @param property the annotated field
 * @param kind which annotation
 * @param annotation its mirror, the place for diagnostics
 * @param container the shape of the field type
 * @param targetType the target type: the field type, or its type argument
 * @param target the target class, or null if {@code targetType} is no class
 * @param keys the key attributes the annotation has, in declaration order
 * @param onDelete the {@code onDelete} constant name ({@code NOTHING} where absent)
 * @param onDeleteValue its annotation value when given, or null
 * @param through the {@code through} class of a {@code @HasManyThrough}, or null
 * @param throughValue its annotation value, or null
 * @param unresolved whether the field type or the {@code through} class names a type that javac
 *     could not resolve (javac reports it)
 */
public record RelationModel(
    PropertyModel property,
    RelationKind kind,
    AnnotationMirror annotation,
    Container container,
    TypeMirror targetType,
    TypeElement target,
    List<KeyAttribute> keys,
    String onDelete,
    AnnotationValue onDeleteValue,
    TypeElement through,
    AnnotationValue throughValue,
    boolean unresolved) {

  /** The field name, which is the relation's name. */
  public String name() {
    return property.name();
  }

  /**
   * The stored field of {@code on} that the key attribute {@code attribute} names (given or by
   * default), or null if there is none.
   */
  public PropertyModel keyField(String attribute, EntityModel on) {
    return on.column(key(attribute).resolve(on.keyName()));
  }

  /** The key attribute named {@code attribute}. */
  public KeyAttribute key(String attribute) {
    for (KeyAttribute key : keys) {
      if (key.attribute().equals(attribute)) {
        return key;
      }
    }
    throw new IllegalArgumentException(kind.simpleName() + " has no attribute " + attribute);
  }
}
