package dev.relata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.relata.processor.validate.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Sources, compilations and assertions shared by the processor tests. */
final class Fixtures {
  /** Every lint but the one that warns of annotations that no processor claims. */
  static final String LINT = "-Xlint:all,-processing";

  private Fixtures() {}

  /** The smallest target entity: {@code p.Node} with a {@code Long id}. */
  static final JavaFileObject NODE =
      source(
          "p.Node",
          """
          @Entity
          public class Node {
            Long id;
          }
          """);

  /** The comments of a Post: {@code p.Comment} with a {@code Long id} and a {@code Long postId}. */
  static final JavaFileObject COMMENT =
      source(
          "p.Comment",
          """
          @Entity
          public class Comment {
            Long id;
            Long postId;
          }
          """);

  /** The owner of {@link #COMMENT}: {@code p.Post} with {@code @HasMany List<Comment> comments}. */
  static final JavaFileObject POST_WITH_COMMENTS =
      source(
          "p.Post",
          """
          @Entity
          public class Post {
            Long id;
            @HasMany List<Comment> comments;
          }
          """);

  /** The posts of a User: {@code p.Post} with a {@code Long id} and a {@code Long userId}. */
  static final JavaFileObject POST_OF_USER =
      source(
          "p.Post",
          """
          @Entity
          public class Post {
            Long id;
            Long userId;
          }
          """);

  /** The users of a Country: {@code p.User} with a {@code Long id} and a {@code Long countryId}. */
  static final JavaFileObject USER_OF_COUNTRY =
      source(
          "p.User",
          """
          @Entity
          public class User {
            Long id;
            Long countryId;
          }
          """);

  /** {@code p.Country} with a {@code Long id} and {@code @HasManyThrough(through = User.class)}. */
  static final JavaFileObject COUNTRY_THROUGH_USER =
      source(
          "p.Country",
          """
          @Entity
          public class Country {
            Long id;
            @HasManyThrough(through = User.class)
            List<Post> posts;
          }
          """);

  /** The phone of a User: {@code p.Phone} with a {@code Long id} and a {@code Long userId}. */
  static final JavaFileObject PHONE_OF_USER =
      source(
          "p.Phone",
          """
          @Entity
          public class Phone {
            Long id;
            Long userId;
          }
          """);

  /** {@code p.Doc}, a record whose component {@code Kind kind} is of a private nested enum. */
  static final JavaFileObject DOC_WITH_PRIVATE_KIND =
      source(
          "p.Doc",
          """
          @Entity
          public record Doc(Long id, Kind kind) {
            private enum Kind {
              A
            }
          }
          """);

  /** {@code p.Post} with a {@code private String body} that has no getter and no setter. */
  static final JavaFileObject POST_WITH_PRIVATE_BODY =
      source(
          "p.Post",
          """
          @Entity
          public class Post {
            Long id;
            private String body;
          }
          """);

  /** {@code p.Post} with a {@code final String title}, which generated code cannot write. */
  static final JavaFileObject POST_WITH_FINAL_TITLE =
      source(
          "p.Post",
          """
          @Entity
          public class Post {
            Long id;
            final String title = "";
          }
          """);

  /**
   * A source file {@code fqcn}: a package line, the imports every test source uses ({@code
   * dev.relata.*} and {@code java.util.*}), then {@code body}.
   */
  static JavaFileObject source(String fqcn, String body) {
    int dot = fqcn.lastIndexOf('.');
    String header =
        (dot < 0 ? "" : "package " + fqcn.substring(0, dot) + ";\n\n")
            + "import dev.relata.*;\nimport java.util.*;\n\n";
    return JavaFileObjects.forSourceString(fqcn, header + body);
  }

  /** Compiles {@code sources} with the Relata processor and every lint warning on. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(new RelataProcessor(), sources);
  }

  /** Compiles {@code sources} with {@code processor} and every lint warning on. */
  static Compilation compile(Processor processor, JavaFileObject... sources) {
    return javac().withProcessors(processor).withOptions(LINT).compile(sources);
  }

