package dev.relata.processor.generate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.RuntimeNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/services/dev.relata.internal.JsonCodec}: the {@code Post_Json} of every entity
 * generated, so that a store finds every entity of the classpath with {@code ServiceLoader}.
 * Written once, when processing is over, with the entries of an earlier compilation into the same
 * output whose classes still exist (an incremental build compiles some entities only).
 */
public final class ServiceFile {
  static final String PATH = "META-INF/services/" + RuntimeNames.JSON_CODEC.canonicalName();

  private final Set<String> providers = new TreeSet<>();
  private final List<TypeElement> originating = new ArrayList<>();

  /** Lists the codec of {@code entity}, whose types were generated. */
  public void add(EntityModel entity) {
    providers.add(entity.generatedName(Generated.JSON));
    originating.add(entity.element());
  }

  /** Writes the file, if any entity was generated. */
  public void write(Filer filer, Elements elements) throws IOException {
    if (providers.isEmpty()) {
      return;
    }
    Set<String> all = new TreeSet<>(providers);
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (Reader reader = existing.openReader(true);
          BufferedReader lines = new BufferedReader(reader)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String name = line.trim();
          if (!name.isEmpty() && !name.startsWith("#") && elements.getTypeElement(name) != null) {
            all.add(name);
          }
        }
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException none) {
      // No earlier file (or a file manager that cannot read one): this compilation's entries.
    }
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT,
            "",
            PATH,
            originating.toArray(new TypeElement[0]));
    try (Writer writer = file.openWriter()) {
      for (String provider : all) {
        writer.write(provider);
        writer.write('\n');
      }
    }
  }
}
