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

/**
 * The errors and warnings that validation found, and the entities they belong to. Checks report
 * through {@link #about}, as in Dagger's {@code ValidationReport}: a report about one type, with
 * one overload per place an item can point at; the {@link Message} says whether it is an error.
 */
public final class Report {
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Set<String> faulty = new LinkedHashSet<>();

  /** The report about {@code type}: an error there keeps it from being generated. */
  public Subject about(TypeElement type) {
    return new Subject(type);
  }

  /** The items about one type, at the type itself or at an element within it. */
  public final class Subject {
    private final TypeElement type;

    private Subject(TypeElement type) {
      this.type = type;
    }

    /** Reports {@code message} at {@code element}. */
    public void add(Element element, Message message, Object... args) {
      add(element, null, null, message, args);
    }

    /** Reports {@code message} at {@code annotation} on {@code element}. */
    public void add(Element element, AnnotationMirror annotation, Message message, Object... args) {
      add(element, annotation, null, message, args);
    }

    /**
     * Reports {@code message} at {@code value} of {@code annotation} on {@code element}; at the
     * annotation where {@code value} is null (an attribute left to its default).
     */
    public void add(
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value,
        Message message,
        Object... args) {
      Diagnostic d =
          new Diagnostic(message.kind(), message.format(args), element, annotation, value);
      if (message.kind() == Kind.ERROR) {
        errors.add(d);
        faulty.add(type.getQualifiedName().toString());
      } else {
        warnings.add(d);
      }
    }
  }

  /** Whether {@code entity} has an error. */
  private boolean isFaulty(TypeElement entity) {
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
    for (Diagnostic d : errors) {
      print(messager, d);
    }
    for (Diagnostic d : warnings) {
      print(messager, d);
    }
  }

  private static void print(Messager messager, Diagnostic d) {
    if (d.value() != null) {
      messager.printMessage(d.kind(), d.text(), d.element(), d.annotation(), d.value());
    } else if (d.annotation() != null) {
      messager.printMessage(d.kind(), d.text(), d.element(), d.annotation());
    } else {
      messager.printMessage(d.kind(), d.text(), d.element());
    }
  }
}
