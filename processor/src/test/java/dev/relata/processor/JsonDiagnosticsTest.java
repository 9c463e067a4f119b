package dev.relata.processor;

import static dev.relata.processor.Fixtures.assertError;
import static dev.relata.processor.Fixtures.assertErrorCount;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The JSON side of the processor: Jackson's {@code @JsonProperty} and {@code @JsonIgnore} on entity
 * fields (read by name), the generated {@code Post_Json}, and its {@code META-INF/services} entry.
 */
class JsonDiagnosticsTest {

  // ---- RelataJsonName ----

  @Test
  void twoFieldsWithOneJsonNameAreAnErrorOnTheSecond() {
    JavaFileObject post = post("String title;", "@JsonProperty(\"title\") String heading;");

    Compilation c = compile(post);

    assertError(
        c,
        post,
        "@JsonProperty(\"title\")",
        "[RelataJsonName]",
        "Post.title and Post.heading are both named \"title\" in JSON",
        "Options: give one of them another @JsonProperty name, or @JsonIgnore one");
    assertErrorCount(c, 1);
  }

  @Test
  void anIgnoredFieldMayShareItsNameWithAnother() {
    JavaFileObject post =
        post("@JsonIgnore String title;", "@JsonProperty(\"title\") String heading;");

    CompilationSubject.assertThat(compile(post)).succeededWithoutWarnings();
  }

  /** An entity {@code p.Post} with a key and {@code fields}, one a line, Jackson's annotations. */
  private static JavaFileObject post(String... fields) {
    return source(
        "p.Post",
        "import com.fasterxml.jackson.annotation.*;\n\n@Entity\npublic class Post {\n  Long id;\n  "
            + String.join("\n  ", fields)
            + "\n}\n");
  }

  // ---- Generated code ----

  @Test
  void renamedAndIgnoredFieldsOfClassesAndRecordsCompileCleanly() {
    JavaFileObject post =
        post(
            "@JsonProperty(\"post_title\") private String title;",
            "@JsonIgnore private String draft;",
            "@JsonIgnore(false) int views;",
            "char grade;",
            "byte[] cover;",
            "Status status;",
            "Map<Status, List<java.time.Instant>> history;",
            "SortedMap<UUID, java.math.BigDecimal> prices;",
            "List<Set<Integer>> groups;",
            "Optional<String> other;",
            "Point point;",
            "List<Point> points;",
            "@HasMany @JsonProperty(\"replies\") List<Comment> comments;",
            "@HasOne @JsonIgnore Cover pinned;",
            "public enum Status { DRAFT, PUBLISHED }",
            "public record Point(int x, int y) {}",
            "public String getTitle() { return title; }",
            "public void setTitle(String title) { this.title = title; }",
            "public String getDraft() { return draft; }",
            "public void setDraft(String draft) { this.draft = draft; }");
    JavaFileObject comment =
        source(
            "p.Comment",
            """
            import com.fasterxml.jackson.annotation.JsonProperty;

            @Entity
            public record Comment(
                @JsonProperty("key") long id,
                Long postId,
                @JsonProperty("text") String body,
                @BelongsTo @JsonProperty("parent") Post post) {}
            """);
    JavaFileObject cover =
        source(
            "p.Cover",
            """
            @Entity
            public record Cover(UUID id, Long postId, boolean shown, double ratio) {}
            """);

    Compilation c = compile(post, comment, cover);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    CompilationSubject.assertThat(c)
        .generatedSourceFile("p.Post_Json")
        .contentsAsUtf8String()
        .contains(
            "case \"post_title\" ->"
                + " post.setTitle(ValueCodecs.isNull(in) ? null : ValueCodecs.readString(in));");
    CompilationSubject.assertThat(c)
        .generatedSourceFile("p.Post_Json")
        .contentsAsUtf8String()
        .contains("case \"replies\" -> post.comments = context.relation(in,");
    CompilationSubject.assertThat(c)
        .generatedSourceFile("p.Post_Json")
        .contentsAsUtf8String()
        .doesNotContain("DRAFT =");
    CompilationSubject.assertThat(c)
        .generatedSourceFile("p.Comment_Json")
        .contentsAsUtf8String()
        .contains("case \"key\" -> id = context.key(ValueCodecs.readLong(in));");
  }

  @Test
  void everyGeneratedCodecIsListedForServiceLoader() throws IOException {
    JavaFileObject post = source("p.Post", "@Entity\npublic class Post {\n  Long id;\n}\n");
    JavaFileObject tag = source("q.Tag", "@Entity\npublic record Tag(String id) {}\n");

    Compilation c = compile(post, tag);

    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    JavaFileObject services =
        c.generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.relata.internal.JsonCodec")
            .orElseThrow();
    Truth.assertThat(text(services)).isEqualTo("p.Post_Json\nq.Tag_Json\n");
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
