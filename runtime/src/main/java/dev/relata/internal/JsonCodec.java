package dev.relata.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;

/**
 * The generated JSON reader and writer of one entity, {@code Post_Json}, on Jackson's streaming
 * API: no reflection reads or writes an entity. The processor lists every one in {@code
 * META-INF/services/dev.relata.internal.JsonCodec}, so that a store finds every entity of the
 * classpath ({@link JsonCodecs}).
 *
 * <p>An entity is a JSON object whose members are its stored fields and, in a tree, its loaded
 * relations, named as the fields or as their {@code @JsonProperty}; fields marked {@code
 * @JsonIgnore} are neither written nor read.
 *
 * @param <T> the entity
 */
public abstract class JsonCodec<T> {
  private final EntityType<T, ?> type;
  private final List<String> fields;

  /**
   * The codec of {@code type}, whose members are named {@code fields} (stored fields, then
   * relations); generated subclasses have a public no-argument constructor.
   */
  protected JsonCodec(EntityType<T, ?> type, List<String> fields) {
    this.type = type;
    this.fields = List.copyOf(fields);
  }

  /** The entity's metadata. */
  public final EntityType<T, ?> type() {
    return type;
  }

  /** The names of the members it reads and writes, for messages. */
  public final List<String> fields() {
    return fields;
  }

  /** Writes the stored fields of {@code entity} as members of the object being written. */
  protected abstract void writeColumns(T entity, JsonGenerator out, JsonWriting context)
      throws IOException;

  /**
   * Writes the relations of {@code entity} as members, each through {@link JsonWriting#relation}
   * (which leaves out those not loaded); an entity without relations writes none.
   */
  protected void writeRelations(T entity, JsonGenerator out, JsonWriting context)
      throws IOException {}

  /**
   * Reads the members of the object whose {@code START_OBJECT} is the current token, through its
   * {@code END_OBJECT}, into a new entity: stored fields, and relation values (nested entities),
   * through {@link JsonReading#relation}. Fields not in the input keep the value a new instance
   * has ({@code null}, {@code 0}, {@code false} for records).
   */
  protected abstract T readFields(JsonParser in, JsonReading context) throws IOException;

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + type.name() + "]";
  }
}
