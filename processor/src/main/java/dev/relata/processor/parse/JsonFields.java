package dev.relata.processor.parse;

import dev.relata.processor.model.JsonField;
import dev.relata.processor.model.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads how a field appears in JSON: Jackson's {@code @JsonProperty} and {@code @JsonIgnore} on it
 * (by name, so the processor needs no Jackson), and how its type is read and written.
 */
final class JsonFields {
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

  /** The {@code ValueCodecs} constant of each type that has one, by qualified name. */
  private static final Map<String, String> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", "STRING"),
          Map.entry("java.lang.Character", "CHARACTER"),
          Map.entry("java.lang.Boolean", "BOOLEAN"),
          Map.entry("java.lang.Long", "LONG"),
          Map.entry("java.lang.Integer", "INTEGER"),
          Map.entry("java.lang.Short", "SHORT"),
          Map.entry("java.lang.Byte", "BYTE"),
          Map.entry("java.lang.Double", "DOUBLE"),
          Map.entry("java.lang.Float", "FLOAT"),
          Map.entry("java.math.BigInteger", "BIG_INTEGER"),
          Map.entry("java.math.BigDecimal", "BIG_DECIMAL"),
          Map.entry("java.util.UUID", "UUID"),
          Map.entry("java.time.Instant", "INSTANT"),
          Map.entry("java.time.LocalDate", "LOCAL_DATE"),
          Map.entry("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
          Map.entry("java.time.LocalTime", "LOCAL_TIME"),
          Map.entry("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
          Map.entry("java.time.OffsetTime", "OFFSET_TIME"),
          Map.entry("java.time.ZonedDateTime", "ZONED_DATE_TIME"),
          Map.entry("java.time.Duration", "DURATION"),
          Map.entry("java.time.Period", "PERIOD"),
          Map.entry("java.time.Year", "YEAR"),
          Map.entry("java.time.YearMonth", "YEAR_MONTH"),
          Map.entry("java.time.MonthDay", "MONTH_DAY"),
          Map.entry("java.time.ZoneId", "ZONE_ID"),
          Map.entry("java.time.ZoneOffset", "ZONE_OFFSET"));

  /**
   * The class a collection or map field gets on reading, by the field type's qualified name; a
   * field of one of these classes gets its own class.
   */
  private static final Map<String, String> COLLECTIONS =
      Map.of(
          "java.util.Collection", "java.util.ArrayList",
          "java.util.List", "java.util.ArrayList",
          "java.util.Set", "java.util.LinkedHashSet",
          "java.util.SortedSet", "java.util.TreeSet",
          "java.util.NavigableSet", "java.util.TreeSet");

  private static final Set<String> COLLECTION_CLASSES =
      Set.of(
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet");

  private static final Map<String, String> MAPS =
      Map.of(
          "java.util.Map", "java.util.LinkedHashMap",
          "java.util.SortedMap", "java.util.TreeMap",
          "java.util.NavigableMap", "java.util.TreeMap");

  private static final Set<String> MAP_CLASSES =
      Set.of("java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap");

  private JsonFields() {}

  /** How {@code field}, of {@code type}, appears in JSON; {@code relation} if it is a relation. */
  static JsonField of(VariableElement field, TypeMirror type, boolean relation) {
    AnnotationMirror property = Mirrors.find(field, JSON_PROPERTY);
    AnnotationValue nameValue = property == null ? null : Mirrors.explicit(property, "value");
    String given = nameValue == null ? "" : String.valueOf(nameValue.getValue());
    String name = given.isEmpty() ? field.getSimpleName().toString() : given;
    AnnotationMirror ignore = Mirrors.find(field, JSON_IGNORE);
    AnnotationValue ignoreValue = ignore == null ? null : Mirrors.explicit(ignore, "value");
    boolean ignored = ignore != null && (ignoreValue == null || (Boolean) ignoreValue.getValue());
    return new JsonField(name, ignored, property, nameValue, relation ? null : value(type));
  }

  /** How values of {@code type} are read and written. */
  static JsonValue value(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return new JsonValue(
          JsonValue.Kind.PRIMITIVE, type, type.getKind().name().toLowerCase(), null, null, null);
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return new JsonValue(JsonValue.Kind.SCALAR, type, "BYTES", null, null, null);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return other(type);
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (SCALARS.containsKey(name)) {
      return new JsonValue(JsonValue.Kind.SCALAR, type, SCALARS.get(name), null, null, null);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new JsonValue(JsonValue.Kind.ENUM, type, null, null, null, null);
    }
    String collection = COLLECTION_CLASSES.contains(name) ? name : COLLECTIONS.get(name);
    if (collection != null && arguments.size() == 1) {
      JsonValue element0 = value(arguments.get(0));
      if (element0.kind() != JsonValue.Kind.OTHER) {
        return new JsonValue(JsonValue.Kind.COLLECTION, type, null, collection, null, element0);
      }
    }
    String map = MAP_CLASSES.contains(name) ? name : MAPS.get(name);
    if (map != null && arguments.size() == 2) {
      JsonValue key = value(arguments.get(0));
      JsonValue value = value(arguments.get(1));
      if (key.isKey() && value.kind() != JsonValue.Kind.OTHER) {
        return new JsonValue(JsonValue.Kind.MAP, type, null, map, key, value);
      }
    }
    return other(type);
  }

  private static JsonValue other(TypeMirror type) {
    return new JsonValue(JsonValue.Kind.OTHER, type, null, null, null, null);
  }
}
