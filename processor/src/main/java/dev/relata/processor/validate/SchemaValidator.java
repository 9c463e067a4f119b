package dev.relata.processor.validate;

import dev.relata.processor.model.Container;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.KeyAttribute;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationKind;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.Schema;
import dev.relata.processor.parse.Mirrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a whole {@link Schema}: every entity of the round on its own, and every relation against
 * the entities it names. It reports into a {@link Report} and never writes code.
 */
public final class SchemaValidator {
  /** Relation names that would clash with the repository's own methods. */
  public static final List<String> RESERVED =
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

  private static final Set<String> KEY_TYPES =
      Set.of("java.lang.Long", "java.lang.Integer", "java.lang.String", "java.util.UUID");
  private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private final Elements elements;
  private final Types types;

  /** A validator that looks types up through javac's {@code elements} and {@code types}. */
  public SchemaValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Validates the entities of {@code schema} that are not external.
   *
   * @param earlierNames entity names of earlier rounds, by name the qualified class that holds it
   */
  public Report validate(Schema schema, Map<String, String> earlierNames, Report report) {
    Map<String, EntityModel> byName = new HashMap<>();
    Map<String, EntityModel> byGeneratedName = new HashMap<>();
    for (EntityModel entity : schema.entities()) {
      if (entity.external()) {
        continue;
      }
      EntityModel other = byGeneratedName.putIfAbsent(entity.generatedName(""), entity);
      if (other != null) {
        typeClash(report, entity, other);
        typeClash(report, other, entity);
      }
    }
    for (EntityModel entity : schema.entities()) {
      if (!entity.external()) {
        validateEntity(schema, entity, report);
      }
    }
    for (EntityModel entity : schema.entities()) {
      String earlier = earlierNames.get(entity.entityName());
      if (!entity.external() && earlier != null && !earlier.equals(entity.qualifiedName())) {
        duplicateName(report, entity, earlier);
      }
      EntityModel other = byName.putIfAbsent(entity.entityName(), entity);
      if (other != null) {
        if (!entity.external()) {
          duplicateName(report, entity, other.qualifiedName());
        }
        if (!other.external()) {
          duplicateName(report, other, entity.qualifiedName());
        }
      }
    }
    return report;
  }

  private static void typeClash(Report report, EntityModel entity, EntityModel other) {
    report.error(
        entity.element(),
        entity.element(),
        entity.annotation(),
        null,
        Message.TYPE_CLASH,
        entity.qualifiedName(),
        entity.generatedName(Generated.REPOSITORY),
        other.qualifiedName()
            + " generates it too (entities of one package need distinct simple"
            + " names)");
  }

  private void duplicateName(Report report, EntityModel entity, String other) {
    report.error(
        entity.element(),
        entity.element(),
        entity.annotation(),
        entity.entityNameValue(),
        Message.DUPLICATE_NAME,
        entity.entityName(),
        entity.qualifiedName(),
        other);
  }

  /**
   * Checks the key and relation annotations on {@code fields} (by annotation name) that parsing
   * does not see: see {@link #checkPlacement}. {@code entities} are the entities of the round,
   * whose superclasses may hold such annotations for them.
   */
  public void checkPlacements(
      Map<String, Set<VariableElement>> fields, List<TypeElement> entities, Report report) {
    Set<String> superclasses = new HashSet<>();
    for (TypeElement entity : entities) {
      TypeMirror superclass = entity.getSuperclass();
      while (superclass.getKind() == TypeKind.DECLARED) {
        TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
        superclasses.add(type.getQualifiedName().toString());
        superclass = type.getSuperclass();
      }
    }
    fields.forEach(
        (annotation, annotated) -> {
          for (VariableElement field : annotated) {
            checkPlacement(report, field, Mirrors.find(field, annotation), superclasses);
          }
        });
  }

