package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/** The errors that validation found, and the entities they belong to. */
public final class Report {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Set<String> faulty = new LinkedHashSet<>();

  /** Records an error of {@code entity} at {@code element} (and the annotation parts given). */
  public void error(
      TypeElement entity,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    diagnostics.add(new Diagnostic(message, message.format(args), element, annotation, value));
    faulty.add(entity.getQualifiedName().toString());
  }

  /** Records a warning: it is printed, but the entity is still generated. */
  public void warning(
      Element element, AnnotationMirror annotation, Message message, Object... args) {
    warnings.add(new Diagnostic(message, message.format(args), element, annotation, null));
  }

  /** Whether {@code entity} has an error. */
  public boolean isFaulty(TypeElement entity) {
    return faulty.contains(entity.getQualifiedName().toString());
  }

  /**
   * Whether {@code entity} may be generated: neither it nor any entity its relations reach in
   * {@code schema} has an error (its code would refer to types that are not generated).
   */
  public boolean allowsGenerating(EntityModel entity, Schema schema) {
    Set<String> seen = new HashSet<>();
    List<EntityModel> pending = new ArrayList<>(List.of(entity));
    while (!pending.isEmpty()) {
      EntityModel next = pending.remove(pending.size() - 1);
      if (!seen.add(next.qualifiedName())) {
        continue;
      }
      if (isFaulty(next.element())) {
        return false;
      }
      for (RelationModel relation : next.relations()) {
        for (TypeElement type : new TypeElement[] {relation.target(), relation.through()}) {
          EntityModel reached = schema.entity(type);
          if (reached != null && !reached.external()) {
            pending.add(reached);
          }
        }
      }
    }
    return true;
  }

  /** Prints every error and warning to {@code messager}. */
  public void printTo(Messager messager) {
    for (Diagnostic d : diagnostics) {
      print(messager, Kind.ERROR, d);
    }
    for (Diagnostic d : warnings) {
      print(messager, Kind.WARNING, d);
    }
  }

  private static void print(Messager messager, Kind kind, Diagnostic d) {
    if (d.value() != null) {
      messager.printMessage(kind, d.text(), d.element(), d.annotation(), d.value());
    } else if (d.annotation() != null) {
      messager.printMessage(kind, d.text(), d.element(), d.annotation());
    } else {
      messager.printMessage(kind, d.text(), d.element());
    }
  }
}
