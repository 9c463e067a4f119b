package dev.relata.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Schema;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;

/**
 * Writes the types of an entity: {@code Post_Meta}, {@code PostQuery}, {@code PostRepository} and
 * {@code Post_Json} and {@code Post_}.
 */
public final class SourceWriter {
  private final Filer filer;

  /** A writer of source files through javac's {@code filer}. */
  public SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the types of {@code entity}, a validated entity of {@code schema}.
   *
   * @param generated whether to mark them {@code @Generated}, which code in a named module can only
   *     do when the module reads {@code java.compiler}
   * @throws IOException if the filer cannot create a file, such as one that another processor
   *     created in this compilation
   */
  public void write(Schema schema, EntityModel entity, boolean generated) throws IOException {
    EntityCode code = new EntityCode(entity, generated);
    List<TypeSpec> types =
        List.of(
            new MetaWriter(schema, code).write(),
            new QueryWriter(schema, code).write(),
            new RepositoryWriter(schema, code).write(),
            new JsonWriter(schema, code).write(),
            new FieldsWriter(schema, code).write());
    for (TypeSpec type : types) {
      JavaFile.builder(entity.packageName(), type)
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .writeTo(filer);
    }
  }
}
