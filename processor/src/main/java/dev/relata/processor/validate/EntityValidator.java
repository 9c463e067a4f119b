package dev.relata.processor.validate;

import dev.relata.processor.model.Copy;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.InstantiationProblem;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;
import dev.relata.processor.validate.Message.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one entity on its own: that generated code can instantiate it, its name, that generated
 * code can read and write its fields, and that its relations and generated types clash with
 * nothing.
 */
final class EntityValidator extends Validator {
  /** Relation names that would clash with the repository's own methods. */
  static final List<String> RESERVED =
      List.of(
          "save",
          "saveAll",
          "insert",
          "find",
          "findAll",
          "all",
          "count",
          "delete",
          "deleteAll",
          "query",
          "withAll",
          "saveJson",
          "toJson");

  /** DESIGN.md: a letter followed by letters, digits or {@code _}, and not a Java keyword. */
  private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  EntityValidator(Elements elements, Types types) {
    super(elements, types);
  }

  /**
   * Checks that generated code can make instances and the entity name; false where the entity has
   * no fields to judge (an interface or an enum).
   */
  boolean validateDeclaration(EntityModel entity, Report.Subject report) {
    TypeElement element = entity.element();
    if (!entity.instantiationProblems().isEmpty()) {
      List<String> problems = new ArrayList<>();
      for (InstantiationProblem problem : entity.instantiationProblems()) {
        problems.add(Message.describe(problem));
      }
      atEntity(
          report,
          entity,
          Message.NOT_INSTANTIABLE,
          entity.simpleName(),
          String.join("; ", problems));
      if (!entity.isClassOrRecord()) {
        return false;
      }
    }
    String name = entity.entityName();
    if (!ENTITY_NAME.matcher(name).matches() || SourceVersion.isKeyword(name)) {
      report.add(
          element,
          entity.annotation(),
          entity.entityNameValue(),
          Message.ENTITY_NAME,
          entity.entityName(),
          entity.simpleName());
    }
    return true;
  }

  /** Checks that generated code can name the type of every field, and read and write it. */
  void validateAccess(EntityModel entity, Report.Subject report) {
    for (PropertyModel property : entity.properties()) {
      String where = entity.simpleName() + "." + property.name();
      String hidden = inaccessibleType(property.type(), entity.packageName());
      if (hidden != null) {
        report.add(
            property.field(),
            Message.INACCESSIBLE_TYPE,
            where,
            hidden,
            entity.packageName(),
            hidden);
        continue;
      }
      Set<Modifier> modifiers = property.field().getModifiers();
      if (property.reader() == null) {
        report.add(
            property.field(),
            Message.INACCESSIBLE_FIELD,
            where,
            "read",
            Message.describeUnreadable(property),
            accessFix(property, Phrase.GETTER.format(Names.capitalize(property.name()))));
      }
      if (property.writer() == null) {
        Phrase finalFix =
            modifiers.contains(Modifier.PRIVATE)
                ? Phrase.MAKE_NON_FINAL_AND_NON_PRIVATE
                : Phrase.MAKE_NON_FINAL;
        String fix =
            modifiers.contains(Modifier.FINAL)
                ? finalFix.format()
                : accessFix(
                    property,
                    Phrase.SETTER.format(
                        Names.capitalize(property.name()), display(property.type())));
        report.add(
            property.field(),
            Message.INACCESSIBLE_FIELD,
            where,
            "written",
            Message.describeUnwritable(property),
            fix);
      }
    }
  }

  /**
   * Checks that every stored value can be copied, so that the store shares no mutable object with
   * the caller, and that none is an entity, which only a relation stores.
   */
  void validateValues(Schema schema, EntityModel entity, Report.Subject report) {
    for (PropertyModel column : entity.columns()) {
      Copy problem = column.copy().problem();
      if (problem == null) {
        continue;
      }
      String where = entity.simpleName() + "." + column.name();
      if (problem.kind() == Copy.Kind.ENTITY) {
        TypeElement type = (TypeElement) types.asElement(problem.type());
        EntityModel target = schema.entity(type);
        String name = type.getSimpleName().toString();
        String key =
            target == null || target.key() == null ? "Long" : display(box(target.key().type()));
        boolean single = problem == column.copy();
        report.add(
            column.field(),
            Message.ENTITY_VALUE,
            where,
            name,
            target == null ? Names.entityName(name) : target.entityName(),
            single ? Phrase.TO_ONE_RELATIONS.format() : Phrase.TO_MANY_RELATIONS.format(name),
            single
                ? key + " " + Names.lowerCamel(name) + "Id"
                : Phrase.LIST.format(key) + " " + Names.lowerCamel(name) + "Ids");
      } else {
        String type = display(problem.type());
        String within = display(column.type());
        report.add(
            column.field(),
            Message.UNCOPYABLE,
            where,
            type.equals(within) ? type : Phrase.WITHIN.format(type, within));
      }
    }
  }

