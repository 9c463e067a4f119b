package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.relata.processor.Fixtures.assertError;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @Index}, each at its line, and what a valid one generates. */
class IndexDiagnosticsTest {
  private static final JavaFileObject COMMENT =
      source("p.Comment", "@Entity public class Comment { Long id; Long postId; }");

  /** The entity {@code p.Post}: a key {@code id}, then {@code members}, one a line. */
  private static JavaFileObject post(String... members) {
    return source(
        "p.Post",
        "@Entity\npublic class Post {\n  Long id;\n  " + String.join("\n  ", members) + "\n}\n");
  }

  // ---- RelataIndexOnRelation ----

  @Test
  void indexOnARelationFieldIsAnError() {
    JavaFileObject post = post("@Index @HasMany", "List<Comment> comments;");

    Compilation c = compile(post, COMMENT);

    assertError(
        c,
        post,
        "@Index",
        "[RelataIndexOnRelation]",
        "@Index on Post.comments cannot index it",
        "it is a relation (@HasMany)",
        "Options: remove @Index, or put it on a stored field");
    assertErrorCount(c, 1);
  }

  // ---- RelataIndexOnKey ----

  @Test
  void indexOnTheKeyIsAnErrorWithIdAndWithout() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              @Index(unique = true) @Id
              String slug;
            }
            """);
    JavaFileObject tag =
        source(
            "p.Tag",
            """
            @Entity
            public class Tag {
              @Index
              Long id;
            }
            """);

    Compilation c = compile(post, tag);

    assertError(
        c,
        post,
        "@Index(unique = true) @Id",
        "[RelataIndexOnKey]",
        "@Index on Post.slug is not needed",
        "it is the key, which is indexed and unique already",
        "Options: remove @Index");
    assertError(c, tag, "@Index", "[RelataIndexOnKey]", "@Index on Tag.id is not needed");
    assertErrorCount(c, 2);
  }

  // ---- RelataIndexNotComparable ----

  @Test
  void sortedIndexOnATypeThatIsNotComparableIsAnErrorAtTheValue() {
    JavaFileObject post =
        post(
            "@Index(",
            "    sorted = true)",
            "List<String> tags;",
            "@Index(sorted = true) int[] raw;",
            "@Index(sorted = false) int[] plain;",
            "@Index(sorted = true) int views;");

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "  sorted = true)",
        "[RelataIndexNotComparable]",
        "@Index(sorted = true) on Post.tags cannot sort it",
        "its type List<String> is not Comparable",
        "Options: remove sorted = true");
    assertError(
        c, post, "int[] raw", "[RelataIndexNotComparable]", "its type int[] is not Comparable");
    assertErrorCount(c, 2);
  }

  // ---- RelataMisplacedAnnotation, for @Index ----

  @Test
  void indexOnAStaticOrTransientFieldIsAnError() {
    JavaFileObject post =
        post("@Index static String all;", "@Index(sorted = true) transient String cached;");

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@Index static",
        "[RelataMisplacedAnnotation]",
        "@Index on Post.all has no effect",
        "the field is static");
    assertError(
        c,
        post,
        "transient String cached",
        "[RelataMisplacedAnnotation]",
        "@Index on Post.cached has no effect",
        "the field is transient");
    assertErrorCount(c, 2);
  }

  // ---- What a valid @Index generates ----

  @Test
  void typedFieldsOfEveryKindAndTheIndexesAreGenerated() throws IOException {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public record Post(
                Long id,
                @Index(unique = true) String slug,
                @Index(sorted = true) long createdAt,
                @Index(unique = true, sorted = true) java.time.Instant publishedAt,
                @Index List<String> tags,
                boolean pinned,
                Status status) {
              public enum Status { DRAFT, PUBLISHED }
            }
            """);

    Compilation c = compile(post);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    String fields = c.generatedSourceFile("p.Post_").orElseThrow().getCharContent(true).toString();
    assertThat(fields).contains("public static final StringField<Post> slug = Field.string(");
    assertThat(fields)
        .contains("public static final ComparableField<Post, Long> createdAt = Field.comparable(");
    assertThat(fields).contains("public static final Field<Post, List<String>> tags = Field.of(");
    assertThat(fields).contains("ComparableField<Post, Boolean> pinned");
    assertThat(fields).contains("ComparableField<Post, Post.Status> status");
    String meta =
        c.generatedSourceFile("p.Post_Meta").orElseThrow().getCharContent(true).toString();
    assertThat(meta).contains("IndexSpec.on(Columns.SLUG).unique()");
    assertThat(meta).contains("IndexSpec.on(Columns.CREATED_AT).sorted()");
    assertThat(meta).contains("IndexSpec.on(Columns.PUBLISHED_AT).unique().sorted()");
    assertThat(meta).contains("IndexSpec.on(Columns.TAGS)");
  }
}
