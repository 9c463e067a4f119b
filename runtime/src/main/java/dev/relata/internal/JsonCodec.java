package dev.relata.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  /** {@link #nextMember} found the end of the object. */
  static final int END = -1;

  /** {@link #nextMember} found a member that the entity does not have. */
  static final int UNKNOWN = -2;

  private final EntityType<T, ?> type;
  private final List<String> fields;

  /** {@link #fields} as Jackson matches them against the input without decoding a name. */
  private final SerializedString[] members;

  /** The position of each member in {@link #fields}. */
  private final Map<String, Integer> positions = new HashMap<>();

  /**
   * The codec of {@code type}, whose members are named {@code fields} (stored fields, then
   * relations); generated subclasses have a public no-argument constructor.
   */
  protected JsonCodec(EntityType<T, ?> type, List<String> fields) {
    this.type = type;
    this.fields = List.copyOf(fields);
    this.members = new SerializedString[fields.size()];
    for (int i = 0; i < members.length; i++) {
      members[i] = new SerializedString(fields.get(i));
      positions.put(fields.get(i), i);
    }
  }

  /** The entity's metadata. */
  public final EntityType<T, ?> type() {
    return type;
  }

  /** The names of the members it reads and writes, for messages. */
  public final List<String> fields() {
    return fields;
  }

  /**
   * Moves {@code in} to the next member of the object being read, guessing that it is the member
   * at {@code expected} (documents written by Relata, or by anyone from the same class, list the
   * members in one order): Jackson then compares the input with the name's characters, which is
   * cheaper than decoding the name and looking it up. Returns the position of the member it
   * moved to, {@link #UNKNOWN} for a name the entity does not have (then the name is current), or
   * {@link #END} at the end of the object (or any token that is not a name).
   */
  final int nextMember(JsonParser in, int expected) throws IOException {
    if (expected < members.length) {
      if (in.nextFieldName(members[expected])) {
        return expected;
      }
    } else {
      in.nextToken();
    }
    if (in.currentToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    Integer position = positions.get(in.currentName());
    return position == null ? UNKNOWN : position;
  }

  /** The name of the member at {@code position}, as given to the constructor. */
  final String member(int position) {
    return fields.get(position);
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
