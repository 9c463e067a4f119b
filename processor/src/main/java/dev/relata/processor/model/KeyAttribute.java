package dev.relata.processor.model;

import javax.lang.model.element.AnnotationValue;

/**
 * A key attribute of a relation annotation ({@code foreignKey}, {@code localKey}, ...): the field
 * it names, explicitly or by default.
 *
 * @param attribute the annotation attribute, such as {@code foreignKey}
 * @param explicit the name given in the annotation, or the empty string
 * @param value the annotation value when given (the place for diagnostics), or null
 * @param defaultName the default field name, or null where the default is the primary key of the
 *     entity the key sits on
 */
public record KeyAttribute(
    String attribute, String explicit, AnnotationValue value, String defaultName) {

  /** Whether the annotation names the field. */
  public boolean isExplicit() {
    return !explicit.isEmpty();
  }

  /** The field name this key resolves to on an entity whose primary key is {@code primaryKey}. */
  public String resolve(String primaryKey) {
    if (isExplicit()) {
      return explicit;
    }
    return defaultName != null ? defaultName : primaryKey;
  }
}
