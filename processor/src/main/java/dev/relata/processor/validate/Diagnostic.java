package dev.relata.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * One error or warning: its text and the place it is reported at, as precisely as known: the
 * element, and the annotation and the annotation value where one is at fault (either may be null).
 */
record Diagnostic(
    Kind kind, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {}
