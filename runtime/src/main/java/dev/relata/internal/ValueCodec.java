package dev.relata.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;

/**
 * Reads and writes the values of one field type on Jackson's streaming API, for generated {@code
 * Post_Json} code: {@link ValueCodecs} holds one per supported type and builds those of
 * collections and maps. A {@code null} value is JSON {@code null} both ways.
 *
 * @param <V> the value type
 */
public abstract class ValueCodec<V> {
  private final String expected;

  /**
   * A codec whose JSON form {@code expected} describes for error messages, such as {@code "an
   * integer"}.
   */
  protected ValueCodec(String expected) {
    this.expected = expected;
  }

  /** What the JSON form is, for error messages: {@code "an integer"}. */
  public final String expected() {
    return expected;
  }

  /**
   * Reads the value whose first token is the current token of {@code in}, leaving its last token
   * current; {@code null} for JSON {@code null}. A value of the wrong type is a Jackson {@code
   * MismatchedInputException} at its place.
   */
  public final V read(JsonParser in, JsonReading context) throws IOException {
    return in.currentToken() == JsonToken.VALUE_NULL ? null : readValue(in, context);
  }

  /** Like {@link #read}, for a primitive field: JSON {@code null} is refused. */
  public final V readNonNull(JsonParser in, JsonReading context) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      throw JsonReading.mismatch(in, expected + " (the field is primitive)");
    }
    return readValue(in, context);
  }

  /** Writes the member {@code name} with {@code value} ({@code null} as JSON {@code null}). */
  public final void write(
      JsonGenerator out, SerializableString name, V value, JsonWriting context)
      throws IOException {
    out.writeFieldName(name);
    write(out, value, context);
  }

  /** Writes {@code value} ({@code null} as JSON {@code null}). */
  public final void write(JsonGenerator out, V value, JsonWriting context) throws IOException {
    if (value == null) {
      out.writeNull();
    } else {
      writeValue(out, value, context);
    }
  }

  /** Reads a value whose current token is not {@code null}. */
  protected abstract V readValue(JsonParser in, JsonReading context) throws IOException;

  /** Writes a value that is not {@code null}. */
  protected abstract void writeValue(JsonGenerator out, V value, JsonWriting context)
      throws IOException;
}
