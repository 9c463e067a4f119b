package dev.relata.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * How generated JSON code reads and writes the values of a field type: one of the runtime's
 * {@code ValueCodecs}, a collection or map of them, or, for any other type, the store's {@code
 * ObjectMapper}.
 *
 * @param kind which of these
 * @param type the type
 * @param codec for {@link Kind#PRIMITIVE} the primitive's name ({@code long}); for {@link
 *     Kind#SCALAR} the name of the {@code ValueCodecs} constant ({@code INSTANT}); else null
 * @param implementation for a collection or map, the class made on reading ({@code
 *     java.util.ArrayList}); else null
 * @param key for a map, how its keys are read and written (a scalar or an enum); else null
 * @param element for a collection its elements, for a map its values; else null
 */
public record JsonValue(
    Kind kind,
    TypeMirror type,
    String codec,
    String implementation,
    JsonValue key,
    JsonValue element) {

  /** The ways a value is read and written. */
  public enum Kind {
    /** A primitive: read and written without boxing. */
    PRIMITIVE,
    /** A type with a {@code ValueCodecs} constant: numbers, strings, UUID, java.time, byte[]. */
    SCALAR,
    /** An enum, by constant name. */
    ENUM,
    /** A collection of values of a kind Relata reads: a JSON array. */
    COLLECTION,
    /** A map whose keys are scalars or enums: a JSON object. */
    MAP,
    /** Anything else: through the {@code ObjectMapper}. */
    OTHER
  }

  /** Whether values of this kind can be map keys. */
  public boolean isKey() {
    return kind == Kind.ENUM || (kind == Kind.SCALAR && !codec.equals("BYTES"));
  }
}
