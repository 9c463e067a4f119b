package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Fixtures.LINT;
import static dev.relata.processor.Fixtures.PHONE_OF_USER;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.generatedTypes;
import static dev.relata.processor.Fixtures.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schemas that the processor accepts: entities in every style, every key type, every relation kind
 * with default and custom keys. Each compiles, generated code included, without a warning under
 * {@code -Xlint:all}.
 */
class ValidSchemaTest {

  /** Asserts that {@code c} succeeded without warnings and generated the types of each entity. */
  private static void assertCompilesCleanly(Compilation c, String... entities) {
    assertThat(c).succeededWithoutWarnings();
    for (String entity : entities) {
      for (String type : generatedTypes(entity)) {
        assertThat(c).generatedSourceFile(type);
      }
    }
  }

  private static final JavaFileObject COMMENT =
      source(
          "p.Comment",
          """
          @Entity
          public class Comment {
            Long id;
            Long postId;
            String body;
            @BelongsTo Post post;
          }
          """);

  // ---- entity styles ----

  @Test
  void nonPrivateFieldsOfEveryVisibilityCompileCleanly() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            class Post {
              public Long id;
              protected String title;
              int likes;
              public boolean published;
              @HasMany protected List<Comment> comments;
            }
            """);

    assertCompilesCleanly(compile(post, COMMENT), "p.Post", "p.Comment");
  }

  @Test
  void fieldsOfEveryCollectionKindGetCopiesThatCompile() {
    JavaFileObject tags =
        source(
            "p.Tags",
            """
            public class Tags extends ArrayList<String> {
              public Tags() {}

