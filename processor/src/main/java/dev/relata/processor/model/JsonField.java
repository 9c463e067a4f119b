package dev.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * How a field of an entity appears in JSON, as declared with Jackson's annotations (read by name:
 * the processor does not need Jackson).
 *
 * @param name the member name: the {@code @JsonProperty} value, or the field name
 * @param ignored whether {@code @JsonIgnore} leaves the field out of JSON
 * @param property the {@code @JsonProperty} mirror, or null (the place for diagnostics)
 * @param nameValue its {@code value} when given, or null
 * @param value how its values are read and written; null for a relation field
 */
public record JsonField(
    String name,
    boolean ignored,
    AnnotationMirror property,
    AnnotationValue nameValue,
    JsonValue value) {}
