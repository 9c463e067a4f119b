package dev.relata.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One read of JSON into entities, as generated {@link JsonCodec}s see it: nested relation values,
 * unknown fields, values of types Relata does not read itself, and where the read is, for errors.
 * The store's reads ({@link JsonSupport}) and {@code RelataModule}'s differ in where other values
 * and the unknown-field rule come from.
 *
 * <p>Implementation notes. Each entity object being read is a frame: its entity name, its key once
 * known, and Jackson's context of its object, whose current name is the field being read. Frames
 * are popped only when an object has been read whole, so after a failure the innermost frame still
 * says where it was. A frame of an entity object also holds its codec and the position of the
 * member expected next ({@link #nextField}). Not thread-safe: one read, one instance.
 */
public abstract class JsonReading {
  private String[] entities = new String[8];
  private Object[] keys = new Object[8];
  private JsonStreamContext[] objects = new JsonStreamContext[8];
  private JsonCodec<?>[] codecs = new JsonCodec<?>[8];
  private int[] expected = new int[8];
  private int depth;

  /** The target of the relation read last, and its codec: to-many values repeat one target. */
  private EntityType<?, ?> lastTarget;

  private JsonCodec<?> lastCodec;

  /** For subclasses. */
  protected JsonReading() {}

  /**
   * Reads a value of a type that Relata does not read itself, whose first token is current, leaving
   * its last token current.
   */
  protected abstract <V> V readOther(JsonParser in, TypeReference<V> type) throws IOException;

  /** Whether an unknown field is skipped; if not, it is refused. */
  protected abstract boolean skipsUnknownFields();

  /**
   * Reads the entity object whose {@code START_OBJECT} is current through {@code codec}, leaving
   * its {@code END_OBJECT} current; {@code key} is its key where the input gave it outside the
   * object (the member name of an import), else null.
   */
  public final <T> T entity(JsonParser in, JsonCodec<T> codec, Object key) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(in, "an object of " + codec.type().name());
    }
    enter(codec.type().name(), key, in.getParsingContext());
    codecs[depth - 1] = codec;
    T entity = codec.readFields(in, this);
    exit();
    return entity;
  }

  /**
   * For generated code: moves to the value of the next member of the entity object being read and
   * returns the member's name, or returns null at the object's end. A name the entity does not
   * have is returned as it is, for {@link #unknown}.
   */
  public final String nextField(JsonParser in) throws IOException {
    int frame = depth - 1;
    JsonCodec<?> codec = codecs[frame];
    int position = codec.nextMember(in, expected[frame]);
    String name;
    if (position >= 0) {
      name = codec.member(position);
      expected[frame] = position + 1;
    } else if (position == JsonCodec.UNKNOWN) {
      name = in.currentName();
    } else {
      return null;
    }
    in.nextToken();
    return name;
  }

  /** For generated code: notes {@code value}, just read, as the key of the entity; returns it. */
  public final <K> K key(K value) {
    keys[depth - 1] = value;
    return value;
  }

  /**
   * For generated code: reads the value of {@code relation} whose first token is current: {@code
   * null} (not loaded), an object (to-one) or an array of objects (to-many), nested entities of its
   * target read through the target's codec.
   */
  @SuppressWarnings("unchecked")
  public final <V> V relation(JsonParser in, Relation<?, ?> relation) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonCodec<?> codec = codecOf(relation.target());
    if (!relation.toMany()) {
      return (V) entity(in, codec, null);
    }
    if (token != JsonToken.START_ARRAY) {
      throw mismatch(in, "an array of " + relation.target().name());
    }
    List<Object> values = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      values.add(entity(in, codec, null));
    }
    return (V) relation.container(values);
  }

  private JsonCodec<?> codecOf(EntityType<?, ?> target) {
    if (target != lastTarget) {
      lastCodec = JsonCodecs.of(target);
      lastTarget = target;
    }
    return lastCodec;
  }

  /**
   * For generated code: a member {@code field} that the entity does not have, whose value's first
   * token is current; skipped if this read skips unknown fields, else refused.
   */
  public final void unknown(JsonParser in, String field, JsonCodec<?> codec) throws IOException {
    if (skipsUnknownFields()) {
      in.skipChildren();
      return;
    }
    throw UnrecognizedPropertyException.from(
        in,
        codec.type().javaType(),
        field,
        new ArrayList<Object>(codec.fields()));
  }

  /**
   * Marks that the read is inside {@code entity} (a name, which may be unknown), at the row of
   * {@code key} (or null), in the JSON object {@code object} (or null).
   */
  final void enter(String entity, Object key, JsonStreamContext object) {
    if (depth == entities.length) {
      entities = Arrays.copyOf(entities, depth * 2);
      keys = Arrays.copyOf(keys, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
      codecs = Arrays.copyOf(codecs, depth * 2);
      expected = Arrays.copyOf(expected, depth * 2);
    }
    entities[depth] = entity;
    keys[depth] = key;
    objects[depth] = object;
    codecs[depth] = null;
    expected[depth] = 0;
    depth++;
  }

  /** Leaves what {@link #enter} entered. */
  final void exit() {
    depth--;
  }

  /** The entity being read when the read stopped, or null. */
  final String failedEntity() {
    return depth == 0 ? null : entities[depth - 1];
  }

  /** The key of the row being read when the read stopped, as text, or null. */
  final String failedKey() {
    return depth == 0 || keys[depth - 1] == null ? null : String.valueOf(keys[depth - 1]);
  }

  /** The field being read when the read stopped, or null. */
  final String failedField() {
    JsonStreamContext object = depth == 0 ? null : objects[depth - 1];
    return object == null ? null : object.getCurrentName();
  }

  /**
   * Jackson's exception for a value that is not {@code expected} (such as {@code "an integer"}), at
   * the current token.
   */
  public static MismatchedInputException mismatch(JsonParser in, String expected) {
    return MismatchedInputException.from(
        in, (Class<?>) null, "expected " + expected + ", found " + found(in));
  }

  /** Jackson's exception for {@code problem}, at the current token. */
  public static MismatchedInputException problem(JsonParser in, String problem) {
    return MismatchedInputException.from(in, (Class<?>) null, problem);
  }

  /** The current token, for a message: {@code the string "abc"}. */
  private static String found(JsonParser in) {
    JsonToken token = in.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    try {
      return switch (token) {
        case VALUE_STRING -> "the string \"" + abbreviate(in.getText()) + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(in.getText());
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null";
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    } catch (IOException e) {
      return token.name();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