  /**
   * Checks a key or relation annotation on {@code field} that parsing does not see: on a static or
   * transient field (an error), or in a class that is no entity (a warning, since an entity may
   * extend it; an error where none can, in a final class or a record).
   */
  private void checkPlacement(
      Report report,
      VariableElement field,
      AnnotationMirror annotation,
      Set<String> extendedByEntities) {
    TypeElement type = (TypeElement) field.getEnclosingElement();
    String simple =
        ((TypeElement) annotation.getAnnotationType().asElement()).getSimpleName().toString();
    String where = type.getSimpleName() + "." + field.getSimpleName();
    boolean entity = Mirrors.find(type, RuntimeNames.ENTITY.canonicalName()) != null;
    String why = null;
    if (field.getModifiers().contains(Modifier.STATIC)) {
      why = "the field is static, and entities store instance fields only";
    } else if (field.getModifiers().contains(Modifier.TRANSIENT)) {
      why = "the field is transient, and entities do not store transient fields";
    } else if (!entity) {
      why = type.getSimpleName() + " is no @Entity: annotate it with @Entity";
      if (extendedByEntities.contains(type.getQualifiedName().toString())) {
        return;
      }
      boolean extendable =
          type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.FINAL);
      if (extendable) {
        report.warning(
            field,
            annotation,
            Message.MISPLACED_ANNOTATION,
            simple,
            where,
            why + ", unless entities extend it");
        return;
      }
    }
    if (why != null) {
      report.error(type, field, annotation, null, Message.MISPLACED_ANNOTATION, simple, where, why);
    }
  }

  private void validateEntity(Schema schema, EntityModel entity, Report report) {
    TypeElement element = entity.element();
    String simple = entity.simpleName();
    if (!entity.instantiationProblems().isEmpty()) {
      report.error(
          element,
          element,
          entity.annotation(),
          null,
          Message.NOT_INSTANTIABLE,
          simple,
          String.join("; ", entity.instantiationProblems()));
      if (!entity.isClassOrRecord()) {
        return; // An interface or enum has no fields to judge.
      }
    }
    if (!ENTITY_NAME.matcher(entity.entityName()).matches()) {
      report.error(
          element,
          element,
          entity.annotation(),
          entity.entityNameValue(),
          Message.ENTITY_NAME,
          entity.entityName(),
          simple);
    }
    validateKey(entity, report);
    for (PropertyModel property : entity.properties()) {
      String hidden = inaccessibleType(property.type(), entity.packageName());
      if (hidden != null) {
        report.error(
            element,
            property.field(),
            null,
            null,
            Message.INACCESSIBLE_TYPE,
            simple + "." + property.name(),
            hidden,
            entity.packageName(),
            hidden);
        continue;
      }
      if (property.reader() == null) {
        report.error(
            element,
            property.field(),
            null,
            null,
            Message.INACCESSIBLE_FIELD,
            simple + "." + property.name(),
            "read",
            property.unreadableWhy(),
            accessFix(property, "a getter get" + Names.capitalize(property.name()) + "()"));
      }
      if (property.writer() == null) {
        report.error(
            element,
            property.field(),
            null,
            null,
            Message.INACCESSIBLE_FIELD,
            simple + "." + property.name(),
            "written",
            property.unwritableWhy(),
            property.field().getModifiers().contains(Modifier.FINAL)
                ? "make it non-final"
                    + (property.field().getModifiers().contains(Modifier.PRIVATE)
                        ? " and non-private"
                        : "")
                    + ", or make the entity a record"
                : accessFix(
                    property,
                    "a setter set"
                        + Names.capitalize(property.name())
                        + "("
                        + display(property.type())
                        + ")"));
      }
    }
    validateRelationNames(entity, report);
    for (RelationModel relation : entity.relations()) {
      // A field with conflicting annotations has its one error; its relation is not judged.
      if (annotationsOn(entity, relation.property()) == 1 && relation.property().id() == null) {
        validateRelation(schema, entity, relation, report);
      }
    }
    for (String suffix : List.of(Generated.REPOSITORY, Generated.QUERY, Generated.META)) {
      String name = entity.generatedName(suffix);
      TypeElement existing = elements.getTypeElement(name);
      if (existing != null && !generatedByUs(existing)) {
        report.error(
            element,
            element,
            entity.annotation(),
            null,
            Message.TYPE_CLASH,
            simple,
            name,
            "a type of that name exists");
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
      return "make it non-private, or add " + accessor;
    }
    return "make it public, or add " + accessor;
  }

  /**
   * Whether {@code type} is one that an earlier run of this processor left (a stale class file).
   */
  private boolean generatedByUs(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name =
        ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName().toString();
    return RuntimeNames.GENERATED_SUPERCLASSES.stream()
        .anyMatch(generated -> generated.canonicalName().equals(name));
  }

  private void validateKey(EntityModel entity, Report report) {
    TypeElement element = entity.element();
    List<PropertyModel> ids = entity.idFields();
    if (ids.size() > 1) {
      List<String> names = new ArrayList<>();
      ids.forEach(p -> names.add(p.name()));
      for (PropertyModel id : ids) {
        report.error(
            element,
            id.field(),
            id.id(),
            null,
            Message.AMBIGUOUS_KEY,
            entity.simpleName(),
            String.join(", ", names),
            String.join(", ", names));
      }
      return;
    }
    PropertyModel key = entity.key();
    if (key == null) {
      report.error(
          element,
          element,
          entity.annotation(),
          null,
          Message.MISSING_KEY,
          entity.simpleName(),
          options(entity, p -> isKeyType(p.type()), "Long id"));
      return;
    }
    if (!isKeyType(key.type())) {
      report.error(
          element,
          key.field(),
          key.id(),
          null,
          Message.KEY_TYPE,
          entity.simpleName() + "." + key.name(),
          "the key of " + entity.simpleName(),
          display(key.type()));
    }
  }

  private static int annotationsOn(EntityModel entity, PropertyModel property) {
    int count = 0;
    for (RelationModel relation : entity.relations()) {
      if (relation.property().equals(property)) {
        count++;
      }
    }
    return count;
  }

  private void validateRelationNames(EntityModel entity, Report report) {
    TypeElement element = entity.element();
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
        report.error(
            element,
            property.field(),
            relation.annotation(),
            null,
            Message.CONFLICTING_ANNOTATIONS,
            entity.simpleName() + "." + property.name(),
            String.join(" and ", names));
      }
      String name = relation.name();
      if (RESERVED.contains(name)) {
        report.error(
            element,
            property.field(),
            relation.annotation(),
            null,
            Message.NAME_CLASH,
            entity.simpleName() + "." + name,
            name + "(...)",
            entity.simpleName() + Generated.REPOSITORY,
            "rename the field. Reserved names: " + String.join(", ", RESERVED));
        continue;
      }
      RelationModel other = methods.putIfAbsent(Names.capitalize(name), relation);
      if (other != null && !other.property().equals(property)) {
        report.error(
            element,
            property.field(),
            relation.annotation(),
            null,
            Message.NAME_CLASH,
            entity.simpleName() + "." + name,
            "with" + Names.capitalize(name) + "()",
            entity.simpleName() + Generated.QUERY,
            "the relation " + other.name() + " generates it as well; rename one of them");
      }
    }
  }

  private static Set<Container> containers(RelationKind kind) {
    return switch (kind) {
      case HAS_ONE, BELONGS_TO -> EnumSet.of(Container.SINGLE);
      case HAS_MANY -> EnumSet.of(Container.LIST, Container.COLLECTION, Container.SET);
      case HAS_MANY_BY, HAS_MANY_THROUGH -> EnumSet.of(Container.LIST);
    };
  }

  private void validateRelation(
      Schema schema, EntityModel entity, RelationModel relation, Report report) {
    Context c = new Context(entity, relation, report);
    RelationKind kind = relation.kind();
    Object throughClass =
        relation.throughValue() == null ? null : relation.throughValue().getValue();
    if (Mirrors.containsError(relation.property().type())
        || (throughClass != null
            && (!(throughClass instanceof TypeMirror t) || t.getKind() == TypeKind.ERROR))) {
      return; // javac reports the missing type itself; anything said here would mislead.
    }
    if (!containers(kind).contains(relation.container())) {
      String target =
          relation.target() != null ? relation.target().getSimpleName().toString() : "Target";
      String expected =
          switch (kind) {
            case HAS_ONE, BELONGS_TO ->
                "a single entity, such as " + target + " " + relation.name();
            case HAS_MANY ->
                "List<" + target + ">, Collection<" + target + "> or Set<" + target + ">";
            case HAS_MANY_BY, HAS_MANY_THROUGH -> "List<" + target + ">";
          };
      c.error(null, Message.RELATION_TYPE, c.where, expected, display(relation.property().type()));
      return;
    }
    EntityModel target = schema.entity(relation.target());
    if (target == null) {
      c.error(null, Message.NOT_AN_ENTITY, display(relation.targetType()), "target", c.where);
      return;
    }
    if (!hasMetadata(target, c)) {
      return;
    }
    EntityModel through = null;
    if (kind == RelationKind.HAS_MANY_THROUGH) {
      through = schema.entity(relation.through());
      if (through == null) {
        String name =
            relation.through() != null
                ? relation.through().getQualifiedName().toString()
                : String.valueOf(relation.throughValue());
        report.error(
            entity.element(),
            relation.property().field(),
            relation.annotation(),
            relation.throughValue(),
            Message.NOT_AN_ENTITY,
            name,
            "through class",
            c.where);
        return;
      }
      if (!hasMetadata(through, c)) {
        return;
      }
    }
    if (target.keyName() == null || (through != null && through.keyName() == null)) {
      return; // The entity without a key has its own error; its keys cannot be resolved.
    }
    switch (kind) {
      case HAS_ONE, HAS_MANY -> {
        PropertyModel local = resolve(c, entity, relation.key("localKey"), anyKey());
        PropertyModel foreign = resolve(c, target, relation.key("foreignKey"), sameKeyAs(local));
        match(
            c,
            relation.key("foreignKey"),
            target,
            foreign,
            relation.key("localKey"),
            entity,
            local);
        checkSetNull(c, target, foreign);
      }
      case BELONGS_TO -> {
        PropertyModel owner = resolve(c, target, relation.key("ownerKey"), anyKey());
        PropertyModel foreign = resolve(c, entity, relation.key("foreignKey"), sameKeyAs(owner));
        match(
            c,
            relation.key("foreignKey"),
            entity,
            foreign,
            relation.key("ownerKey"),
            target,
            owner);
      }
      case HAS_MANY_BY -> {
        PropertyModel owner = resolve(c, target, relation.key("ownerKey"), anyKey());
        PropertyModel foreign =
            resolve(
                c,
                entity,
                relation.key("foreignKey"),
                p -> owner == null || isListOf(p.type(), owner.type()));
        if (owner != null && foreign != null) {
          if (!isKeyType(owner.type())) {
            keyType(c, relation.key("ownerKey"), target, owner);
          } else if (!isListOf(foreign.type(), owner.type())) {
            KeyAttribute key = relation.key("foreignKey");
            c.error(
                key,
                Message.KEY_LIST_TYPE,
                c.where,
                display(box(owner.type())),
                target.simpleName(),
                entity.simpleName() + "." + foreign.name(),
                display(foreign.type()),
                options(
                    entity,
                    p -> isListOf(p.type(), owner.type()),
                    "List<" + display(box(owner.type())) + "> " + key.resolve(null)));
          }
        }
        if (relation.onDelete().equals("SET_NULL")) {
          c.onDelete(
              "a @HasManyBy keeps its keys on "
                  + entity.simpleName()
                  + ", so there is no key on "
                  + target.simpleName()
                  + " to clear",
              "NOTHING, CASCADE, RESTRICT");
        }
      }
      case HAS_MANY_THROUGH -> {
        PropertyModel local = resolve(c, entity, relation.key("localKey"), anyKey());
        PropertyModel first = resolve(c, through, relation.key("firstKey"), sameKeyAs(local));
        match(c, relation.key("firstKey"), through, first, relation.key("localKey"), entity, local);
        PropertyModel secondLocal = resolve(c, through, relation.key("secondLocalKey"), anyKey());
        PropertyModel second =
            resolve(c, target, relation.key("secondKey"), sameKeyAs(secondLocal));
        match(
            c,
            relation.key("secondKey"),
            target,
            second,
            relation.key("secondLocalKey"),
            through,
            secondLocal);
      }
    }
  }

  private boolean hasMetadata(EntityModel entity, Context c) {
    if (!entity.external()) {
      return true;
    }
    String meta = entity.generatedName(Generated.META);
    if (elements.getTypeElement(meta) != null) {
      return true;
    }
    c.error(null, Message.MISSING_METADATA, entity.qualifiedName(), meta);
    return false;
  }

  private void checkSetNull(Context c, EntityModel target, PropertyModel foreign) {
    if (foreign == null || !c.relation.onDelete().equals("SET_NULL")) {
      return;
    }
    String fk = target.simpleName() + "." + foreign.name();
    if (foreign.primitive()) {
      c.onDelete(
          "its foreign key " + fk + " is a primitive " + foreign.type() + ", which cannot be null",
          "NOTHING, CASCADE, RESTRICT, or declare " + fk + " as " + display(box(foreign.type())));
    } else if (foreign.equals(target.key())) {
      c.onDelete(
          "its foreign key " + fk + " is the primary key of " + target.simpleName(),
          "NOTHING, CASCADE, RESTRICT");
    }
  }

  /** The stored field of {@code on} that {@code key} names, or null after reporting it. */
  private PropertyModel resolve(
      Context c, EntityModel on, KeyAttribute key, Predicate<PropertyModel> fits) {
    String name = key.resolve(on.keyName());
    PropertyModel property = c.relation.keyField(key.attribute(), on);
    if (property == null) {
      c.error(
          key,
          Message.UNKNOWN_KEY,
          on.simpleName(),
          name,
          key.attribute(),
          c.where,
          options(on, fits, name));
    }
    return property;
  }

  /**
   * Checks that {@code dependent} (on {@code d}, named by {@code key}) can hold the values of
   * {@code anchor} (on {@code a}, named by {@code anchorKey}).
   */
  private void match(
      Context c,
      KeyAttribute key,
      EntityModel d,
      PropertyModel dependent,
      KeyAttribute anchorKey,
      EntityModel a,
      PropertyModel anchor) {
    if (dependent == null || anchor == null) {
      return;
    }
    if (!isKeyType(anchor.type())) {
      keyType(c, anchorKey, a, anchor);
      return;
    }
    if (!types.isSameType(box(dependent.type()), box(anchor.type()))) {
      c.error(
          key,
          Message.KEY_MISMATCH,
          key.attribute(),
          c.where,
          d.simpleName() + "." + dependent.name(),
          display(dependent.type()),
          a.simpleName() + "." + anchor.name(),
          display(anchor.type()),
          options(d, sameKeyAs(anchor), display(box(anchor.type())) + " " + dependent.name()));
    }
  }

  private void keyType(Context c, KeyAttribute key, EntityModel on, PropertyModel property) {
    c.error(
        key,
        Message.KEY_TYPE,
        on.simpleName() + "." + property.name(),
        "the " + key.attribute() + " of " + c.where,
        display(property.type()));
  }

  private Predicate<PropertyModel> anyKey() {
    return p -> isKeyType(p.type());
  }

  private Predicate<PropertyModel> sameKeyAs(PropertyModel anchor) {
    if (anchor == null || !isKeyType(anchor.type())) {
      return anyKey();
    }
    return p -> types.isSameType(box(p.type()), box(anchor.type()));
  }

  /** The stored fields of {@code entity} that fit, or what to add where none does. */
  private String options(EntityModel entity, Predicate<PropertyModel> fits, String suggestion) {
    List<String> names = new ArrayList<>();
    for (PropertyModel column : entity.columns()) {
      if (fits.test(column)) {
        names.add(column.name());
      }
    }
    if (names.isEmpty()) {
      return "none fits (add a field " + suggestion + " to " + entity.simpleName() + ")";
    }
    return String.join(", ", names);
  }

  private TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  private boolean isKeyType(TypeMirror type) {
    TypeMirror boxed = box(type);
    return boxed.getKind() == TypeKind.DECLARED
        && KEY_TYPES.contains(
            ((TypeElement) ((DeclaredType) boxed).asElement()).getQualifiedName().toString());
  }

  private boolean isListOf(TypeMirror list, TypeMirror element) {
    if (list.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) list;
    return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
        && declared.getTypeArguments().size() == 1
        && types.isSameType(declared.getTypeArguments().get(0), box(element));
  }

  private static String display(TypeMirror type) {
    return Names.display(type);
  }

  /** Where a relation's errors go, and how they are worded. */
  private final class Context {
    final EntityModel entity;
    final RelationModel relation;
    final Report report;
    final String where;

    Context(EntityModel entity, RelationModel relation, Report report) {
      this.entity = entity;
      this.relation = relation;
      this.report = report;
      this.where =
          "@" + relation.kind().simpleName() + " " + entity.simpleName() + "." + relation.name();
    }

    /** Reports at the relation's field and annotation, and at {@code key}'s value if given. */
    void error(KeyAttribute key, Message message, Object... args) {
      report.error(
          entity.element(),
          relation.property().field(),
          relation.annotation(),
          key == null ? null : key.value(),
          message,
          args);
    }

    void onDelete(String why, String options) {
      report.error(
          entity.element(),
          relation.property().field(),
          relation.annotation(),
          relation.onDeleteValue(),
          Message.ON_DELETE,
          relation.onDelete(),
          where,
          why,
          options);
    }
  }
}
