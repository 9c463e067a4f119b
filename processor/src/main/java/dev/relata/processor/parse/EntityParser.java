package dev.relata.processor.parse;

import dev.relata.processor.model.AccessProblem;
import dev.relata.processor.model.Accessor;
import dev.relata.processor.model.AnnotatedField;
import dev.relata.processor.model.Container;
import dev.relata.processor.model.Copy;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.IndexModel;
import dev.relata.processor.model.InstantiationProblem;
import dev.relata.processor.model.InstantiationProblem.Reason;
import dev.relata.processor.model.KeyAttribute;
import dev.relata.processor.model.KeyKind;
import dev.relata.processor.model.Names;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationKind;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.RuntimeNames;
import dev.relata.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns an {@code @Entity} element into an {@link EntityModel}: the facts of its declaration, with
 * the mirrors and values that diagnostics point at. It judges nothing; {@code validate} does.
 */
public final class EntityParser {
  private static final String ENTITY = RuntimeNames.ENTITY.canonicalName();
  private static final String ID = RuntimeNames.ID.canonicalName();
  private static final String INDEX = RuntimeNames.INDEX.canonicalName();

  private final Elements elements;
  private final Types types;

  /** A parser that reads elements through javac's {@code elements} and {@code types}. */
  public EntityParser(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Whether {@code type} is annotated {@code @Entity}. */
  public static boolean isEntity(TypeElement type) {
    return type != null && Mirrors.find(type, ENTITY) != null;
  }

  /**
   * Whether a type that {@code type} declares or refers to in a relation does not exist yet (it may
   * be generated in a later round), so that parsing must wait.
   */
  public boolean hasUnresolvedTypes(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (Mirrors.containsError(field.asType())) {
        return true;
      }
      AnnotationMirror through =
          Mirrors.find(field, RelationKind.HAS_MANY_THROUGH.annotationName());
      if (through != null) {
        if (isUnresolved(Mirrors.explicit(through, "through"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code value}, a class given in an annotation, is a type javac could not resolve. */
  private static boolean isUnresolved(AnnotationValue value) {
    return value != null
        && (!(value.getValue() instanceof TypeMirror t) || t.getKind() == TypeKind.ERROR);
  }

  /**
   * The fields of {@code fields} (by annotation name) with their key or relation annotation, for
   * {@code validate} to check where they stand. {@code entities} are the entities of the round,
   * whose superclasses may hold such annotations for them.
   */
  public static List<AnnotatedField> annotatedFields(
      Map<String, Set<VariableElement>> fields, List<TypeElement> entities) {
    Set<String> superclasses = new HashSet<>();
    for (TypeElement entity : entities) {
      TypeMirror superclass = entity.getSuperclass();
      while (superclass.getKind() == TypeKind.DECLARED) {
        TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
        superclasses.add(type.getQualifiedName().toString());
        superclass = type.getSuperclass();
      }
    }
    List<AnnotatedField> annotated = new ArrayList<>();
    fields.forEach(
        (annotation, found) -> {
          for (VariableElement field : found) {
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            annotated.add(
                new AnnotatedField(
                    field,
                    Mirrors.find(field, annotation),
                    isEntity(owner),
                    superclasses.contains(owner.getQualifiedName().toString())));
          }
        });
    return annotated;
  }

  /** The model of {@code type}; {@code external} marks a compiled entity from the classpath. */
  public EntityModel parse(TypeElement type, boolean external) {
    AnnotationMirror annotation = Mirrors.find(type, ENTITY);
    AnnotationValue nameValue = Mirrors.explicit(annotation, "name");
    String simpleName = type.getSimpleName().toString();
    String given = nameValue == null ? "" : String.valueOf(nameValue.getValue());
    String entityName = given.isEmpty() ? Names.entityName(simpleName) : given;
    boolean record = type.getKind() == ElementKind.RECORD;
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();

    List<PropertyModel> properties = new ArrayList<>();
    List<RelationModel> relations = new ArrayList<>();
    for (VariableElement field : fields(type, record)) {
      PropertyModel property = property(type, field, record, pkg);
      properties.add(property);
      for (RelationKind kind : RelationKind.values()) {
        AnnotationMirror mirror = Mirrors.find(field, kind.annotationName());
        if (mirror != null) {
          relations.add(relation(simpleName, property, kind, mirror));
        }
      }
    }
    return new EntityModel(
        type,
        entityName,
        nameValue,
        annotation,
        record,
        external,
        instantiationProblems(type, record),
        List.copyOf(properties),
        List.copyOf(relations));
  }

  /** Instance fields, superclass fields first; a field hides a superclass field of its name. */
  private List<VariableElement> fields(TypeElement type, boolean record) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.push(t);
      if (record) {
        break;
      }
    }
    Map<String, VariableElement> fields = new LinkedHashMap<>();
    for (TypeElement t : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)
            && !field.getModifiers().contains(Modifier.TRANSIENT)) {
          fields.remove(field.getSimpleName().toString());
          fields.put(field.getSimpleName().toString(), field);
        }
      }
    }
    return new ArrayList<>(fields.values());
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) types.asElement(superclass);
    String name = element.getQualifiedName().toString();
    return name.equals("java.lang.Object")
            || name.equals("java.lang.Record")
            || name.equals("java.lang.Enum")
        ? null
        : element;
  }

  private PropertyModel property(
      TypeElement owner, VariableElement field, boolean record, String pkg) {
    String name = field.getSimpleName().toString();
    DeclaredType ownerType = (DeclaredType) owner.asType();
    TypeMirror type = memberType(ownerType, field);
    AnnotationMirror id = Mirrors.find(field, ID);
    if (record) {
      return new PropertyModel(
          field,
          name,
          type,
          Accessor.method(name),
          Accessor.constructor(),
          null,
          null,
          id,
          copy(type, pkg),
          keyKind(type),
          index(field),
          valueKind(type));
    }
    Accessor reader = null;
    Accessor writer = null;
    AccessProblem unreadable = null;
    AccessProblem unwritable = null;
    boolean fieldAccessible = accessible(field, pkg);
    boolean fieldFinal = field.getModifiers().contains(Modifier.FINAL);
    AccessProblem.Field closed =
        field.getModifiers().contains(Modifier.PRIVATE)
            ? AccessProblem.Field.PRIVATE
            : AccessProblem.Field.OTHER_PACKAGE;
    if (fieldAccessible) {
      reader = Accessor.field(name);
    } else {
      List<String> names = new ArrayList<>(List.of("get" + Names.capitalize(name), "get" + name));
      if (type.getKind() == TypeKind.BOOLEAN
          || types.isSameType(type, elements.getTypeElement("java.lang.Boolean").asType())) {
        names.add("is" + Names.capitalize(name));
        names.add("is" + name);
      }
      ExecutableElement getter = accessor(owner, ownerType, names, type, false, pkg);
      if (getter != null && !throwsChecked(getter)) {
        reader = Accessor.method(getter.getSimpleName().toString());
      } else {
        unreadable = new AccessProblem(closed, getter);
      }
    }
    if (fieldAccessible && !fieldFinal) {
      writer = Accessor.field(name);
    } else {
      List<String> names = List.of("set" + Names.capitalize(name), "set" + name);
      ExecutableElement setter = accessor(owner, ownerType, names, type, true, pkg);
      if (setter != null && !throwsChecked(setter)) {
        writer = Accessor.method(setter.getSimpleName().toString());
      } else {
        unwritable = new AccessProblem(fieldFinal ? AccessProblem.Field.FINAL : closed, setter);
      }
    }
    return new PropertyModel(
        field,
        name,
        type,
        reader,
        writer,
        unreadable,
        unwritable,
        id,
        copy(type, pkg),
        keyKind(type),
        index(field),
        valueKind(type));
  }

  /** The {@code @Index} on {@code field}, or null. */
  private static IndexModel index(VariableElement field) {
    AnnotationMirror mirror = Mirrors.find(field, INDEX);
    if (mirror == null) {
      return null;
    }
    AnnotationValue unique = Mirrors.explicit(mirror, "unique");
    AnnotationValue sorted = Mirrors.explicit(mirror, "sorted");
    return new IndexModel(
        mirror,
        unique != null && Boolean.TRUE.equals(unique.getValue()),
        sorted != null && Boolean.TRUE.equals(sorted.getValue()),
        sorted);
  }

  /**
   * What a field of {@code type} allows conditions to do: a {@code String}, a type {@code V} that
   * is a {@code Comparable<? super V>} (boxed; a raw {@code Comparable} is not), or another.
   */
  private ValueKind valueKind(TypeMirror type) {
    TypeMirror boxed =
        type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    if (boxed.getKind() != TypeKind.DECLARED) {
      return ValueKind.OTHER;
    }
    if (types.isSameType(boxed, elements.getTypeElement("java.lang.String").asType())) {
      return ValueKind.STRING;
    }
    TypeElement comparable = elements.getTypeElement("java.lang.Comparable");
    TypeMirror bound = types.getDeclaredType(comparable, types.getWildcardType(null, boxed));
    return types.isSubtype(boxed, bound) ? ValueKind.COMPARABLE : ValueKind.OTHER;
  }

  /** The kind of key a field of {@code type} makes, or null where it can be no key. */
  private KeyKind keyKind(TypeMirror type) {
    TypeMirror boxed =
        type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    if (boxed.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return switch (((TypeElement) types.asElement(boxed)).getQualifiedName().toString()) {
      case "java.lang.Long" -> KeyKind.LONG;
      case "java.lang.Integer" -> KeyKind.INT;
      case "java.lang.String" -> KeyKind.STRING;
      case "java.util.UUID" -> KeyKind.UUID;
      default -> null;
    };
  }

  /** How generated code copies a value of {@code type}; see {@link Copy}. */
  private Copy copy(TypeMirror type, String pkg) {
    if (type.getKind() == TypeKind.ARRAY) {
      return Copy.ARRAY;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Copy.SHARE;
    }
    if (!isCollectionOrMap(type)) {
      return Copy.SHARE;
    }
    TypeMirror erased = types.erasure(type);
    TypeElement element = (TypeElement) types.asElement(type);
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.INTERFACE) {
      return switch (name) {
        case "java.util.List", "java.util.Collection", "java.util.SequencedCollection" -> Copy.LIST;
        case "java.util.Set", "java.util.SequencedSet" -> Copy.SET;
        case "java.util.SortedSet", "java.util.NavigableSet" -> Copy.SORTED_SET;
        case "java.util.Queue", "java.util.Deque" -> Copy.LINKED_LIST;
        case "java.util.Map", "java.util.SequencedMap" -> Copy.MAP;
        case "java.util.SortedMap", "java.util.NavigableMap" -> Copy.SORTED_MAP;
        case "java.util.concurrent.ConcurrentMap" -> Copy.CONCURRENT_MAP;
        default -> Copy.SHARE;
      };
    }
    if (name.equals("java.util.EnumSet")) {
      return Copy.ENUM_SET;
    }
    if (types.isAssignable(erased, erased("java.util.Properties"))) {
      return Copy.PROPERTIES;
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return Copy.SHARE;
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().size() == 1
          && accessible(constructor, pkg)
          && !throwsChecked(constructor)
          && types.isAssignable(
              erased, types.erasure(constructor.getParameters().get(0).asType()))) {
        return Copy.CONSTRUCTOR;
      }
    }
    return Copy.SHARE;
  }

  private TypeMirror erased(String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }

  private TypeMirror memberType(DeclaredType owner, Element member) {
    try {
      return types.asMemberOf(owner, member);
    } catch (IllegalArgumentException notAMember) {
      // A private field of a superclass is no member of the subclass, but it is one of the
      // superclass as the subclass parameterizes it (Base<Long>, not Base<ID>).
      DeclaredType declaring = supertype(owner, member.getEnclosingElement());
      return declaring == null ? member.asType() : types.asMemberOf(declaring, member);
    }
  }

  /**
   * The supertype of {@code type} (or itself) whose element is {@code element}, as parameterized.
   */
  private DeclaredType supertype(DeclaredType type, Element element) {
    if (type.asElement().equals(element)) {
      return type;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype.getKind() == TypeKind.DECLARED) {
        DeclaredType found = supertype((DeclaredType) supertype, element);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private boolean accessible(Element member, String pkg) {
    var modifiers = member.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return false;
    }
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    return elements.getPackageOf(member).getQualifiedName().contentEquals(pkg);
  }

  /**
   * The getter ({@code setter} false: no parameters, returns {@code type}) or the setter (one
   * parameter of {@code type}) of {@code owner} named one of {@code names} that generated code in
   * {@code pkg} can call, or null. As Room's {@code PojoProcessor}, one search serves both.
   */
  private ExecutableElement accessor(
      TypeElement owner,
      DeclaredType ownerType,
      List<String> names,
      TypeMirror type,
      boolean setter,
      String pkg) {
    int parameters = setter ? 1 : 0;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
      if (!names.contains(method.getSimpleName().toString())
          || method.getParameters().size() != parameters
          || method.getModifiers().contains(Modifier.STATIC)
          || !accessible(method, pkg)) {
        continue;
      }
      ExecutableType member = (ExecutableType) memberType(ownerType, method);
      TypeMirror accessed = setter ? member.getParameterTypes().get(0) : member.getReturnType();
      if (types.isSameType(accessed, type)) {
        return method;
      }
    }
    return null;
  }

  private List<InstantiationProblem> instantiationProblems(TypeElement type, boolean record) {
    List<InstantiationProblem> problems = new ArrayList<>();
    ElementKind kind = type.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
      problems.add(new InstantiationProblem(Reason.NOT_A_CLASS, type));
      return problems;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add(new InstantiationProblem(Reason.ABSTRACT, type));
    }
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(new InstantiationProblem(Reason.GENERIC, type));
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      problems.add(new InstantiationProblem(Reason.LOCAL, type));
    }
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        problems.add(
            new InstantiationProblem(t == type ? Reason.PRIVATE : Reason.NESTED_IN_PRIVATE, t));
      }
      if (t.getNestingKind() == NestingKind.MEMBER
          && t.getKind() == ElementKind.CLASS
          && !t.getModifiers().contains(Modifier.STATIC)) {
        problems.add(
            new InstantiationProblem(t == type ? Reason.INNER : Reason.NESTED_IN_INNER, t));
      }
    }
    if (!record && !type.getModifiers().contains(Modifier.ABSTRACT)) {
      ExecutableElement constructor = null;
      for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
        if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) {
          constructor = c;
        }
      }
      if (constructor == null) {
        problems.add(new InstantiationProblem(Reason.NO_CONSTRUCTOR, type));
      } else if (throwsChecked(constructor)) {
        problems.add(new InstantiationProblem(Reason.CONSTRUCTOR_THROWS, type));
      }
    }
    return List.copyOf(problems);
  }

  /** Whether {@code method} declares an exception that callers must catch. */
  private boolean throwsChecked(ExecutableElement method) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
        return true;
      }
    }
    return false;
  }

  private RelationModel relation(
      String ownerSimpleName, PropertyModel property, RelationKind kind, AnnotationMirror mirror) {
    TypeMirror type = property.type();
    Container container = Container.OTHER;
    TypeMirror targetType = type;
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String erasure = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      Container collection =
          switch (erasure) {
            case "java.util.List" -> Container.LIST;
            case "java.util.Collection" -> Container.COLLECTION;
            case "java.util.Set" -> Container.SET;
            default -> null;
          };
      if (!isCollectionOrMap(type)) {
        container = Container.SINGLE;
      } else if (declared.getTypeArguments().size() == 1) {
        // Any collection names its target, for the message if not for the relation.
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument instanceof javax.lang.model.type.WildcardType wildcard
            && wildcard.getExtendsBound() != null) {
          targetType = wildcard.getExtendsBound();
        } else if (argument.getKind() == TypeKind.DECLARED) {
          targetType = argument;
          if (collection != null) {
            container = collection;
          }
        }
      }
    }
    // A collection without a type argument (raw List) names no target.
    boolean named = container == Container.SINGLE || targetType != type;
    TypeElement target =
        named && targetType.getKind() == TypeKind.DECLARED
            ? (TypeElement) types.asElement(targetType)
            : null;
    String targetName = target != null ? target.getSimpleName().toString() : property.name();

    TypeElement through = null;
    AnnotationValue throughValue = null;
    String throughName = "";
    if (kind == RelationKind.HAS_MANY_THROUGH) {
      throughValue = Mirrors.explicit(mirror, "through");
      if (throughValue != null && throughValue.getValue() instanceof DeclaredType t) {
        through = (TypeElement) t.asElement();
        throughName = through.getSimpleName().toString();
      }
    }
    String owner = Names.lowerCamel(ownerSimpleName);
    List<KeyAttribute> keys =
        switch (kind) {
          case HAS_ONE, HAS_MANY ->
              List.of(key(mirror, "foreignKey", owner + "Id"), key(mirror, "localKey", null));
          case BELONGS_TO ->
              List.of(
                  key(mirror, "foreignKey", property.name() + "Id"), key(mirror, "ownerKey", null));
          case HAS_MANY_BY ->
              List.of(
                  key(mirror, "foreignKey", Names.lowerCamel(targetName) + "Ids"),
                  key(mirror, "ownerKey", null));
          case HAS_MANY_THROUGH ->
              List.of(
                  key(mirror, "firstKey", owner + "Id"),
                  key(mirror, "secondKey", Names.lowerCamel(throughName) + "Id"),
                  key(mirror, "localKey", null),
                  key(mirror, "secondLocalKey", null));
        };
    AnnotationValue onDeleteValue = Mirrors.explicit(mirror, "onDelete");
    String onDelete =
        onDeleteValue == null
            ? "NOTHING"
            : ((VariableElement) onDeleteValue.getValue()).getSimpleName().toString();
    return new RelationModel(
        property,
        kind,
        mirror,
        container,
        targetType,
        target,
        keys,
        onDelete,
        onDeleteValue,
        through,
        throughValue,
        Mirrors.containsError(type) || isUnresolved(throughValue));
  }

  private boolean isCollectionOrMap(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    return types.isAssignable(erased, erased("java.util.Collection"))
        || types.isAssignable(erased, erased("java.util.Map"));
  }

  private static KeyAttribute key(AnnotationMirror mirror, String attribute, String defaultName) {
    AnnotationValue value = Mirrors.explicit(mirror, attribute);
    String explicit = value == null ? "" : String.valueOf(value.getValue());
    return new KeyAttribute(attribute, explicit, value, defaultName);
  }
}
