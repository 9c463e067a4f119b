package dev.relata.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Index} on a field, as declared.
 *
 * @param annotation the {@code @Index} mirror, the place for diagnostics
 * @param unique whether it is {@code unique}
 * @param sorted whether it is {@code sorted}
 * @param sortedValue the {@code sorted} value when given, or null
 */
public record IndexModel(
    AnnotationMirror annotation, boolean unique, boolean sorted, AnnotationValue sortedValue) {}
