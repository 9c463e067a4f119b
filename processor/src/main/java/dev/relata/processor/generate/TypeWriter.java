package dev.relata.processor.generate;

import com.palantir.javapoet.TypeSpec;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Schema;

/** The base of the writers of one generated type of an entity. */
abstract class TypeWriter {
  /** The schema, for the entities that relations name. */
  final Schema schema;

  /** The names and code fragments of the entity. */
  final EntityCode code;

  /** The entity. */
  final EntityModel model;

  TypeWriter(Schema schema, EntityCode code) {
    this.schema = schema;
    this.code = code;
    this.model = code.model;
  }

  /** The generated type. */
  abstract TypeSpec write();
}
