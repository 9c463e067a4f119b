package dev.relata.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One error: its message and the place it is reported at, as precisely as known: the element, and
 * the annotation and the annotation value where one is at fault.
 */
public record Diagnostic(
    Message message,
    String text,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value) {}
