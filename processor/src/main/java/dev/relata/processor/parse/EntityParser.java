package dev.relata.processor.parse;

import com.sun.source.util.Trees;
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
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
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

  /** Immutable JDK types, shared as they are (besides {@code java.time} and enums). */
  private static final Set<String> IMMUTABLE =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Character",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Number",
          "java.lang.Class",
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.util.UUID",
          "java.util.Locale",
          "java.util.Currency",
          "java.util.OptionalInt",
          "java.util.OptionalLong",
          "java.util.OptionalDouble",
          "java.util.regex.Pattern",
          "java.net.URI",
          "java.nio.file.Path",
          "java.io.File");

  /** How each collection and map interface is copied: into its standard implementation. */
  private static final Map<String, Copy.Kind> INTERFACES =
      Map.ofEntries(
          Map.entry("java.util.Collection", Copy.Kind.LIST),
          Map.entry("java.util.SequencedCollection", Copy.Kind.LIST),
          Map.entry("java.util.List", Copy.Kind.LIST),
          Map.entry("java.util.Set", Copy.Kind.SET),
          Map.entry("java.util.SequencedSet", Copy.Kind.SET),
          Map.entry("java.util.SortedSet", Copy.Kind.SORTED_SET),
          Map.entry("java.util.NavigableSet", Copy.Kind.SORTED_SET),
          Map.entry("java.util.Queue", Copy.Kind.LINKED_LIST),
          Map.entry("java.util.Deque", Copy.Kind.LINKED_LIST),
          Map.entry("java.util.concurrent.BlockingQueue", Copy.Kind.BLOCKING_QUEUE),
          Map.entry("java.util.concurrent.BlockingDeque", Copy.Kind.BLOCKING_DEQUE),
          Map.entry("java.util.Map", Copy.Kind.MAP),
          Map.entry("java.util.SequencedMap", Copy.Kind.MAP),
          Map.entry("java.util.SortedMap", Copy.Kind.SORTED_MAP),
          Map.entry("java.util.NavigableMap", Copy.Kind.SORTED_MAP),
          Map.entry("java.util.concurrent.ConcurrentMap", Copy.Kind.CONCURRENT_MAP),
          Map.entry(
              "java.util.concurrent.ConcurrentNavigableMap", Copy.Kind.CONCURRENT_NAVIGABLE_MAP));

  /** The sorted classes whose copy, with held values copied too, keeps their comparator. */
  private static final Map<String, Copy.Kind> SORTED_CLASSES =
      Map.of(
          "java.util.TreeSet", Copy.Kind.SORTED_SET,
          "java.util.TreeMap", Copy.Kind.SORTED_MAP,
          "java.util.concurrent.ConcurrentSkipListMap", Copy.Kind.CONCURRENT_NAVIGABLE_MAP);

  private final Elements elements;
  private final Types types;
  private final CopyCode copyCode;

  /**
   * A parser that reads elements through javac's {@code elements} and {@code types}, and the
   * bodies of constructors and accessors through {@code trees} (null where the compiler has none:
   * every copy is then taken to run entity code).
   */
  public EntityParser(Elements elements, Types types, Trees trees) {
    this.elements = elements;
    this.types = types;
    this.copyCode = new CopyCode(trees, elements, types);
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
    Set<String> relationFields = new HashSet<>();
    for (VariableElement field : fields(type, record)) {
      PropertyModel property = property(type, field, record, pkg);
      properties.add(property);
      for (RelationKind kind : RelationKind.values()) {
        AnnotationMirror mirror = Mirrors.find(field, kind.annotationName());
        if (mirror != null) {
          relations.add(relation(simpleName, property, kind, mirror));
          relationFields.add(property.name());
        }
      }
    }
    List<InstantiationProblem> problems = instantiationProblems(type, record);
    boolean copyRunsEntityCode =
        external
            || !problems.isEmpty()
            || properties.stream().anyMatch(p -> p.reader() == null || p.writer() == null)
            || copyCode.runs(type, record, properties, relationFields);
    return new EntityModel(
        type,
        entityName,
        nameValue,
        annotation,
        record,
        external,
        problems,
        copyRunsEntityCode,
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
    Accessor reader = null;
    Accessor writer = null;
    AccessProblem unreadable = null;
    AccessProblem unwritable = null;
    if (record) {
      // A record's component is read by its accessor and written through the canonical constructor.
      reader = Accessor.method(name);
      writer = Accessor.constructor();
    } else {
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
        JsonFields.of(field, type, isRelation(field)),
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

  private static boolean isRelation(VariableElement field) {
    for (RelationKind kind : RelationKind.values()) {
      if (Mirrors.find(field, kind.annotationName()) != null) {
        return true;
      }
    }
    return false;
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

  /** How generated code copies a value of {@code type}, at every depth; see {@link Copy}. */
  private Copy copy(TypeMirror type, String pkg) {
    return copy(type, pkg, new HashSet<String>());
  }

  /** {@code judging} holds the classes being judged, so that one that holds itself ends. */
  private Copy copy(TypeMirror type, String pkg, Set<String> judging) {
    return switch (type.getKind()) {
      case ARRAY ->
          Copy.of(
              Copy.Kind.ARRAY, type, copy(((ArrayType) type).getComponentType(), pkg, judging));
      case DECLARED -> copy((DeclaredType) type, pkg, judging);
      case WILDCARD -> copyWildcard((WildcardType) type, pkg, judging);
      case TYPEVAR, INTERSECTION, UNION -> Copy.of(Copy.Kind.UNSUPPORTED, type);
      default -> Copy.share(type); // primitives, and types javac could not resolve (it says so)
    };
  }

  /**
   * {@code ? extends T} where {@code T} is shared (or an entity, reported as such); any other
   * wildcard holds values that generated code cannot copy into the captured type.
   */
  private Copy copyWildcard(WildcardType type, String pkg, Set<String> judging) {
    if (type.getExtendsBound() == null) {
      return Copy.of(Copy.Kind.UNSUPPORTED, type);
    }
    Copy bound = copy(type.getExtendsBound(), pkg, judging);
    return bound.shares() || bound.kind() == Copy.Kind.ENTITY
        ? bound
        : Copy.of(Copy.Kind.UNSUPPORTED, type);
  }

  private Copy copy(DeclaredType type, String pkg, Set<String> judging) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (isEntity(element)) {
      return Copy.of(Copy.Kind.ENTITY, type);
    }
    if (element.getKind() == ElementKind.ENUM
        || IMMUTABLE.contains(name)
        || name.startsWith("java.time.")) {
      return Copy.share(type);
    }
    boolean map = isA(type, "java.util.Map");
    if (map || isA(type, "java.util.Collection")) {
      return copyContainer(type, element, map, pkg, judging);
    }
    if (name.equals("java.util.Optional")) {
      return value(type, arguments(type, "java.util.Optional"), pkg, judging);
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return Copy.of(Copy.Kind.UNSUPPORTED, type); // Object, Iterable, Date, StringBuilder...
    }
    if (!judging.add(name)) {
      return Copy.share(type); // judged by the fields that the class has besides this one
    }
    if (element.getKind() == ElementKind.RECORD) {
      return value(type, recordComponents(type, element), pkg, judging);
    }
    List<TypeMirror> fields = finalFields(type, element);
    return fields == null
        ? Copy.of(Copy.Kind.UNSUPPORTED, type)
        : value(type, fields, pkg, judging);
  }

  /**
   * An immutable value holding values of {@code types}: shared, as records and final fields are,
   * but judged by what it holds, so that an entity or an uncopyable type within is reported.
   */
  private Copy value(
      TypeMirror type, List<? extends TypeMirror> held, String pkg, Set<String> judging) {
    List<Copy> parts = new ArrayList<>();
    for (TypeMirror t : held) {
      parts.add(copy(t, pkg, judging));
    }
    return new Copy(Copy.Kind.SHARE, type, parts);
  }

  /** The types of the components of the record {@code type}. */
  private List<TypeMirror> recordComponents(DeclaredType type, TypeElement element) {
    List<TypeMirror> components = new ArrayList<>();
    for (Element component : element.getRecordComponents()) {
      components.add(types.asMemberOf(type, component));
    }
    return components;
  }

  /**
   * The types of the instance fields of the class {@code type}, superclasses' included, if every
   * one is final and the class is concrete; else null (the class is mutable, or unknown).
   */
  private List<TypeMirror> finalFields(DeclaredType type, TypeElement element) {
    if (element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    List<TypeMirror> fields = new ArrayList<>();
    for (TypeElement t = element; t != null; t = superclass(t)) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        if (!field.getModifiers().contains(Modifier.FINAL)) {
          return null;
        }
        fields.add(memberType(type, field));
      }
    }
    return fields;
  }

  /** A collection or map, copied into its standard implementation or by its copy constructor. */
  private Copy copyContainer(
      DeclaredType type, TypeElement element, boolean map, String pkg, Set<String> judging) {
    String name = element.getQualifiedName().toString();
    if (name.equals("java.util.EnumSet")) {
      return Copy.of(Copy.Kind.ENUM_SET, type);
    }
    if (isA(type, "java.util.Properties")) {
      return Copy.of(Copy.Kind.PROPERTIES, type);
    }
    // A raw type holds values it does not name: they are shared, as javac's checks give way too.
    List<Copy> parts = new ArrayList<>();
    for (TypeMirror held : arguments(type, map ? "java.util.Map" : "java.util.Collection")) {
      parts.add(copy(held, pkg, judging));
    }
    Copy.Kind kind = INTERFACES.get(name);
    if (kind != null
        || element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Copy(kind == null ? Copy.Kind.UNSUPPORTED : kind, type, parts);
    }
    if (parts.stream().allMatch(Copy::shares)) {
      // A copy one level deep copies it all: the class's own copy constructor keeps its settings.
      return hasCopyConstructor(element, types.erasure(type), pkg)
          ? new Copy(Copy.Kind.CONSTRUCTOR, type, parts)
          : new Copy(Copy.Kind.UNSUPPORTED, type, parts);
    }
    // Held values copied too: the copy constructor takes a new list or map of the copies, which
    // would lose the comparator of a sorted class but for the standard ones.
    kind = SORTED_CLASSES.get(name);
    if (kind == null
        && !isA(type, "java.util.SortedSet")
        && !isA(type, "java.util.SortedMap")
        && hasCopyConstructor(
            element, erased(map ? "java.util.LinkedHashMap" : "java.util.ArrayList"), pkg)) {
      kind = Copy.Kind.CONSTRUCTOR;
    }
    return new Copy(kind == null ? Copy.Kind.UNSUPPORTED : kind, type, parts);
  }

  /** Whether the erasure of {@code type} is a subtype of the class {@code name}. */
  private boolean isA(TypeMirror type, String name) {
    return types.isAssignable(types.erasure(type), erased(name));
  }

  /** The type arguments that {@code type} gives its supertype {@code name}; none where raw. */
  private List<? extends TypeMirror> arguments(DeclaredType type, String name) {
    DeclaredType supertype = supertype(type, elements.getTypeElement(name));
    return supertype == null ? List.of() : supertype.getTypeArguments();
  }

  /**
   * Whether the class {@code element} has a constructor that generated code in {@code pkg} can call
   * with one {@code argument} (erased), declaring no checked exception.
   */
  private boolean hasCopyConstructor(TypeElement element, TypeMirror argument, String pkg) {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().size() == 1
          && accessible(constructor, pkg)
          && !throwsChecked(constructor)
          && types.isAssignable(
              argument, types.erasure(constructor.getParameters().get(0).asType()))) {
        return true;
      }
    }
    return false;
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
      } else if (!declared.getTypeArguments().isEmpty()) {
        // Any collection names its target, for the message if not for the relation: the element
        // of a collection, the value of a map (its last type argument).
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        TypeMirror argument = arguments.get(arguments.size() - 1);
        if (argument instanceof WildcardType wildcard
            && wildcard.getExtendsBound() != null) {
          targetType = wildcard.getExtendsBound();
        } else if (argument.getKind() == TypeKind.DECLARED) {
          targetType = argument;
          if (collection != null) {
            container = collection;
          }
        }
      }
    } else if (type.getKind() == TypeKind.ARRAY) {
      targetType = ((ArrayType) type).getComponentType();
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