              public Tags(Collection<String> tags) {
                super(tags);
              }
            }
            """);
    JavaFileObject defaults =
        source(
            "p.Defaults",
            """
            public class Defaults extends Properties {}
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            class Post {
              Long id;
              Properties settings;
              Defaults defaults;
              @SuppressWarnings("rawtypes") ArrayList raw;
              Tags tags;
              LinkedList<String> queue;
              Deque<String> deque;
              EnumSet<java.time.DayOfWeek> days;
              TreeMap<String, Integer> counts;
              java.util.concurrent.ConcurrentMap<String, Long> totals;
              int[] numbers;
              String[] names;
            }
            """);

    Compilation c = compile(tags, defaults, post);

    // succeeded(): no internal error, and the copies (clone, copy constructors) compile.
    assertThat(c).succeeded();
    assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .contains("Copies.of(source.tags, Tags::new)");
    assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .contains("Copies.properties(source.settings)");
    assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .contains("Copies.properties(source.defaults)");
  }

  @Test
  void nestedCollectionsMapsAndArraysAreCopiedAtEveryLevelAndValuesShared() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            import java.math.BigDecimal;
            import java.util.concurrent.*;

            @Entity
            class Post {
              Long id;
              int[][] grid;
              String[][] words;
              List<List<String>> rows;
              Map<String, List<Integer>> scores;
              Map<List<String>, String> byPath;
              List<Map<String, Set<Long>>> layers;
              List<int[]> vectors;
              ArrayDeque<List<String>> pending;
              TreeMap<String, List<String>> sorted;
              HashMap<String, int[]> hashed;
              BlockingQueue<String> inbox;
              BlockingDeque<List<String>> outbox;
              ConcurrentNavigableMap<String, Set<String>> index;
              Optional<String> note;
              Point origin;
              Money price;
              List<Point> path;
              java.time.Instant at;
              BigDecimal total;
              UUID ref;

              record Point(int x, int y) {}

              static final class Money {
                final BigDecimal amount;
                final String currency;

                Money(BigDecimal amount, String currency) {
                  this.amount = amount;
                  this.currency = currency;
                }
              }
            }
            """);

    Compilation c = compile(post);

    // Compiling cleanly proves the composed copies type-check; the text keeps them readable.
    assertCompilesCleanly(c, "p.Post");
    StringSubject meta = assertThat(c).generatedSourceFile("p.Post_Meta").contentsAsUtf8String();
    meta.contains("copy.grid = Copies.array(source.grid, Copies::array);");
    meta.contains("copy.words = Copies.array(source.words, Copies::array);");
    meta.contains("copy.rows = Copies.list(source.rows, Copies::list);");
    meta.contains("copy.scores = Copies.map(source.scores, Copies::list);");
    meta.contains("Copies.map(source.byPath, Copies::list, UnaryOperator.identity());");
    meta.contains("Copies.list(source.layers, e -> Copies.map(e, Copies::set));");
    meta.contains("copy.vectors = Copies.list(source.vectors, Copies::array);");
    meta.contains("Copies.collection(source.pending, ArrayDeque::new, Copies::list);");
    meta.contains("copy.sorted = Copies.sortedMap(source.sorted, Copies::list);");
    meta.contains("Copies.map(source.hashed, HashMap::new, UnaryOperator.identity(),");
    meta.contains("copy.inbox = Copies.blockingQueue(source.inbox);");
    meta.contains("copy.outbox = Copies.blockingDeque(source.outbox, Copies::list);");
    meta.contains("Copies.concurrentNavigableMap(source.index, Copies::set);");
    meta.contains("copy.path = Copies.list(source.path);");
    for (String shared : List.of("note", "origin", "price", "at", "total", "ref")) {
      meta.contains("copy." + shared + " = source." + shared + ";");
    }
  }

  @Test
  void privateFieldsWithGettersAndSettersCompileCleanly() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              private Long id;
              private String title;
              private boolean published;
              private Boolean pinned;
              private Boolean archived;
              @HasMany private List<Comment> comments;

              public Long getId() {
                return id;
              }

              public void setId(Long id) {
                this.id = id;
              }

              public String getTitle() {
                return title;
              }

              public void setTitle(String title) {
                this.title = title;
              }

              public boolean isPublished() {
                return published;
              }

              public void setPublished(boolean published) {
                this.published = published;
              }

              public Boolean isPinned() {
                return pinned;
              }

              public void setPinned(Boolean pinned) {
                this.pinned = pinned;
              }

              Boolean getArchived() {
                return archived;
              }

              void setArchived(Boolean archived) {
                this.archived = archived;
              }

              public List<Comment> getComments() {
                return comments;
              }

              public void setComments(List<Comment> comments) {
                this.comments = comments;
              }
            }
            """);

    Compilation c = compile(post, COMMENT);

    assertCompilesCleanly(c, "p.Post", "p.Comment");
    assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .contains("Post::isPublished");
  }

  @Test
  void recordsCompileCleanlyWithEveryRelationKind() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public record Country(
                Integer id,
                String name,
                @HasMany List<User> users,
                @HasManyThrough(through = User.class) List<Post> posts) {}
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public record User(
                Long id,
                Integer countryId,
                List<String> tagIds,
                @HasOne Profile profile,
                @HasMany List<Post> posts,
                @HasManyBy List<Tag> tags) {}
            """);
    JavaFileObject profile =
        source(
            "p.Profile",
            """
            @Entity
            public record Profile(UUID id, Long userId, @BelongsTo User user) {}
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public record Post(long id, Long userId, String title) {}
            """);
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public record Tag(String id, String label) {
              public Tag {
                Objects.requireNonNull(label);
              }
            }
            """);

    assertCompilesCleanly(
        compile(country, user, profile, post, tag),
        "p.Country",
        "p.User",
        "p.Profile",
        "p.Post",
        "p.Tag");
  }

  @Test
  void fieldsInheritedFromNonEntitySuperclassesCompileCleanly() {
    JavaFileObject base =
        source(
            "p.Base",
            """
            public abstract class Base {
              Long id;
              private java.time.Instant createdAt;

              public java.time.Instant getCreatedAt() {
                return createdAt;
              }

              public void setCreatedAt(java.time.Instant createdAt) {
                this.createdAt = createdAt;
              }
            }
            """);
    JavaFileObject named =
        source(
            "p.Named",
            """
            public class Named extends Base {
              public String name;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post extends Named {
              String title;
              @HasMany List<Comment> comments;
            }
            """);

    Compilation c = compile(base, named, post, COMMENT);

    assertCompilesCleanly(c, "p.Post", "p.Comment");
    assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .containsMatch("\"createdAt\"[\\s\\S]*\"name\"[\\s\\S]*\"title\"");
  }

  @Test
  void genericSuperclassSuppliesTheKeyType() {
    JavaFileObject base =
        source(
            "q.Base",
            """
            public abstract class Base<ID> {
              private ID id;

              public ID getId() {
                return id;
              }

              public void setId(ID id) {
                this.id = id;
              }
            }
            """);
    JavaFileObject stored =
        source(
            "p.Stored",
            """
            abstract class Stored<K> {
              K id;
              long version;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post extends q.Base<Long> {
              String title;
              @HasMany List<Comment> comments;
            }
            """);
    JavaFileObject token =
        source(
            "p.Token",
            """
            @Entity
            public class Token extends Stored<UUID> {
              Long postId;
              @BelongsTo Post post;
            }
            """);

    Compilation c = compile(base, stored, post, token, COMMENT);

    assertCompilesCleanly(c, "p.Post", "p.Token", "p.Comment");
    assertThat(c)
        .generatedSourceFile("p.TokenRepository")
        .contentsAsUtf8String()
        .contains("Repository<Token, UUID, TokenQuery>");
  }

  // ---- keys ----

  @ParameterizedTest(name = "{0} key, {1} foreign key")
  @CsvSource({
    "Long, Long",
    "Integer, Integer",
    "String, String",
    "UUID, UUID",
    "long, long",
    "long, Long",
    "int, int",
    "Integer, int",
  })
  void everyKeyTypeCompilesCleanlyWithEveryRelationKind(String key, String foreignKey) {
    String boxed =
        switch (key) {
          case "long" -> "Long";
          case "int" -> "Integer";
          default -> key;
        };
    JavaFileObject owner =
        source(
            "p.Owner",
            """
            @Entity
            public class Owner {
              KEY id;
              List<BOXED> itemIds;
              @HasMany List<Item> items;
              @HasOne Item firstItem;
              @HasManyBy List<Item> picked;
              @HasManyThrough(through = Item.class) List<Part> parts;
            }
            """
                .replace("KEY", key)
                .replace("BOXED", boxed));
    JavaFileObject item =
        source(
            "p.Item",
            """
            @Entity
            public class Item {
              KEY id;
              FOREIGN ownerId;
              @BelongsTo Owner owner;
            }
            """
                .replace("KEY", key)
                .replace("FOREIGN", foreignKey));
    JavaFileObject part =
        source(
            "p.Part",
            """
            @Entity
            public record Part(KEY id, FOREIGN itemId) {}
            """
                .replace("KEY", key)
                .replace("FOREIGN", foreignKey));

    assertCompilesCleanly(compile(owner, item, part), "p.Owner", "p.Item", "p.Part");
  }

  @Test
  void idAnnotationChoosesTheKeyOverAFieldNamedId() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              @Id String slug;
              Long id;
              @HasMany(foreignKey = "postSlug") List<Note> notes;
            }
            """);
    JavaFileObject note =
        source(
            "p.Note",
            """
            @Entity
            public class Note {
              @Id UUID uuid;
              String postSlug;
              @BelongsTo(foreignKey = "postSlug") Post post;
            }
            """);

    Compilation c = compile(post, note);

    assertCompilesCleanly(c, "p.Post", "p.Note");
    assertThat(c)
        .generatedSourceFile("p.PostRepository")
        .contentsAsUtf8String()
        .contains("Repository<Post, String, PostQuery>");
  }

  // ---- nesting and packages ----

  @Test
  void nestedStaticEntitiesCompileCleanly() {
    JavaFileObject blog =
        source(
            "p.Blog",
            """
            public class Blog {
              @Entity
              public static class Entry {
                Long id;
                @HasMany List<Reply> replies;
              }

              @Entity
              public record Reply(Long id, Long entryId, @BelongsTo Entry entry) {}

              public interface Catalog {
                @Entity
                class Shelf {
                  Integer id;
                }
              }
            }
            """);

    Compilation c = compile(blog);

    assertCompilesCleanly(c, "p.Entry", "p.Reply", "p.Shelf");
  }

  @Test
  void relationsToEntitiesInOtherPackagesCompileCleanly() {
    JavaFileObject author =
        source(
            "q.people.Author",
            """
            @Entity
            public class Author {
              public Long id;
              public String name;
              @HasMany public List<p.Book> books;
            }
            """);
    JavaFileObject book =
        source(
            "p.Book",
            """
            @Entity
            public class Book {
              public Long id;
              public Long authorId;
              @BelongsTo public q.people.Author author;
            }
            """);

    assertCompilesCleanly(compile(author, book), "q.people.Author", "p.Book");
  }

  @Test
  void relationToAnEntityCompiledEarlierWithTheProcessorCompilesCleanly(@TempDir Path classes) {
    JavaFileObject author =
        source(
            "lib.Author",
            """
            @Entity
            public class Author {
              public Long id;
              public String name;
            }
            """);
    Compilation library = compile(author);
    assertCompilesCleanly(library, "lib.Author");
    Classpaths.writeClasses(library, classes);
    JavaFileObject book =
        source(
            "p.Book",
            """
            @Entity
            public class Book {
              Long id;
              Long authorId;
              @BelongsTo lib.Author author;
            }
            """);

    Compilation c =
        javac()
            .withProcessors(new RelataProcessor())
            .withOptions(LINT)
            .withClasspath(Classpaths.runtimeAnd(classes))
            .compile(book);

    assertCompilesCleanly(c, "p.Book");
  }

  // ---- relations ----

  @Test
  void everyRelationKindWithDefaultKeysCompilesCleanly() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Integer id;
              @HasMany List<User> users;
              @HasManyThrough(through = User.class) List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              Integer countryId;
              List<Long> roleIds;
              @BelongsTo Country country;
              @HasOne Phone phone;
              @HasMany List<Post> posts;
              @HasManyBy List<Role> roles;
            }
            """);
    JavaFileObject phone = PHONE_OF_USER;
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long userId;
              @BelongsTo User user;
              @HasMany List<Comment> comments;
            }
            """);
    JavaFileObject role =
        source(
            "p.Role",
            """
            @Entity
            public class Role {
              Long id;
            }
            """);

    assertCompilesCleanly(
        compile(country, user, phone, post, role, COMMENT),
        "p.Country",
        "p.User",
        "p.Phone",
        "p.Post",
        "p.Role",
        "p.Comment");
  }

  @Test
  void everyRelationKindWithCustomKeysCompilesCleanly() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Integer id;
              String code;
              @HasMany(foreignKey = "countryCode", localKey = "code") List<User> users;
              @HasManyThrough(
                  through = User.class,
                  firstKey = "countryCode",
                  secondKey = "authorHandle",
                  localKey = "code",
                  secondLocalKey = "handle")
              List<Post> posts;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              String handle;
              String countryCode;
              List<String> roleNames;
              @BelongsTo(foreignKey = "countryCode", ownerKey = "code") Country homeland;
              @HasOne(foreignKey = "ownerHandle", localKey = "handle") Phone phone;
              @HasMany(foreignKey = "authorHandle", localKey = "handle") List<Post> posts;
              @HasManyBy(foreignKey = "roleNames", ownerKey = "name") List<Role> roles;
            }
            """);
    JavaFileObject phone =
        source(
            "p.Phone",
            """
            @Entity
            public class Phone {
              Long id;
              String ownerHandle;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              String authorHandle;
              @BelongsTo(foreignKey = "authorHandle", ownerKey = "handle") User author;
            }
            """);
    JavaFileObject role =
        source(
            "p.Role",
            """
            @Entity
            public class Role {
              Long id;
              String name;
            }
            """);

    assertCompilesCleanly(
        compile(country, user, phone, post, role),
        "p.Country",
        "p.User",
        "p.Phone",
        "p.Post",
        "p.Role");
  }

  @Test
  void hasManyAcceptsListCollectionAndSet() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany List<Comment> comments;
              @HasMany(foreignKey = "postId") Collection<Comment> all_comments;
              @HasMany(foreignKey = "postId") Set<Comment> distinctComments;
            }
            """);

    assertCompilesCleanly(compile(post, COMMENT), "p.Post", "p.Comment");
  }

  @Test
  void selfRelationsCompileCleanly() {
    JavaFileObject category =
        source(
            "p.Category",
            """
            @Entity
            public class Category {
              Long id;
              Long parentId;
              List<Long> categoryIds;
              @BelongsTo Category parent;
              @HasMany(foreignKey = "parentId", onDelete = OnDelete.CASCADE)
              List<Category> children;
              @HasOne(foreignKey = "parentId") Category firstChild;
              @HasManyBy List<Category> related;
              @HasManyThrough(
                  through = Category.class, firstKey = "parentId", secondKey = "parentId")
              List<Category> grandchildren;
            }
            """);

    assertCompilesCleanly(compile(category), "p.Category");
  }

  @Test
  void twoRelationsBetweenOneEntityPairCompileCleanly() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              @HasMany(foreignKey = "senderId") List<Message> sent;
              @HasMany(foreignKey = "recipientId") List<Message> received;
            }
            """);
    JavaFileObject message =
        source(
            "p.Message",
            """
            @Entity
            public class Message {
              Long id;
              Long senderId;
              Long recipientId;
              @BelongsTo User sender;
              @BelongsTo User recipient;
            }
            """);

    assertCompilesCleanly(compile(user, message), "p.User", "p.Message");
  }

  // ---- columns and names ----

  @Test
  void columnsOfEveryShapeCompileCleanly() {
    JavaFileObject sample =
        source(
            "p.Sample",
            """
            @Entity
            public class Sample {
              Long id;
              byte b;
              short s;
              char c;
              float f;
              double d;
              int[] numbers;
              byte[] bytes;
              String[] words;
              List<String> tags;
              ArrayList<Integer> scores;
              Set<String> labels;
              SortedSet<String> sorted;
              Map<String, List<Long>> index;
              TreeMap<String, Integer> counts;
              List<? extends Number> measures;
              Optional<String> note;
              Thread.State state;
              java.time.Instant at;
              java.math.BigDecimal amount;
            }
            """);
    JavaFileObject snapshot =
        source(
            "p.Snapshot",
            """
            @Entity
            public record Snapshot(
                UUID id, Map<String, Set<Integer>> data, long[] samples, List<List<String>> rows) {}
            """);

    assertCompilesCleanly(compile(sample, snapshot), "p.Sample", "p.Snapshot");
  }

  @Test
  void entitiesNamedLikeRuntimeAndGeneratedTypesCompileCleanly() {
    JavaFileObject store =
        source(
            "p.Store",
            """
            @Entity
            public class Store {
              Long id;
              @HasMany List<Query> queries;
            }
            """);
    JavaFileObject query =
        source(
            "p.Query",
            """
            @Entity
            public class Query {
              Long id;
              Long storeId;
              @BelongsTo Store store;
              @HasMany List<Columns> columns;
            }
            """);
    JavaFileObject columns =
        source(
            "p.Columns",
            """
            @Entity
            public class Columns {
              Long id;
              Long queryId;
              @HasOne Relations relations;
            }
            """);
    JavaFileObject relations =
        source(
            "p.Relations",
            """
            @Entity
            public record Relations(Long id, Long columnsId) {}
            """);

    assertCompilesCleanly(
        compile(store, query, columns, relations),
        "p.Store",
        "p.Query",
        "p.Columns",
        "p.Relations");
  }

  @Test
  void entityInTheUnnamedPackageCompilesCleanly() {
    JavaFileObject note =
        source(
            "Note",
            """
            @Entity
            public class Note {
              Long id;
              Long noteId;
              @HasMany List<Note> replies;
            }
            """);

    assertCompilesCleanly(compile(note), "Note");
  }
}
