package dev.relata.processor;

import com.google.testing.compile.Compilation;
import dev.relata.Entity;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;

/** Class paths for tests that compile in two steps, as a library and its user. */
final class Classpaths {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private Classpaths() {}

  /** Writes the class files {@code c} generated below {@code directory}. */
  static void writeClasses(Compilation c, Path directory) {
    for (JavaFileObject file : c.generatedFiles()) {
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT);
      if (file.getKind() != JavaFileObject.Kind.CLASS || start < 0) {
        continue;
      }
      Path target = directory.resolve(path.substring(start + CLASS_OUTPUT.length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The Relata runtime and the Jackson jars it needs, then {@code directory}. */
  static List<File> runtimeAnd(Path directory) {
    return List.of(
        jarOf(Entity.class),
        jarOf(com.fasterxml.jackson.core.JsonParser.class),
        jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
        jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
        directory.toFile());
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
