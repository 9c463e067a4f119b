package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Fixtures.DOC_WITH_PRIVATE_KIND;
import static dev.relata.processor.Fixtures.LINT;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.assertNoInternalError;
import static dev.relata.processor.Fixtures.assertOnlyRelataErrors;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.count;
import static dev.relata.processor.Fixtures.describe;
import static dev.relata.processor.Fixtures.generatedTypes;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.relata.processor.validate.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a schema with errors leads to: nothing generated for the entities at fault and those that
 * reach them, no errors but Relata's, and never a crash.
 */
class ErrorContainmentTest {
  private static final JavaFileObject TAG =
      source("p.Tag", "@Entity\npublic class Tag {\n  Long id;\n  String label;\n}\n");

  private static List<String> typesOf(String... entities) {
    List<String> types = new ArrayList<>();
    for (String entity : entities) {
      types.addAll(generatedTypes(entity));
    }
    return types;
  }

  @Test
  void faultyEntityAndTheEntitiesThatReachItGenerateNothing() {
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              @HasMany List<Post> posts;
            }
            """);
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long userId;
              @HasMany List<Comment> comments;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity
            public class Comment {
              Long id;
              Long postId;
              private String body;
            }
            """);
    RecordingProcessor processor = new RecordingProcessor();

    Compilation c = compile(processor, user, post, comment, TAG);

    assertOnlyRelataErrors(c);
    assertErrorCount(c, 2);
    assertThat(processor.created()).containsExactlyElementsIn(typesOf("p.Tag"));
  }

  @Test
  void entityThatOnlyAFaultyEntityReachesIsStillGenerated() {
    JavaFileObject user = source("p.User", "@Entity\npublic class User {\n  Long id;\n}\n");
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Long userId;
              @BelongsTo User user;
              @BelongsTo(foreignKey = "userId") User count;
            }
            """);
    RecordingProcessor processor = new RecordingProcessor();

    Compilation c = compile(processor, user, post, TAG);

    assertOnlyRelataErrors(c);
    assertThat(count(c, Message.NAME_CLASH)).isEqualTo(1);
    assertErrorCount(c, 1);
    assertThat(processor.created()).containsExactlyElementsIn(typesOf("p.User", "p.Tag"));
  }

  @Test
  void entityRelatingToOneWithAMisplacedAnnotationGeneratesNothing() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany List<Label> labels;
            }
            """);
    JavaFileObject label =
        source(
            "p.Label",
            """
            @Entity
            public class Label {
              Long id;
              Long postId;
              @Id
              static Long sequence;
            }
            """);
    RecordingProcessor processor = new RecordingProcessor();

    Compilation c = compile(processor, post, label);

    assertOnlyRelataErrors(c);
    assertErrorCount(c, 1);
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void schemaWithErrorsOfEveryKindReportsOnlyRelataErrors() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              private String hidden;
              @HasMany(foreignKey = "nope") List<Comment> comments;
              @HasMany Comment single;
              @HasOne(onDelete = OnDelete.SET_NULL) Cover cover;
              @HasManyBy List<Comment> picked;
              @HasManyThrough(through = String.class) List<Comment> replies;
              @BelongsTo Helper helper;
              @HasMany List<Comment> all;
            }
            """);
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            @Entity(name = "posts")
            public class Comment {
              String id;
              Long postId;
            }
            """);
    JavaFileObject cover =
        source(
            "p.Cover",
            """
            @Entity
            public abstract class Cover {
              Long id;
              long postId;
            }
            """);
    JavaFileObject helper = source("p.Helper", "public class Helper {\n  Long id;\n}\n");
    RecordingProcessor processor = new RecordingProcessor();

    Compilation c = compile(processor, post, comment, cover, helper, TAG);

    assertOnlyRelataErrors(c);
    assertThat(c.errors().size()).isAtLeast(10);
    assertThat(processor.created()).containsExactlyElementsIn(typesOf("p.Tag"));
  }

  static Stream<Arguments> oddSchemas() {
    return Stream.of(
        Arguments.of(
            "relation to an enum and an interface",
            "@Entity\npublic class Post {\n  Long id;\n  @HasMany List<Thread.State> states;\n"
                + "  @BelongsTo Runnable task;\n}\n"),
        Arguments.of(
            "primitive and array classes as through",
            "@Entity\npublic class Post {\n  Long id;\n"
                + "  @HasManyThrough(through = int.class) List<Post> a;\n"
                + "  @HasManyThrough(through = Post[].class) List<Post> b;\n"
                + "  @HasManyThrough(through = void.class) List<Post> c;\n}\n"),
        Arguments.of(
            "type variables and wildcards",
            "@Entity\npublic class Post<T> {\n  Long id;\n  @HasMany List<T> items;\n"
                + "  @BelongsTo T owner;\n  @HasManyBy List<?> any;\n"
                + "  @HasMany List<List<Post<T>>> nested;\n}\n"),
        Arguments.of(
            "maps and arrays",
            "@Entity\npublic class Post {\n  Long id;\n  @HasMany Map<Long, Post> byId;\n"
                + "  @HasManyBy List<Long>[] lists;\n  @HasOne int[] numbers;\n}\n"),
        Arguments.of(
            "targets and through classes without keys",
            "@Entity\npublic class Post {\n  Long id;\n  @HasMany List<Note> notes;\n"
                + "  @HasManyBy List<Note> picked;\n  @BelongsTo Note note;\n"
                + "  @HasManyThrough(through = Note.class) List<Post> viaNotes;\n}\n"
                + "@Entity\nclass Note {\n  String text;\n}\n"),
        Arguments.of(
            "an entity that extends an entity",
            "@Entity\npublic class Post {\n  Long id;\n  @HasMany List<Post> children;\n}\n"
                + "@Entity\nclass Special extends Post {\n  String extra;\n}\n"),
        Arguments.of(
            "self relations on the key",
            "@Entity\npublic class Post {\n  Long id;\n  List<Long> postIds;\n"
                + "  @HasOne(foreignKey = \"id\", onDelete = OnDelete.SET_NULL) Post self;\n"
                + "  @HasManyBy(ownerKey = \"postIds\") List<Post> weird;\n"
                + "  @HasManyThrough(through = Post.class) List<Post> loop;\n}\n"),
        Arguments.of(
            "an annotation type and an empty enum",
            "@Entity\npublic @interface Post {\n  @Id long id = 1;\n}\n"
                + "@Entity\nenum Empty {}\n"),
        Arguments.of(
            "a record whose relation components are all wrong",
            "@Entity\npublic record Post(\n    Long id,\n    @HasMany Post one,\n"
                + "    @BelongsTo List<Post> many,\n"
                + "    @HasManyBy(foreignKey = \"id\") List<Post> ids,\n"
                + "    @Id @HasOne Post both) {}\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddSchemas")
  void oddSchemasAreReportedWithoutCrashing(String title, String body) {
    JavaFileObject post = source("p.Post", body);

    Compilation c = compile(post);

    assertOnlyRelataErrors(c);
    assertThat(c.errors()).isNotEmpty();
  }

  @Test
  void entityNamedLikeAJavaKeywordCompiles() {
    JavaFileObject lawCase =
        source(
            "p.Case",
            """
            @Entity
            public class Case {
              Long id;
              @HasMany List<Note> notes;
            }
            """);
    JavaFileObject note =
        source("p.Note", "@Entity\npublic class Note {\n  Long id;\n  Long caseId;\n}\n");

    Compilation c = compile(lawCase, note);

    assertNoInternalError(c);
    CompilationSubject.assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void nestedEntitiesWithOneSimpleNameInOnePackageDoNotCrashTheProcessor() {
    JavaFileObject shop =
        source(
            "p.Shop",
            """
            public class Shop {
              @Entity(name = "shopItems")
              public static class Item {
                Long id;
              }
            }
            """);
    JavaFileObject order =
        source(
            "p.Order",
            """
            public class Order {
              @Entity(name = "orderItems")
              public static class Item {
                Long id;
              }
            }
            """);

    Compilation c = compile(shop, order);

    assertOnlyRelataErrors(c);
  }

  @Test
  void columnOfAPrivateNestedTypeIsReportedInsteadOfGeneratingCodeThatDoesNotCompile() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              Status status;

              private enum Status {
                DRAFT
              }
            }
            """);
    JavaFileObject doc = DOC_WITH_PRIVATE_KIND;

    Compilation c = compile(post, doc);

    assertOnlyRelataErrors(c);
    assertErrorCount(c, 2);
  }

  @Test
  void unresolvableTargetIsLeftToJavacWithoutAMisleadingRelataError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasMany List<Coment> comments;
            }
            """);

    Compilation c = compile(post);

    CompilationSubject.assertThat(c).hadErrorContaining("cannot find symbol");
    assertWithMessage("Relata errors about a type that javac cannot find;%s", describe(c))
        .that(
            c.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[Relata"))
                .count())
        .isEqualTo(0);
  }

  @Test
  void unresolvableThroughClassIsLeftToJavacWithoutAMisleadingRelataError() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              Long id;
              @HasManyThrough(through = Missing.class) List<Post> posts;
            }
            """);

    Compilation c = compile(post);

    CompilationSubject.assertThat(c).hadErrorContaining("cannot find symbol");
    assertWithMessage("Relata errors about a type that javac cannot find;%s", describe(c))
        .that(
            c.errors().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[Relata"))
                .count())
        .isEqualTo(0);
  }

  @Test
  void entityWaitsForATargetThatAnotherProcessorGeneratesInALaterRound() {
    JavaFileObject book =
        source(
            "p.Book",
            """
            @Entity
            public class Book {
              Long id;
              Long authorId;
              @BelongsTo Author author;
            }
            """);

    Compilation c =
        javac()
            .withProcessors(
                new RelataProcessor(),
                new GeneratingProcessor(
                    "p.Author",
                    "package p;\n\n@dev.relata.Entity\npublic class Author {\n  Long id;\n}\n"))
            .withOptions(LINT)
            .compile(book);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    CompilationSubject.assertThat(c).generatedSourceFile("p.Book_Meta");
    CompilationSubject.assertThat(c).generatedSourceFile("p.Author_Meta");
  }
}