  /** The text of every diagnostic of {@code c}, for failure messages. */
  static String describe(Compilation c) {
    return c.diagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + (d.getSource() == null ? "(no file)" : d.getSource().getName())
                    + ":"
                    + d.getLineNumber()
                    + " "
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n  ", "\n  ", "\n"));
  }

  /** The number of diagnostics of {@code c} that carry the id of {@code message}. */
  static long count(Compilation c, Message message) {
    return c.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[" + message.id() + "]"))
        .count();
  }

  /**
   * Asserts that {@code c} has an error on the one line of {@code file} that contains {@code
   * onLine}, and that one error there contains every fragment: the first is the id in brackets, the
   * others the words that matter (what, where, the options).
   */
  static void assertError(Compilation c, JavaFileObject file, String onLine, String... fragments) {
    assertThat(c).hadErrorContaining(fragments[0]).inFile(file).onLineContaining(onLine);
    assertAt(c, Diagnostic.Kind.ERROR, file, onLine, fragments);
  }

  /** Like {@link #assertError}, for a warning. */
  static void assertWarning(
      Compilation c, JavaFileObject file, String onLine, String... fragments) {
    assertThat(c).hadWarningContaining(fragments[0]).inFile(file).onLineContaining(onLine);
    assertAt(c, Diagnostic.Kind.WARNING, file, onLine, fragments);
  }

  private static void assertAt(
      Compilation c,
      Diagnostic.Kind kind,
      JavaFileObject file,
      String onLine,
      String... fragments) {
    long line = lineOf(file, onLine);
    List<String> there = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      if (d.getKind() == kind
          && d.getSource() != null
          && d.getSource().toUri().equals(file.toUri())
          && d.getLineNumber() == line) {
        there.add(d.getMessage(Locale.ROOT));
      }
    }
    assertWithMessage(
            "a %s on line %s of %s containing all of %s; all diagnostics:%s",
            kind, line, file.getName(), Arrays.toString(fragments), describe(c))
        .that(there.stream().anyMatch(text -> containsAll(text, fragments)))
        .isTrue();
  }

  private static boolean containsAll(String text, String... fragments) {
    return Arrays.stream(fragments).allMatch(text::contains);
  }

  /** The number of the one line of {@code file} that contains {@code fragment}. */
  static long lineOf(JavaFileObject file, String fragment) {
    List<String> lines;
    try {
      lines = file.getCharContent(true).toString().lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        found.add(i + 1);
      }
    }
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "'" + fragment + "' is on lines " + found + " of " + file.getName() + ", not on one");
    }
    return found.get(0);
  }

  /**
   * Asserts that every error of {@code c} is a Relata diagnostic and none is an internal error: the
   * processor neither crashed nor wrote code that does not compile.
   */
  static void assertOnlyRelataErrors(Compilation c) {
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      String text = d.getMessage(Locale.ROOT);
      assertWithMessage("an error that is not Relata's; all diagnostics:%s", describe(c))
          .that(text)
          .startsWith("[Relata");
      assertWithMessage("an internal error; all diagnostics:%s", describe(c))
          .that(text)
          .doesNotContain("[" + Message.INTERNAL_ERROR.id() + "]");
    }
  }

  /** Asserts that {@code c} reported no internal error (it may have other errors). */
  static void assertNoInternalError(Compilation c) {
    assertWithMessage("internal errors; all diagnostics:%s", describe(c))
        .that(count(c, Message.INTERNAL_ERROR))
        .isEqualTo(0);
  }

  /** Asserts that {@code c} has exactly {@code n} errors, listing them all if not. */
  static void assertErrorCount(Compilation c, int n) {
    assertWithMessage("the number of errors; all diagnostics:%s", describe(c))
        .that(c.errors().size())
        .isEqualTo(n);
  }

  /** The five types generated for the entity {@code fqcn}. */
  static List<String> generatedTypes(String fqcn) {
    return List.of(
        fqcn + "_Meta", fqcn + "Query", fqcn + "Repository", fqcn + "_Json", fqcn + "_");
  }
}
