package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The verdict the processor writes into {@code Post_Meta}: whether the entity's copy can run code
 * of its author ({@code EntityCopy.RUNS_ENTITY_CODE}) or runs none ({@code RUNS_NO_ENTITY_CODE}),
 * which lets a lock-free read skip counting it as entity code. Every doubt must answer "runs".
 */
class CopyCodeTest {

  /** Compiles {@code p.Post} with {@code body} and tells whether its copy is said to run code. */
  private static boolean copyRunsEntityCode(String body) {
    Compilation c = compile(source("p.Post", body));
    assertThat(c).succeeded();
    String meta;
    try {
      meta = c.generatedSourceFile("p.Post_Meta").orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean runs = meta.contains("EntityCopy.RUNS_ENTITY_CODE");
    boolean runsNone = meta.contains("EntityCopy.RUNS_NO_ENTITY_CODE");
    assertWithMessage(meta).that(runs).isNotEqualTo(runsNone);
    return runs;
  }

  private static void assertRunsNoCode(String body) {
    assertWithMessage(body).that(copyRunsEntityCode(body)).isFalse();
  }

  private static void assertRunsCode(String body) {
    assertWithMessage(body).that(copyRunsEntityCode(body)).isTrue();
  }

  @Test
  void classWithPublicFieldsAndImplicitConstructorRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post {
          public long id;
          public String title;
          public int views = 0;
        }
        """);
  }

  @Test
  void classWithEmptyConstructorsAndPlainAccessorsRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post {
          private Long id;
          private String title;
          public Post() {}
          public Post(Long id, String title) { this.id = id; this.title = title; }
          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public String getTitle() { return this.title; }
          public void setTitle(String value) { title = value; }
        }
        """);
  }

  @Test
  void benchmarkPostWithPublicFieldsAndAHasManyRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post {
          public long id;
          public long userId;
          public String title;
          @HasMany(foreignKey = "postId") public List<Comment> comments;
          public Post() {}
        }

        @Entity
        class Comment {
          public long id;
          public long postId;
        }
        """);
  }

  @Test
  void recordWithImplicitCanonicalConstructorRunsNoCode() {
    assertRunsNoCode("@Entity public record Post(Long id, String title, List<String> tags) {}");
  }

  @Test
  void recordWithCompactConstructorRunsCode() {
    assertRunsCode(
        """
        @Entity
        public record Post(Long id, String title) {
          public Post {
            Objects.requireNonNull(title);
          }
        }
        """);
  }

  @Test
  void recordWithExplicitCanonicalConstructorThatOnlyAssignsRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public record Post(Long id, String title) {
          public Post(Long id, String title) {
            this.id = id;
            this.title = title;
          }
        }
        """);
  }

  @Test
  void recordWithCompactConstructorBesideAPlainOneOfOtherTypesRunsCode() {
    assertRunsCode(
        """
        @Entity
        public record Post(Long id, String title) {
          public Post(long id, String title) {
            this(Long.valueOf(id), title);
          }

          public Post {
            Objects.requireNonNull(title);
          }
        }
        """);
  }

  @Test
  void recordWithExplicitCanonicalConstructorThatComputesRunsCode() {
    assertRunsCode(
        """
        @Entity
        public record Post(Long id, String title) {
          public Post(Long id, String title) {
            this.id = id;
            this.title = title.trim();
          }
        }
        """);
  }

  @Test
  void recordWithAnAccessorThatComputesRunsCode() {
    assertRunsCode(
        """
        @Entity
        public record Post(Long id, String title) {
          public String title() {
            return title.toUpperCase();
          }
        }
        """);
  }

  @Test
  void constructorWithABodyRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public Post() { System.out.println("new post"); }
        }
        """);
  }

  @Test
  void constructorThatCallsAnotherRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public String title;
          public Post() { this(null, ""); }
          public Post(Long id, String title) { this.id = id; this.title = title; }
        }
        """);
  }

  @Test
  void fieldInitializerThatCallsCodeRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public String title = String.valueOf(System.nanoTime());
        }
        """);
  }

  @Test
  void instanceInitializerRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          { System.out.println("init"); }
        }
        """);
  }

  @Test
  void getterWithABodyOfItsOwnRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          private Long id;
          private String title;
          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public String getTitle() { return title == null ? "" : title; }
          public void setTitle(String title) { this.title = title; }
        }
        """);
  }

  @Test
  void setterWithABodyOfItsOwnRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          private Long id;
          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; Audit.log(id); }
        }

        class Audit {
          static void log(Object o) {}
        }
        """);
  }

  @Test
  void setterOfARelationFieldWithABodyRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          @HasMany(foreignKey = "postId") private List<Comment> comments;
          public List<Comment> getComments() { return comments; }
          public void setComments(List<Comment> c) { comments = c; System.out.println(c); }
        }

        @Entity
        class Comment {
          public Long id;
          public Long postId;
        }
        """);
  }

  @Test
  void getterOfARelationFieldWithABodyRunsCode() {
    // The copy never reads a relation, but a save follows one through its getter: one that can
    // return something other than what was set (here a shared default) may make objects read from
    // JSON share a target, so saveJson must track them.
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          @HasMany(foreignKey = "postId") private List<Comment> comments;
          public List<Comment> getComments() { return comments == null ? List.of() : comments; }
          public void setComments(List<Comment> c) { comments = c; }
        }

        @Entity
        class Comment {
          public Long id;
          public Long postId;
        }
        """);
  }

  @Test
  void superclassConstructorWithABodyRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post extends Base {
          public Long id;
        }

        class Base {
          Base() { System.out.println("base"); }
        }
        """);
  }

  @Test
  void plainSuperclassRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post extends Base {
          public String title;
        }

        class Base {
          public Long id;
        }
        """);
  }

  @Test
  void superclassCompiledElsewhereRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post extends com.google.common.base.Ticker {
          public Long id;
          @Override public long read() { return 0; }
        }
        """);
  }

  @Test
  void copiesOfJdkCollectionsOfJdkValuesRunNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post {
          public Long id;
          public List<String> tags;
          public Set<Long> readers;
          public Map<String, List<Integer>> scores;
          public int[] counts;
          public List<Set<String>> groups;
          public EnumSet<java.time.DayOfWeek> days;
        }
        """);
  }

  @Test
  void setOfUserValuesRunsCodeForItsHashCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public Set<Tag> tags;
        }

        record Tag(String name) {
          @Override public int hashCode() { return name.length(); }
        }
        """);
  }

  @Test
  void mapKeyedByUserValuesRunsCode() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public Map<Tag, String> tags;
        }

        record Tag(String name) {}
        """);
  }

  @Test
  void sortedSetRunsCodeForItsComparator() {
    assertRunsCode(
        """
        @Entity
        public class Post {
          public Long id;
          public SortedSet<String> tags;
        }
        """);
  }

  @Test
  void listOfUserValuesRunsNoCode() {
    assertRunsNoCode(
        """
        @Entity
        public class Post {
          public Long id;
          public List<Tag> tags;
        }

        record Tag(String name) {
          @Override public int hashCode() { return name.length(); }
        }
        """);
  }
}
