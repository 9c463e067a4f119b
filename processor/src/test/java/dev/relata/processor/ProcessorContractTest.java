package dev.relata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static dev.relata.processor.Fixtures.POST_WITH_COMMENTS;
import static dev.relata.processor.Fixtures.compile;
import static dev.relata.processor.Fixtures.generatedTypes;
import static dev.relata.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.relata.processor.validate.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How the processor behaves towards javac, build tools and other processors, and the catalogue of
 * its messages.
 */
class ProcessorContractTest {
  private static final JavaFileObject POST = POST_WITH_COMMENTS;
  private static final JavaFileObject COMMENT =
      source(
          "p.Comment",
          """
          @Entity
          public class Comment {
            Long id;
            Long postId;
            @BelongsTo Post post;
          }
          """);

  @Test
  void relataAnnotationsAreLeftToOtherProcessors() {
    SeesEntity other = new SeesEntity();

    Compilation c = javac().withProcessors(new RelataProcessor(), other).compile(POST, COMMENT);

    CompilationSubject.assertThat(c).succeeded();
    assertThat(other.seen).contains("dev.relata.Entity");
  }

  @Test
  void processorIsAServiceAndAnAggregatingGradleProcessor() {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").trim())
        .isEqualTo(RelataProcessor.class.getName());
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").trim())
        .isEqualTo(RelataProcessor.class.getName() + ",aggregating");
  }

  @Test
  void processorSupportsTheLatestSourceVersionAndTheEightAnnotations() {
    RelataProcessor processor = new RelataProcessor();

    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    assertThat(processor.getSupportedAnnotationTypes())
        .containsExactly(
            "dev.relata.Entity",
            "dev.relata.Id",
            "dev.relata.Index",
            "dev.relata.HasOne",
            "dev.relata.HasMany",
            "dev.relata.BelongsTo",
            "dev.relata.HasManyBy",
            "dev.relata.HasManyThrough");
  }

  @Test
  void everyGeneratedFileNamesItsEntityAsOriginatingElement() {
    RecordingProcessor processor = new RecordingProcessor();

    CompilationSubject.assertThat(compile(processor, POST, COMMENT)).succeededWithoutWarnings();

    for (String entity : List.of("p.Post", "p.Comment")) {
      for (String type : generatedTypes(entity)) {
        assertWithMessage(type).that(processor.originsOf(type)).containsExactly(entity);
      }
    }
  }

  @Test
  void generatedCodeIsTheSameWhateverTheOrderOfTheSources() {
    Compilation forward = compile(POST, COMMENT);
    Compilation backward = compile(COMMENT, POST);

    for (String type : generatedTypes("p.Post")) {
      assertThat(text(backward, type)).isEqualTo(text(forward, type));
    }
    for (String type : generatedTypes("p.Comment")) {
      assertThat(text(backward, type)).isEqualTo(text(forward, type));
    }
  }

  @Test
  void generatedTypesAreMarkedGeneratedWithoutADate() {
    Compilation c = compile(POST, COMMENT);

    for (String type : generatedTypes("p.Post")) {
      String text = text(c, type);
      assertThat(text).contains("@Generated(\"dev.relata.processor.RelataProcessor\")");
      assertThat(text).doesNotContain("date =");
    }
  }

  @Test
  void messageIdsAreUniqueAndPrintedInBracketsFirst() {
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      // One check may have an error and a warning, which share its id; no two errors do.
      assertWithMessage("duplicate id").that(ids.add(message.id() + " " + message.kind())).isTrue();
      assertThat(message.id()).matches("Relata[A-Z][A-Za-z]+");
      Object[] args = new Object[12];
      Arrays.fill(args, "x");
      assertThat(message.format(args)).startsWith("[" + message.id() + "] ");
    }
  }

  @Test
  void everyMessageHasADiagnosticTest() throws IOException {
    Path tests = Path.of("src/test/java/dev/relata/processor");
    String all;
    try (Stream<Path> files = Files.walk(tests)) {
      all =
          files
              .filter(f -> f.toString().endsWith("DiagnosticsTest.java"))
              .map(ProcessorContractTest::read)
              .collect(Collectors.joining("\n"));
    }
    for (Message message : Message.values()) {
      assertWithMessage("no *DiagnosticsTest asserts [%s]", message.id())
          .that(all)
          .contains("\"[" + message.id() + "]");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Compilation c, String type) {
    try {
      return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = RelataProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertWithMessage("resource %s", path).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the annotations it is offered: those no earlier processor claimed. */
  static final class SeesEntity extends AbstractProcessor {
    final Set<String> seen = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.relata.Entity");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(a -> seen.add(a.getQualifiedName().toString()));
      return false;
    }
  }
}
