package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.describe;
import static dev.relata.processor.Fixtures.generatedTypes;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import dev.relata.processor.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random small valid schemas, one per seed: two to four entities in every style and key type, in
 * one or two packages, with random relations of every kind, keys given or left to their default.
 * Each must compile without a warning and generate every entity. The seeds are fixed, so a failure
 * repeats; the message holds the schema.
 */
class RandomSchemaTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void randomValidSchemaCompilesWithoutWarnings(long seed) {
    List<EntitySpec> schema = new SchemaGenerator(new Random(seed)).generate();
    List<JavaFileObject> sources = new ArrayList<>();
    for (EntitySpec entity : schema) {
      sources.add(source(entity.qualifiedName(), entity.render()));
    }

    Compilation c = compile(sources.toArray(new JavaFileObject[0]));

    String context =
        "seed "
            + seed
            + ":\n"
            + schema.stream().map(EntitySpec::render).collect(Collectors.joining("\n"))
            + describe(c);
    assertWithMessage(context).that(c.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertWithMessage(context).that(c.warnings()).isEmpty();
    for (EntitySpec entity : schema) {
      for (String type : generatedTypes(entity.qualifiedName())) {
        assertWithMessage(context).that(c.generatedSourceFile(type).isPresent()).isTrue();
      }
    }
  }

  private enum Style {
    FIELDS,
    ACCESSORS,
    RECORD
  }

  /** One field: a stored column, or a relation with its annotation. */
  private record Field(String name, String type, String annotation) {}

  /** An entity to write: its fields in declaration order. */
  private static final class EntitySpec {
    final String pkg;
    final String name;
    final Style style;
    final String keyType;
    final String keyName;
    final Map<String, Field> fields = new LinkedHashMap<>();

    EntitySpec(String pkg, String name, Style style, String keyType, String keyName) {
      this.pkg = pkg;
      this.name = name;
      this.style = style;
      this.keyType = keyType;
      this.keyName = keyName;
      fields.put(keyName, new Field(keyName, keyType, keyName.equals("id") ? "" : "@Id"));
    }

    String qualifiedName() {
      return pkg + "." + name;
    }

    /** Adds a stored column, unless one of that name exists. */
    void column(String name, String type) {
      fields.putIfAbsent(name, new Field(name, type, ""));
    }

    void relation(String name, String type, String annotation) {
      fields.put(name, new Field(name, type, annotation));
    }

    String render() {
      StringBuilder s = new StringBuilder("@Entity\n");
      if (style == Style.RECORD) {
        s.append("public record ").append(name).append("(\n");
        s.append(
            fields.values().stream()
                .map(f -> "    " + prefix(f) + f.type() + " " + f.name())
                .collect(Collectors.joining(",\n")));
        return s.append(") {}\n").toString();
      }
      s.append("public class ").append(name).append(" {\n");
      for (Field f : fields.values()) {
        s.append("  ").append(prefix(f));
        s.append(style == Style.ACCESSORS ? "private " : "").append(f.type()).append(' ');
        s.append(f.name()).append(";\n");
      }
      if (style == Style.ACCESSORS) {
        for (Field f : fields.values()) {
          String property = Names.capitalize(f.name());
          String get = f.type().equals("boolean") ? "is" : "get";
          s.append("\n  public ").append(f.type()).append(' ').append(get).append(property);
          s.append("() {\n    return ").append(f.name()).append(";\n  }\n");
          s.append("\n  public void set").append(property).append('(').append(f.type());
          s.append(" value) {\n    this.").append(f.name()).append(" = value;\n  }\n");
        }
      }
      return s.append("}\n").toString();
    }

    private static String prefix(Field f) {
      return f.annotation().isEmpty() ? "" : f.annotation() + " ";
    }
  }

  /** Draws a schema that DESIGN.md accepts. */
  private static final class SchemaGenerator {
    private static final List<String> NAMES =
        List.of("Author", "Book", "Chapter", "Library", "Shelf", "Review", "Country", "BlogPost");
    private static final List<String> KEY_TYPES =
        List.of("Long", "Integer", "String", "java.util.UUID", "long", "int");
    private static final List<String[]> COLUMNS =
        List.of(
            new String[] {"title", "String"},
            new String[] {"rank", "int"},
            new String[] {"active", "boolean"},
            new String[] {"labels", "List<String>"},
            new String[] {"at", "java.time.Instant"});

    private final Random random;
    private final List<EntitySpec> entities = new ArrayList<>();
    private int relations;

    SchemaGenerator(Random random) {
      this.random = random;
    }

    List<EntitySpec> generate() {
      List<String> names = new ArrayList<>(NAMES);
      int count = 2 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        String name = names.remove(random.nextInt(names.size()));
        String pkg = random.nextInt(5) == 0 ? "q.sub" : "p";
        Style style = Style.values()[random.nextInt(Style.values().length)];
        String keyType = pick(KEY_TYPES);
        String keyName = random.nextBoolean() ? "id" : pick(List.of("code", "uid", "number"));
        EntitySpec entity = new EntitySpec(pkg, name, style, keyType, keyName);
        for (String[] column : COLUMNS) {
          if (random.nextInt(3) == 0) {
            entity.column(column[0], column[1]);
          }
        }
        entities.add(entity);
      }
      int relationCount = 1 + random.nextInt(5);
      for (int i = 0; i < relationCount; i++) {
        addRelation(pick(entities), pick(entities), pick(entities));
      }
      return entities;
    }

