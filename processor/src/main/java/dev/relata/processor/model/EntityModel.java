package dev.relata.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @Entity} class or record, as declared.
 *
 * @param element the class, the place for diagnostics
 * @param entityName the entity name (given or default)
 * @param entityNameValue the {@code name} annotation value when given, or null
 * @param annotation the {@code @Entity} mirror
 * @param record whether it is a record
 * @param external whether it comes compiled from the classpath (validated as a target only, never
 *     generated)
 * @param instantiationProblems why generated code could not create instances, if it could not
 * @param copyRunsEntityCode whether the copy that generated code makes can run code of the entity's
 *     author (constructors, initializers, accessors with bodies of their own); true when in doubt
 * @param properties every stored or relation field, superclass fields first, in declaration order
 * @param relations the relation annotations, in declaration order
 */
public record EntityModel(
    TypeElement element,
    String entityName,
    AnnotationValue entityNameValue,
    AnnotationMirror annotation,
    boolean record,
    boolean external,
    List<InstantiationProblem> instantiationProblems,
    boolean copyRunsEntityCode,
    List<PropertyModel> properties,
    List<RelationModel> relations) {

  /** The class's simple name. */
  public String simpleName() {
    return element.getSimpleName().toString();
  }

  /** The package of the class. */
  public String packageName() {
    Element e = element;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  /** The qualified name of a type generated beside the entity: {@code p.Post} + {@code Query}. */
  public String generatedName(String suffix) {
    String pkg = packageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + simpleName() + suffix;
  }

  /** The class's qualified name. */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** The field named {@code name}, or null. */
  public PropertyModel property(String name) {
    for (PropertyModel property : properties) {
      if (property.name().equals(name)) {
        return property;
      }
    }
    return null;
  }

  /** The relation of the field {@code property}, or null for a stored column. */
  public RelationModel relationOf(PropertyModel property) {
    for (RelationModel relation : relations) {
      if (relation.property().equals(property)) {
        return relation;
      }
    }
    return null;
  }

  /** The stored fields: every field that carries no relation annotation. */
  public List<PropertyModel> columns() {
    List<PropertyModel> columns = new ArrayList<>();
    for (PropertyModel property : properties) {
      if (relationOf(property) == null) {
        columns.add(property);
      }
    }
    return columns;
  }

  /** The stored field named {@code name}, or null (also when it is a relation field). */
  public PropertyModel column(String name) {
    PropertyModel property = property(name);
    return property != null && relationOf(property) == null ? property : null;
  }

  /**
   * The stored fields annotated {@code @Id}; an {@code @Id} on a relation field is a conflict of
   * its own and never the key.
   */
  public List<PropertyModel> idFields() {
    List<PropertyModel> ids = new ArrayList<>();
    for (PropertyModel property : properties) {
      if (property.id() != null && relationOf(property) == null) {
        ids.add(property);
      }
    }
    return ids;
  }

  /** Whether generated code can make instances at all: a class or a record, not an interface. */
  public boolean isClassOrRecord() {
    return element.getKind() == javax.lang.model.element.ElementKind.CLASS || record;
  }

  /** The primary key: the one {@code @Id} field, else the field named {@code id}; or null. */
  public PropertyModel key() {
    List<PropertyModel> ids = idFields();
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    PropertyModel id = property("id");
    return id != null && relationOf(id) == null ? id : null;
  }

  /** The kind of the primary key, or null where there is no key or its type can be none. */
  public KeyKind keyKind() {
    PropertyModel key = key();
    return key == null ? null : key.keyKind();
  }

  /** The name of the primary key field, or null. */
  public String keyName() {
    PropertyModel key = key();
    return key == null ? null : key.name();
  }
}
