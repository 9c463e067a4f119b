package dev.relata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Fixtures.POST_OF_USER;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compared with golden files, so that a change to what people read in their IDE is a
 * change someone looks at. The files are {@code
 * src/test/resources/golden/GoldenFileTest/<method>/<type>.java}; behaviour is tested by running
 * generated code in {@code examples}.
 *
 * <p>The comparison is by text, Javadoc and layout included. ({@code hasSourceEquivalentTo}, which
 * compares syntax trees, needs javac's internal packages exported to the tests: {@code
 * --add-exports jdk.compiler/com.sun.tools.javac.*=ALL-UNNAMED} in the surefire {@code argLine},
 * which the build does not set.) After a deliberate change to generated code, update them with
 * {@code mvn -pl processor -am test -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drelata.updateGoldens=true} and review the diff.
 */
class GoldenFileTest {

  /**
   * With {@code -Drelata.updateGoldens=true} the tests write what the processor generates into the
   * golden files instead of comparing (run from the processor module; review the diff).
   */
  private static final boolean UPDATE = Boolean.getBoolean("relata.updateGoldens");

  private static void assertGolden(Compilation c, String method, String type) {
    assertThat(c).succeededWithoutWarnings();
    if (UPDATE) {
      try {
        Path file = Path.of("src/test/resources/golden/GoldenFileTest", method, type + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(
            file,
            c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString(),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(c).generatedSourceFile(type).contentsAsUtf8String().isEqualTo(golden(method, type));
  }

  private static String golden(String method, String type) {
    String path = "golden/GoldenFileTest/" + method + "/" + type + ".java";
    try (InputStream in = GoldenFileTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void classEntityWithAccessors() {
    JavaFileObject post =
        source(
            "p.Post",
            """
            @Entity
            public class Post {
              private Long id;
              private String title;
              private boolean published;
              private Long userId;
              @HasMany(onDelete = OnDelete.CASCADE)
              private List<Comment> comments;
              @BelongsTo
              private User user;

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

              public Long getUserId() {
                return userId;
              }

              public void setUserId(Long userId) {
                this.userId = userId;
              }

              public List<Comment> getComments() {
                return comments;
              }

              public void setComments(List<Comment> comments) {
                this.comments = comments;
              }

              public User getUser() {
                return user;
              }

              public void setUser(User user) {
                this.user = user;
              }
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
              String body;
            }
            """);
    JavaFileObject user =
        source(
            "p.User",
            """
            @Entity
            public class User {
              Long id;
              String name;
            }
            """);

    Compilation c = compile(post, comment, user);

    assertGolden(c, "classEntityWithAccessors", "p.Post_Meta");
    assertGolden(c, "classEntityWithAccessors", "p.PostQuery");
  }

  @Test
  void recordEntity() {
    JavaFileObject reply =
        source(
            "p.Reply",
            """
            @Entity
            public record Reply(Long id, Long topicId, String body, List<String> tags,
                @BelongsTo Topic topic) {}
            """);
    JavaFileObject topic =
        source(
            "p.Topic",
            """
            @Entity
            public record Topic(Long id, String subject) {}
            """);

    Compilation c = compile(reply, topic);

    assertGolden(c, "recordEntity", "p.Reply_Meta");
    assertGolden(c, "recordEntity", "p.Reply_");
  }

  @Test
  void primitiveKeyAndHasManyBy() {
    JavaFileObject cluster =
        source(
            "p.Cluster",
            """
            @Entity
            public class Cluster {
              public long id;
              public String name;
              public List<Long> nodeIds;
              @HasManyBy(onDelete = OnDelete.RESTRICT)
              public List<Node> nodes;
            }
            """);
    JavaFileObject node =
        source(
            "p.Node",
            """
            @Entity
            public record Node(Long id, String host) {}
            """);

    Compilation c = compile(cluster, node);

    assertGolden(c, "primitiveKeyAndHasManyBy", "p.ClusterRepository");
    assertGolden(c, "primitiveKeyAndHasManyBy", "p.Cluster_Meta");
  }

  /**
   * A {@code long}, {@code int}, {@code short} or {@code byte} field's column gets its getter
   * twice, the second as a {@code ToLongFunction} ({@code Column.ofNumber}), which the runtime
   * reads without boxing; other primitives and boxed numbers keep {@code ofPrimitive} and {@code
   * of}.
   */
  @Test
  void numberColumnsOfARecord() {
    JavaFileObject event =
        source(
            "p.Event",
            """
            @Entity
            public record Event(Long id, @Index(sorted = true) long createdAt, int rank,
                short level, byte flags, boolean done, double score, Long total) {}
            """);

    assertGolden(compile(event), "numberColumnsOfARecord", "p.Event_Meta");
  }

  @Test
  void hasManyThrough() {
    JavaFileObject country =
        source(
            "p.Country",
            """
            @Entity
            public class Country {
              Integer id;
              String name;
              @HasMany List<User> users;
              @HasManyThrough(through = User.class)
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
              Integer countryId;
            }
            """);
    JavaFileObject post = POST_OF_USER;

    assertGolden(compile(country, user, post), "hasManyThrough", "p.Country_Meta");
  }

  @Test
  void jsonCodecOfARecordWithRenamedIgnoredAndBuiltFields() {
    JavaFileObject reply =
        source(
            "p.Reply",
            """
            import com.fasterxml.jackson.annotation.JsonIgnore;
            import com.fasterxml.jackson.annotation.JsonProperty;
            import java.time.Instant;

            @Entity
            public record Reply(
                long id,
                @JsonProperty("text") String body,
                Instant postedAt,
                List<String> tags,
                @JsonIgnore String secret,
                Long threadId,
                @BelongsTo Thread thread) {}
            """);
    JavaFileObject thread =
        source(
            "p.Thread",
            """
            @Entity
            public class Thread {
              public Long id;
              @HasMany public List<Reply> replies;
            }
            """);

    assertGolden(
        compile(reply, thread),
        "jsonCodecOfARecordWithRenamedIgnoredAndBuiltFields",
        "p.Reply_Json");
  }
}
