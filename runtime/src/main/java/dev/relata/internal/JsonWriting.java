package dev.relata.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One write of entities as JSON, as generated {@link JsonCodec}s see it: loaded relation values
 * (trees without cycles) and values of types Relata does not write itself. The store's writes
 * ({@link JsonSupport}) and {@code RelataModule}'s differ in where other values go.
 *
 * <p>A relation value is written as the loaded tree: not loaded ({@code null}), it is left out; a
 * to-one that a query loaded and found nothing for is {@code null}; a value that leads back to an
 * object being written (a cycle, possible in objects built by hand) is left out too, as if not
 * loaded, so the tree ends there. Not thread-safe: one write, one instance.
 */
public abstract class JsonWriting {
  /** The objects on the path from the root to the one being written. */
  private final Map<Object, Boolean> path = new IdentityHashMap<>();

  /** For subclasses. */
  protected JsonWriting() {}

  /** Writes a value of a type that Relata does not write itself. */
  protected abstract <V> void writeOther(JsonGenerator out, V value, TypeReference<V> type)
      throws IOException;

  /** Writes {@code entity} as an object: its stored fields, then its loaded relations. */
  public final <T> void entity(JsonGenerator out, JsonCodec<T> codec, T entity)
      throws IOException {
    out.writeStartObject();
    codec.writeColumns(entity, out, this);
    path.put(entity, Boolean.TRUE);
    codec.writeRelations(entity, out, this);
    path.remove(entity);
    out.writeEndObject();
  }

  /**
   * For generated code: writes the member {@code name} for {@code relation} of {@code owner}, whose
   * value is {@code value}, or leaves it out (see the class notes).
   */
  @SuppressWarnings("unchecked")
  public final void relation(
      JsonGenerator out,
      SerializableString name,
      Relation<?, ?> relation,
      Object owner,
      Object value)
      throws IOException {
    if (value == null) {
      if (!relation.toMany() && LoadedNothing.marked(owner, relation.ordinal())) {
        out.writeFieldName(name);
        out.writeNull();
      }
      return;
    }
    JsonCodec<Object> codec = (JsonCodec<Object>) JsonCodecs.of(relation.target());
    if (!relation.toMany()) {
      if (!path.containsKey(value)) {
        out.writeFieldName(name);
        entity(out, codec, value);
      }
      return;
    }
    Collection<?> values = (Collection<?>) value;
    for (Object element : values) {
      if (element != null && path.containsKey(element)) {
        return;
      }
    }
    out.writeFieldName(name);
    out.writeStartArray();
    for (Object element : values) {
      if (element == null) {
        out.writeNull();
      } else {
        entity(out, codec, element);
      }
    }
    out.writeEndArray();
  }
}