  /**
   * The first type within {@code type} (itself, a type argument, an array component, a bound) that
   * code in package {@code pkg} cannot name, or null if there is none.
   */
  private String inaccessibleType(TypeMirror type, String pkg) {
    switch (type.getKind()) {
      case ARRAY:
        return inaccessibleType(((ArrayType) type).getComponentType(), pkg);
      case WILDCARD:
        {
          WildcardType wildcard = (WildcardType) type;
          TypeMirror bound =
              wildcard.getExtendsBound() != null
                  ? wildcard.getExtendsBound()
                  : wildcard.getSuperBound();
          return bound == null ? null : inaccessibleType(bound, pkg);
        }
      case DECLARED:
        {
          DeclaredType declared = (DeclaredType) type;
          for (Element e = declared.asElement();
              e instanceof TypeElement t;
              e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = t.getModifiers();
            boolean visible =
                modifiers.contains(Modifier.PUBLIC)
                    || (!modifiers.contains(Modifier.PRIVATE)
                        && elements.getPackageOf(t).getQualifiedName().contentEquals(pkg));
            if (!visible) {
              return display(type);
            }
          }
          for (TypeMirror argument : declared.getTypeArguments()) {
            String hidden = inaccessibleType(argument, pkg);
            if (hidden != null) {
              return hidden;
            }
          }
          return null;
        }
      default:
        return null;
    }
  }

  /** How to give generated code access to {@code property}, or else to add {@code accessor}. */
  private static String accessFix(PropertyModel property, String accessor) {
    if (property.field().getModifiers().contains(Modifier.PRIVATE)) {
      return Phrase.MAKE_NON_PRIVATE.format(accessor);
    }
    return Phrase.MAKE_PUBLIC.format(accessor);
  }

  /** The number of relation annotations on {@code property}. */
  static int annotationsOn(EntityModel entity, PropertyModel property) {
    int count = 0;
    for (RelationModel relation : entity.relations()) {
      if (relation.property().equals(property)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Checks that no field carries two of {@code @Id} and the relation annotations, and that no
   * relation clashes with a generated method.
   */
  void validateRelationNames(EntityModel entity, Report.Subject report) {
    Map<String, RelationModel> methods = new HashMap<>();
    List<PropertyModel> conflicted = new ArrayList<>();
    for (RelationModel relation : entity.relations()) {
      PropertyModel property = relation.property();
      int count = annotationsOn(entity, property);
      if ((count > 1 || property.id() != null) && !conflicted.contains(property)) {
        conflicted.add(property);
        List<String> names = new ArrayList<>();
        if (property.id() != null) {
          names.add("@Id");
        }
        for (RelationModel r : entity.relations()) {
          if (r.property().equals(property)) {
            names.add("@" + r.kind().simpleName());
          }
        }
        report.add(
            property.field(),
            relation.annotation(),
            Message.CONFLICTING_ANNOTATIONS,
            entity.simpleName() + "." + property.name(),
            String.join(" and ", names));
      }
      String name = relation.name();
      if (RESERVED.contains(name)) {
        report.add(
            property.field(),
            relation.annotation(),
            Message.NAME_CLASH,
            entity.simpleName() + "." + name,
            name + "(...)",
            entity.simpleName() + Generated.REPOSITORY,
            Phrase.RESERVED_NAME.format(String.join(", ", RESERVED)));
        continue;
      }
      RelationModel other = methods.putIfAbsent(Names.capitalize(name), relation);
      if (other != null && !other.property().equals(property)) {
        report.add(
            property.field(),
            relation.annotation(),
            Message.NAME_CLASH,
            entity.simpleName() + "." + name,
            "with" + Names.capitalize(name) + "()",
            entity.simpleName() + Generated.QUERY,
            Phrase.GENERATED_TWICE.format(other.name()));
      }
    }
  }

  /** Checks that no type that the entity generates exists already (but for one generated). */
  void validateGeneratedTypes(EntityModel entity, Report.Subject report) {
    for (String suffix :
        List.of(
            Generated.REPOSITORY,
            Generated.QUERY,
            Generated.META,
            Generated.JSON,
            Generated.FIELDS)) {
      String name = entity.generatedName(suffix);
      TypeElement existing = elements.getTypeElement(name);
      if (existing != null && !generatedByUs(existing)) {
        atEntity(
            report,
            entity,
            Message.TYPE_CLASH,
            entity.simpleName(),
            name,
            Phrase.TYPE_EXISTS.format());
      }
    }
  }

  /**
   * Whether {@code type} is one that an earlier run of this processor left (a stale class file).
   */
  private static boolean generatedByUs(TypeElement type) {
    if (holdsTypedFieldsOnly(type)) {
      return true; // Post_, whose superclass is Object
    }
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name =
        ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName().toString();
    return RuntimeNames.GENERATED_SUPERCLASSES.stream()
        .anyMatch(generated -> generated.canonicalName().equals(name));
  }

  /** Whether {@code type} has fields, all of them typed fields of the runtime, as Post_ does. */
  private static boolean holdsTypedFieldsOnly(TypeElement type) {
    List<String> typedFields =
        List.of(
            RuntimeNames.FIELD.canonicalName(),
            RuntimeNames.COMPARABLE_FIELD.canonicalName(),
            RuntimeNames.STRING_FIELD.canonicalName());
    List<VariableElement> fields = ElementFilter.fieldsIn(type.getEnclosedElements());
    return !fields.isEmpty()
        && fields.stream()
            .allMatch(
                field ->
                    field.asType() instanceof DeclaredType declared
                        && typedFields.contains(
                            ((TypeElement) declared.asElement()).getQualifiedName().toString()));
  }
}
