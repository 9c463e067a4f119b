package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Fixtures.COMMENT;
import static dev.relata.processor.Fixtures.DOC_WITH_PRIVATE_KIND;
import static dev.relata.processor.Fixtures.POST_WITH_FINAL_TITLE;
import static dev.relata.processor.Fixtures.POST_WITH_PRIVATE_BODY;
import static dev.relata.processor.Fixtures.assertError;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.assertWarning;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.count;
import static dev.relata.processor.Fixtures.describe;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.relata.processor.validate.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagnostics about entity classes: whether generated code can create and read them, their
 * names, the types generated beside them, and annotations placed where they have no effect.
 */
class EntityDiagnosticsTest {

  // ---- RelataNotInstantiable ----

  static Stream<Arguments> uninstantiableEntities() {
    return Stream.of(
        Arguments.of(
            "abstract class",
            "@Entity\npublic abstract class Post {\n  Long id;\n}\n",
            "Post cannot be an entity: it is abstract"),
        Arguments.of(
            "interface",
            "@Entity\npublic interface Post {\n  Long getId();\n}\n",
            "Post cannot be an entity: it is an interface; an entity is a class or a record"),
        Arguments.of(
            "enum",
            "@Entity\npublic enum Post {\n  FIRST;\n  Long id;\n}\n",
            "Post cannot be an entity: it is an enum; an entity is a class or a record"),
        Arguments.of(
            "annotation type",
            "@Entity\npublic @interface Post {}\n",
            "Post cannot be an entity: it is an annotation type"),
        Arguments.of(
            "generic class",
            "@Entity\npublic class Post<T> {\n  Long id;\n  T body;\n}\n",
            "Post cannot be an entity: it is generic"),
        Arguments.of(
            "generic record",
            "@Entity\npublic record Post<T>(Long id, T body) {}\n",
            "Post cannot be an entity: it is generic"),
        Arguments.of(
            "private nested class",
            "public class Post {\n  @Entity\n  private static class Draft {\n"
                + "    Long id;\n  }\n}\n",
            "Draft cannot be an entity: it is private"),
        Arguments.of(
            "inner class",
            "public class Post {\n  @Entity\n  public class Draft {\n    Long id;\n  }\n}\n",
            "Draft cannot be an entity: it is an inner class: declare it static"),
        Arguments.of(
            "static class in an inner class",
            "public class Post {\n  public class Inner {\n    @Entity\n"
                + "    public static class Draft {\n      Long id;\n    }\n  }\n}\n",
            "Draft cannot be an entity: it is nested in the inner class Inner: declare that"
                + " static"),
        Arguments.of(
            "no no-argument constructor",
            "@Entity\npublic class Post {\n  Long id;\n"
                + "  Post(Long id) {\n    this.id = id;\n  }\n}\n",
            "Post cannot be an entity: it has no no-argument constructor that generated code can"
                + " call (add one; it may be package-private)"),
        Arguments.of(
            "private no-argument constructor",
            "@Entity\npublic class Post {\n  Long id;\n  private Post() {}\n}\n",
            "Post cannot be an entity: it has no no-argument constructor that generated code can"
                + " call"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uninstantiableEntities")
  void entityThatCannotBeInstantiatedIsReportedOnItsAnnotationWithTheReason(
      String kind, String body, String text) {
    JavaFileObject post = source("p.Post", body);

    Compilation c = compile(post);

    assertError(c, post, "@Entity", "[RelataNotInstantiable]", text);
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertWithMessage("an error without a place in the source;%s", describe(c))
          .that(d.getSource())
          .isNotNull();
    }
  }

  @Test
  void enumEntityIsOneErrorAndNoneAboutTheFieldsOfJavaLangEnum() {
    JavaFileObject color =
        source("p.Color", "@Entity\npublic enum Color {\n  RED;\n  Long id;\n}\n");

    Compilation c = compile(color);

    assertThat(count(c, Message.NOT_INSTANTIABLE)).isEqualTo(1);
    assertWithMessage(describe(c)).that(count(c, Message.INACCESSIBLE_FIELD)).isEqualTo(0);
    assertErrorCount(c, 1);
  }

  @Test
  void interfaceEntityIsNotAlsoToldToAddAKeyField() {
    JavaFileObject shape = source("p.Shape", "@Entity\npublic interface Shape {}\n");

    Compilation c = compile(shape);

    assertThat(count(c, Message.NOT_INSTANTIABLE)).isEqualTo(1);
    assertWithMessage(describe(c)).that(count(c, Message.MISSING_KEY)).isEqualTo(0);
  }

  @Test
  void everyReasonOfOneEntityIsInOneMessage() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public abstract class Post<T> {
              Long id;
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@Entity",
        "[RelataNotInstantiable]",
        "Post cannot be an entity: it is abstract; it is generic");
    assertErrorCount(c, 1);
  }

  @Test
  void packagePrivateAndProtectedNoArgumentConstructorsAreEnough() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Post() {}
              public Post(Long id) {
                this.id = id;
              }
            }
            """);
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              Long id;
              protected Tag() {}
            }
            """);

    CompilationSubject.assertThat(compile(post, tag)).succeededWithoutWarnings();
  }

  // ---- RelataInaccessibleType ----

  @Test
  void fieldOfAPrivateNestedTypeIsReportedAtTheFieldWithTheFix() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              List<Status> history;

              private enum Status {
                DRAFT
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "List<Status> history",
        "[RelataInaccessibleType]",
        "Post.history cannot be stored: its type Post.Status is not visible to generated code in"
            + " package p",
        "Options: make Post.Status package-private or public");
    assertErrorCount(c, 1);
  }

  @Test
  void recordComponentOfAPrivateNestedTypeIsReported() {
    JavaFileObject doc = DOC_WITH_PRIVATE_KIND;

    Compilation c = compile(doc);

    assertError(c, doc, "public record Doc", "[RelataInaccessibleType]", "Doc.kind", "Doc.Kind");
    assertErrorCount(c, 1);
  }

  // ---- RelataEntityValue ----

  @Test
  void listOfEntitiesWithoutRelationAnnotationIsReportedAtTheFieldWithTheFixes() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              List<Comment> comments;
            }
            """);

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "List<Comment> comments;",
        "[RelataEntityValue]",
        "Post.comments holds the entity type Comment but has no relation annotation",
        "never save them as comments",
        "Options: annotate the relation (@HasMany, @HasManyBy or @HasManyThrough on a"
            + " List<Comment>), store the key instead (List<Long> commentIds), or make the field"
            + " transient");
    assertErrorCount(c, 1);
  }

  @Test
  void singleEntityWithoutRelationAnnotationIsToldToUseAToOneRelationOrItsKey() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Comment pinned;
            }
            """);

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "Comment pinned;",
        "[RelataEntityValue]",
        "Post.pinned holds the entity type Comment",
        "(@BelongsTo or @HasOne), store the key instead (Long commentId)");
    assertErrorCount(c, 1);
  }

  @Test
  void entitiesInMapsArraysSetsAndRecordsAreReportedToo() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Map<String, Comment> byAuthor;
              Comment[] archive;
              Set<List<Comment>> threads;
              Pair pair;

              record Pair(String label, Comment comment) {}
            }
            """);

    Compilation c = compile(post, COMMENT);

    for (String line : List.of("byAuthor;", "archive;", "threads;", "Pair pair;")) {
      assertError(c, post, line, "[RelataEntityValue]", "holds the entity type Comment");
    }
    assertErrorCount(c, 4);
  }

  @Test
  void transientEntityFieldIsNotStored() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              transient List<Comment> cache;
            }
            """);

    CompilationSubject.assertThat(compile(post, COMMENT)).succeededWithoutWarnings();
  }

  // ---- RelataUncopyable ----

  @Test
  void mutableTypesThatCannotBeCopiedAreReportedWithWhatCan() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Object payload;
              Iterable<String> names;
              StringBuilder draft;
              Date createdAt;
              AbstractList<String> lines;
              Address home;

              public static class Address {
                String street;
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "Object payload;",
        "[RelataUncopyable]",
        "Post.payload cannot be stored: Relata cannot copy Object, and a stored value must share no"
            + " mutable object with your code",
        "Options: an immutable type (String, a boxed primitive, an enum, java.time",
        "a collection or map interface (Collection, List, Set",
        "or an array, holding such types; or make the field transient");
    assertError(c, post, "names;", "[RelataUncopyable]", "cannot copy Iterable<String>");
    assertError(c, post, "draft;", "[RelataUncopyable]", "cannot copy StringBuilder");
    assertError(c, post, "createdAt;", "[RelataUncopyable]", "cannot copy Date");
    assertError(c, post, "lines;", "[RelataUncopyable]", "cannot copy AbstractList<String>");
    assertError(c, post, "Address home;", "[RelataUncopyable]", "cannot copy Post.Address");
    assertErrorCount(c, 6);
  }

  @Test
  void uncopyableTypeWithinAFieldIsNamedWithTheFieldType() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              List<StringBuilder> drafts;
              Map<String, Object> extra;
              Bag bag;
              java.util.concurrent.ConcurrentSkipListSet<List<String>> sorted;

              public static class Bag extends ArrayList<List<String>> {
                public Bag(int capacity) {
                  super(capacity);
                }
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "drafts;",
        "[RelataUncopyable]",
        "Post.drafts cannot be stored: Relata cannot copy StringBuilder (in List<StringBuilder>)");
    assertError(
        c, post, "extra;", "[RelataUncopyable]", "cannot copy Object (in Map<String,Object>)");
    assertError(c, post, "Bag bag;", "[RelataUncopyable]", "cannot copy Post.Bag");
    assertError(
        c,
        post,
        "sorted;",
        "[RelataUncopyable]",
        "cannot copy ConcurrentSkipListSet<List<String>>");
    assertErrorCount(c, 4);
  }

  // ---- RelataInaccessibleField ----

  @Test
  void privateFieldWithoutAccessorsIsReportedForReadingAndWriting() {
    JavaFileObject post = POST_WITH_PRIVATE_BODY;

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "private String body",
        "[RelataInaccessibleField]",
        "Post.body cannot be read by generated code: it is private",
        "no getter getBody()",
        "Options: make it non-private, or add a getter getBody()");
    assertError(
        c,
        post,
        "private String body",
        "[RelataInaccessibleField]",
        "Post.body cannot be written by generated code: it is private",
        "no setter setBody",
        "Options: make it non-private, or add a setter setBody(String)");
    assertErrorCount(c, 2);
  }

  @Test
  void privateFieldWithOnlyAGetterIsReportedForWriting() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              private List<String> tags;
              public List<String> getTags() {
                return tags;
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "private List<String> tags",
        "[RelataInaccessibleField]",
        "Post.tags cannot be written by generated code",
        "Options: make it non-private, or add a setter setTags(List<String>)");
    assertErrorCount(c, 1);
  }

  @Test
  void privateFieldWithOnlyASetterIsReportedForReading() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              private boolean hidden;
              public void setHidden(boolean hidden) {
                this.hidden = hidden;
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "private boolean hidden",
        "[RelataInaccessibleField]",
        "Post.hidden cannot be read by generated code",
        "add a getter getHidden()");
    assertErrorCount(c, 1);
  }

  @Test
  void accessorsOfAnotherTypeOrStaticOrPrivateAreNoAccessors() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              private String title;
              public Object getTitle() {
                return title;
              }
              private void setTitle(String title) {
                this.title = title;
              }
            }
            """);

    Compilation c = compile(post);

    assertError(
        c, post, "private String title", "[RelataInaccessibleField]", "Post.title cannot be read");
    assertError(
        c,
        post,
        "private String title",
        "[RelataInaccessibleField]",
        "Post.title cannot be written");
    assertErrorCount(c, 2);
  }

  @Test
  void finalFieldOfAClassIsReportedForWriting() {
    JavaFileObject post = POST_WITH_FINAL_TITLE;

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "final String title",
        "[RelataInaccessibleField]",
        "Post.title cannot be written by generated code: it is final",
        "make it non-final");
    assertErrorCount(c, 1);
  }

  @Test
  void inaccessibleFieldMessageWritesTypesAsPeopleWriteThem() {
    JavaFileObject post = POST_WITH_PRIVATE_BODY;

    Compilation c = compile(post);

    assertThat(count(c, Message.INACCESSIBLE_FIELD)).isEqualTo(2);
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertWithMessage(describe(c)).that(d.getMessage(Locale.ROOT)).doesNotContain("java.lang.");
    }
  }

  @Test
  void finalFieldIsToldToBecomeNonFinalNotNonPrivate() {
    JavaFileObject post = POST_WITH_FINAL_TITLE;

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "final String title",
        "[RelataInaccessibleField]",
        "Post.title cannot be written",
        "non-final");
  }

  @Test
  void packagePrivateFieldInASuperclassOfAnotherPackageIsReported() {
    JavaFileObject base =
        source(
            "q.Base",
            """
            public class Base {
              Long id;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post extends q.Base {
              String title;
            }
            """);

    Compilation c = compile(base, post);

    assertError(
        c,
        base,
        "Long id",
        "[RelataInaccessibleField]",
        "Post.id cannot be read by generated code: it is declared in q.Base of another package",
        "add a getter getId()");
    assertError(
        c,
        base,
        "Long id",
        "[RelataInaccessibleField]",
        "Post.id cannot be written by generated code",
        "add a setter setId(Long)");
    assertErrorCount(c, 2);
  }

  @Test
  void packagePrivateFieldOfAnotherPackageIsNotToldToBecomeNonPrivate() {
    JavaFileObject base = source("q.Base", "public class Base {\n  Long id;\n}\n");
    JavaFileObject post =
        source("p.Post", "@Entity\npublic class Post extends q.Base {\n  String title;\n}\n");

    Compilation c = compile(base, post);

    assertThat(count(c, Message.INACCESSIBLE_FIELD)).isEqualTo(2);
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      assertWithMessage(describe(c))
          .that(d.getMessage(Locale.ROOT))
          .doesNotContain("make it non-private");
    }
  }

  // ---- RelataDuplicateName ----

  @Test
  void twoClassesWithOneDefaultEntityNameAreBothReported() {
    JavaFileObject first = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");
    JavaFileObject second = source("q.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");

    Compilation c = compile(first, second);

    assertError(
        c,
        first,
        "@Entity",
        "[RelataDuplicateName]",
        "two entities are named 'posts': p.Post and q.Post",
        "Give one of them @Entity(name = \"...\")");
    assertError(
        c,
        second,
        "@Entity",
        "[RelataDuplicateName]",
        "two entities are named 'posts': q.Post and p.Post");
    assertErrorCount(c, 2);
  }

  @Test
  void explicitNameTakenByAnotherEntityIsReportedOnTheNameValue() {
    JavaFileObject post = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");
    JavaFileObject article =
        source(
            "p.Article",
            """
            @Entity(
                name = "posts")
            public class Article {
              Long id;
            }
            """);

    Compilation c = compile(post, article);

    assertError(
        c,
        article,
        "name = \"posts\"",
        "[RelataDuplicateName]",
        "two entities are named 'posts': p.Article and p.Post");
    assertError(
        c,
        post,
        "@Entity",
        "[RelataDuplicateName]",
        "two entities are named 'posts': p.Post and p.Article");
    assertErrorCount(c, 2);
  }

  @Test
  void entityNameTakenInAnEarlierRoundIsADuplicate() {
    JavaFileObject post = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");

    Compilation c =
        javac()
            .withProcessors(
                new RelataProcessor(),
                new GeneratingProcessor(
                    "q.Post",
                    "package q;\n\n@dev.relata.Entity\npublic class Post {\n  Long id;\n}\n"))
            .compile(post);

    CompilationSubject.assertThat(c)
        .hadErrorContaining(
            "[RelataDuplicateName] two entities are named 'posts': q.Post and p.Post");
    assertErrorCount(c, 1);
  }

  @Test
  void explicitNameResolvesADefaultNameClash() {
    JavaFileObject first = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");
    JavaFileObject second =
        source("q.Post", "@Entity(name = \"archivedPosts\")\npublic class Post {\n  Long id;\n}\n");

    CompilationSubject.assertThat(compile(first, second)).succeededWithoutWarnings();
  }

  // ---- RelataEntityName ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blog posts", "1posts", "posts.v2", "_posts", "pösts", "-posts", "my-posts", "class", "enum"
      })
  void invalidEntityNameIsReportedOnTheNameValue(String name) {
    JavaFileObject post =
        source(
            "p.Post",
            "@Entity(\n    name = \"" + name + "\")\npublic class Post {\n  Long id;\n}\n");

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "name = \"",
        "[RelataEntityName]",
        "'" + name + "' is no valid entity name for Post",
        "use a letter followed by letters, digits or '_', and no Java keyword");
    assertErrorCount(c, 1);
  }

  @Test
  void explicitEmptyEntityNameMeansTheDefaultName() {
    JavaFileObject post =
        source("p.Post", "@Entity(name = \"\")\npublic class Post {\n  Long id;\n}\n");

    Compilation c = compile(post);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    CompilationSubject.assertThat(c)
        .generatedSourceFile("p.Post_Meta")
        .contentsAsUtf8String()
        .contains("super(\"posts\"");
  }

  // ---- RelataTypeClash ----

  @ParameterizedTest
  @ValueSource(strings = {"PostRepository", "PostQuery", "Post_Meta", "Post_"})
  void existingTypeWithAGeneratedNameIsReportedOnTheEntity(String existing) {
    JavaFileObject post = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");
    JavaFileObject clash = source("p." + existing, "public class " + existing + " {}\n");

    Compilation c = compile(post, clash);

    assertError(
        c,
        post,
        "@Entity",
        "[RelataTypeClash]",
        "Post needs to generate p." + existing,
        "but a type of that name exists: rename one of them");
    assertErrorCount(c, 1);
  }

  // ---- RelataMisplacedAnnotation ----

  @Test
  void relationOnAStaticFieldIsAnError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany
              static List<Post> all;
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@HasMany",
        "[RelataMisplacedAnnotation]",
        "@HasMany on Post.all has no effect",
        "the field is static, and entities store instance fields only");
    assertErrorCount(c, 1);
  }

  @Test
  void idOnATransientFieldIsAnError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @Id
              transient Long cacheKey;
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@Id",
        "[RelataMisplacedAnnotation]",
        "@Id on Post.cacheKey has no effect",
        "the field is transient, and entities do not store transient fields");
    assertErrorCount(c, 1);
  }

  @Test
  void annotationInAFinalClassThatIsNoEntityIsAnError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            public final class Post {
              @Id
              Long id;
            }
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@Id",
        "[RelataMisplacedAnnotation]",
        "@Id on Post.id has no effect",
        "Post is no @Entity: annotate it with @Entity");
    assertErrorCount(c, 1);
  }

  @Test
  void annotationInARecordThatIsNoEntityIsAnError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            public record Post(
                Long id,
                @BelongsTo Post parent) {}
            """);

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@BelongsTo Post parent",
        "[RelataMisplacedAnnotation]",
        "@BelongsTo on Post.parent has no effect",
        "Post is no @Entity: annotate it with @Entity");
    assertErrorCount(c, 1);
  }

  @Test
  void annotationInAnExtendableClassThatIsNoEntityIsAWarning() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            public class Post {
              Long id;
              @HasMany
              List<Post> replies;
            }
            """);

    Compilation c = compile(post);

    CompilationSubject.assertThat(c).succeeded();
    assertWarning(
        c,
        post,
        "@HasMany",
        "[RelataMisplacedAnnotation]",
        "@HasMany on Post.replies has no effect",
        "Post is no @Entity: annotate it with @Entity, unless entities extend it");
    CompilationSubject.assertThat(c).hadWarningCount(1);
  }

  @Test
  void annotationInASuperclassThatAnEntityExtendsIsNoMisplacementWarning() {
    JavaFileObject base =
        source(
            "p.Base",
            """
            public abstract class Base {
              @Id
              Long key;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post extends Base {
              String title;
            }
            """);

    Compilation c = compile(base, post);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
  }

  // ---- RelataMissingMetadata ----

  @Test
  void targetCompiledWithoutTheProcessorIsReportedWithTheFix(@TempDir Path classes) {
    JavaFileObject author =
        source("lib.Author", "@Entity\npublic class Author {\n  public Long id;\n}\n");
    Compilation library = javac().compile(author);
    CompilationSubject.assertThat(library).succeeded();
    Classpaths.writeClasses(library, classes);
    JavaFileObject book =
        source(
            "p.Book",
            """
            @Entity
            public class Book {
              Long id;
              Long authorId;
              @BelongsTo
              lib.Author author;
            }
            """);

    Compilation c =
        javac()
            .withProcessors(new RelataProcessor())
            .withClasspath(Classpaths.runtimeAnd(classes))
            .compile(book);

    assertError(
        c,
        book,
        "@BelongsTo",
        "[RelataMissingMetadata]",
        "lib.Author is an @Entity but was compiled without relata-processor (lib.Author_Meta is"
            + " missing)",
        "add relata-processor to the annotation processor path of the build that compiles it");
    assertErrorCount(c, 1);
  }

  // ---- RelataInternalError ----

  @Test
  void failureOfTheFilerIsReportedAsInternalErrorOnTheEntity() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
            }
            """);

    Compilation c = compile(new RecordingProcessor(new IOException("disk full")), post);

    assertError(
        c,
        post,
        "public class Post",
        "[RelataInternalError]",
        "relata-processor failed while processing p.Post",
        "please report this",
        "java.io.IOException: disk full");
    assertErrorCount(c, 1);
  }
}