    private void addRelation(EntitySpec owner, EntitySpec target, EntitySpec through) {
      String field = "rel" + relations++;
      switch (random.nextInt(5)) {
        case 0, 1 -> {
          boolean many = random.nextBoolean();
          String foreignKey = foreignKeyOf(owner, target);
          List<String> attributes = new ArrayList<>();
          if (!foreignKey.equals(Names.lowerCamel(owner.name) + "Id")) {
            attributes.add("foreignKey = \"" + foreignKey + "\"");
          }
          if (random.nextBoolean()) {
            attributes.add("localKey = \"" + owner.keyName + "\"");
          }
          boolean boxed = !target.fields.get(foreignKey).type().matches("long|int");
          attributes.add(
              "onDelete = OnDelete."
                  + pick(
                      boxed
                          ? List.of("NOTHING", "CASCADE", "RESTRICT", "SET_NULL")
                          : List.of("NOTHING", "CASCADE", "RESTRICT")));
          String container = pick(List.of("List", "Collection", "Set"));
          owner.relation(
              field,
              many ? container + "<" + target.qualifiedName() + ">" : target.qualifiedName(),
              (many ? "@HasMany" : "@HasOne") + "(" + String.join(", ", attributes) + ")");
        }
        case 2 -> {
          List<String> attributes = new ArrayList<>();
          String foreignKey = field + "Id";
          if (random.nextBoolean()) {
            foreignKey = field + "Ref";
            attributes.add("foreignKey = \"" + foreignKey + "\"");
          }
          if (random.nextBoolean()) {
            attributes.add("ownerKey = \"" + target.keyName + "\"");
          }
          owner.column(foreignKey, variantOf(target.keyType));
          owner.relation(
              field, target.qualifiedName(), "@BelongsTo(" + String.join(", ", attributes) + ")");
        }
        case 3 -> {
          List<String> attributes = new ArrayList<>();
          String ids = Names.lowerCamel(target.name) + "Ids";
          if (random.nextBoolean()) {
            ids = field + "Keys";
            attributes.add("foreignKey = \"" + ids + "\"");
          }
          if (random.nextBoolean()) {
            attributes.add("ownerKey = \"" + target.keyName + "\"");
          }
          attributes.add("onDelete = OnDelete." + pick(List.of("NOTHING", "CASCADE", "RESTRICT")));
          owner.column(ids, "List<" + boxed(target.keyType) + ">");
          owner.relation(
              field,
              "List<" + target.qualifiedName() + ">",
              "@HasManyBy(" + String.join(", ", attributes) + ")");
        }
        default -> {
          List<String> attributes = new ArrayList<>();
          attributes.add("through = " + through.qualifiedName() + ".class");
          String firstKey = foreignKeyOf(owner, through);
          if (!firstKey.equals(Names.lowerCamel(owner.name) + "Id")) {
            attributes.add("firstKey = \"" + firstKey + "\"");
          }
          String secondKey = foreignKeyOf(through, target);
          if (!secondKey.equals(Names.lowerCamel(through.name) + "Id")) {
            attributes.add("secondKey = \"" + secondKey + "\"");
          }
          if (random.nextBoolean()) {
            attributes.add("localKey = \"" + owner.keyName + "\"");
            attributes.add("secondLocalKey = \"" + through.keyName + "\"");
          }
          owner.relation(
              field,
              "List<" + target.qualifiedName() + ">",
              "@HasManyThrough(" + String.join(", ", attributes) + ")");
        }
      }
    }

    /**
     * A column on {@code target} that holds keys of {@code owner}: the default name, or a new
     * custom one.
     */
    private String foreignKeyOf(EntitySpec owner, EntitySpec target) {
      String name =
          random.nextBoolean()
              ? Names.lowerCamel(owner.name) + "Id"
              : "ref" + relations + "To" + owner.name;
      Field existing = target.fields.get(name);
      if (existing != null && !boxed(existing.type()).equals(boxed(owner.keyType))) {
        name = "ref" + relations + "To" + owner.name;
      }
      target.column(name, variantOf(owner.keyType));
      return name;
    }

    /** The key type, or its primitive or boxed twin: they match, boxing aside. */
    private String variantOf(String keyType) {
      return switch (keyType) {
        case "Long", "long" -> pick(List.of("Long", "long"));
        case "Integer", "int" -> pick(List.of("Integer", "int"));
        default -> keyType;
      };
    }

    private static String boxed(String type) {
      return switch (type) {
        case "long" -> "Long";
        case "int" -> "Integer";
        default -> type;
      };
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }
}
