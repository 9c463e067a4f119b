package dev.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One instance field of an entity (stored column or relation), as declared.
 *
 * @param field the field, the place for diagnostics
 * @param name the field name
 * @param type the field type as seen from the entity (type variables of superclasses resolved)
 * @param reader how generated code reads it, or null if it cannot
 * @param writer how generated code writes it, or null if it cannot
 * @param unreadable why it cannot be read, when {@code reader} is null
 * @param unwritable why it cannot be written, when {@code writer} is null
 * @param id the {@code @Id} annotation on it, or null
 * @param copy how generated code copies its value
 * @param keyKind the kind of key its type makes, or null where it can be no key
 * @param json how it appears in JSON
 * @param index the {@code @Index} on it, or null
 * @param valueKind what its type allows conditions to do
 */
public record PropertyModel(
    VariableElement field,
    String name,
    TypeMirror type,
    Accessor reader,
    Accessor writer,
    AccessProblem unreadable,
    AccessProblem unwritable,
    AnnotationMirror id,
    Copy copy,
    KeyKind keyKind,
    JsonField json,
    IndexModel index,
    ValueKind valueKind) {

  /** Whether the field has a primitive type. */
  public boolean primitive() {
    return type.getKind().isPrimitive();
  }
}
