package dev.relata.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.relata.JsonInputException;
import dev.relata.RelataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON side of one store: {@code saveJson}, {@code toJson}, {@code exportJson} and {@code
 * importJson}, with the store's {@code ObjectMapper} (for value types Relata does not write itself,
 * and for its parser and generator settings) and its rule for unknown fields.
 *
 * <p>Implementation notes. Every input is read whole into entities before anything is written, then
 * written in one atomic write (a {@link SaveOperation} per entity, in one transaction), so that
 * input refused anywhere changes nothing. An export streams stored rows straight from the tables to
 * the generator under the read lock: it copies no row and holds no more than Jackson's buffers, so
 * a file export of any size grows the heap by a constant; it is one consistent state of the store,
 * and writers wait for it. A file is written beside its target and moved over it, atomically
 * where the file system can.
 */
public final class JsonSupport {
  private static volatile ObjectMapper defaultMapper;

  private final ObjectMapper configured;
  private final boolean skipUnknownFields;
  private final Map<TypeReference<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final Map<TypeReference<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

  /**
   * The JSON side of a store that reads and writes other values with {@code mapper} (null: a plain
   * {@code ObjectMapper}, made on first use) and skips unknown fields if {@code skipUnknownFields},
   * else refuses them.
   */
  public JsonSupport(ObjectMapper mapper, boolean skipUnknownFields) {
    this.configured = mapper;
    this.skipUnknownFields = skipUnknownFields;
  }

  private ObjectMapper mapper() {
    if (configured != null) {
      return configured;
    }
    ObjectMapper mapper = defaultMapper;
    if (mapper == null) {
      mapper = new ObjectMapper();
      defaultMapper = mapper;
    }
    return mapper;
  }

  private JsonFactory factory() {
    return mapper().getFactory();
  }

  // ---- saveJson, toJson ----

  /** Reads one {@code type} object or an array of them, with nested relation values, and saves. */
  public <T> List<T> save(Backend database, EntityType<T, ?> type, String json) {
    try (JsonParser in = factory().createParser(json)) {
      return save(database, type, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // closing a parser of a string does no I/O
    }
  }

  /** As {@link #save(Backend, EntityType, String)}, from {@code json}, which stays open. */
  public <T> List<T> save(Backend database, EntityType<T, ?> type, Reader json) {
    JsonParser in;
    try {
      in = factory().createParser(json);
    } catch (IOException e) {
      throw refused(e, null, null, null);
    }
    in.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return save(database, type, in);
  }

  private <T> List<T> save(Backend database, EntityType<T, ?> type, JsonParser in) {
    JsonCodec<T> codec = JsonCodecs.of(type);
    StoreReading reading = new StoreReading();
    List<T> entities = new ArrayList<>();
    try {
      JsonToken first = in.nextToken();
      if (first == JsonToken.START_ARRAY) {
        while (in.nextToken() != JsonToken.END_ARRAY) {
          entities.add(reading.entity(in, codec, null));
        }
      } else {
        entities.add(reading.entity(in, codec, null));
      }
      requireEnd(in);
    } catch (IOException e) {
      throw refused(e, in, reading, null);
    }
    return database.saveRead(type, entities); // objects this reader made: see Sharing.ofRead
  }

  /** {@code entities} as a JSON array of trees of their loaded relations. */
  public <T> String toJson(EntityType<T, ?> type, List<? extends T> entities) {
    JsonCodec<T> codec = JsonCodecs.of(type);
    return write(
        out -> {
          StoreWriting writing = new StoreWriting();
          out.writeStartArray();
          for (T entity : entities) {
            writing.entity(out, codec, entity);
          }
          out.writeEndArray();
        });
  }

  /** {@code entity} as a JSON object, the tree of its loaded relations. */
  public <T> String toJson(EntityType<T, ?> type, T entity) {
    JsonCodec<T> codec = JsonCodecs.of(type);
    return write(out -> new StoreWriting().entity(out, codec, entity));
  }

  // ---- Single values, for backends that keep them as JSON text ----

  /** {@code value}, of the type of {@code codec}, as JSON text ({@code null} as {@code null}). */
  public <V> String valueToJson(ValueCodec<V> codec, V value) {
    return value == null ? null : write(out -> codec.write(out, value, new StoreWriting()));
  }

  /**
   * The value of the type of {@code codec} that {@code json} holds ({@code null} for {@code
   * null}); a {@link RelataException} if it holds none.
   */
  public <V> V valueFromJson(ValueCodec<V> codec, String json) {
    if (json == null) {
      return null;
    }
    try (JsonParser in = factory().createParser(json)) {
      in.nextToken();
      return codec.read(in, new StoreReading());
    } catch (IOException e) {
      throw new RelataException("could not read the JSON value " + json + ": " + e.getMessage(), e);
    }
  }

  // ---- Snapshots ----

  /** The whole store as {@code {"posts": {"1": {...}}, ...}}: every entity of the classpath. */
  public String export(Backend database) {
    return write(out -> export(database, out));
  }

  /**
   * Writes {@link #export} into {@code file}: into a new file beside it, then moved over it, so
   * that the old file stays whole until the new one is.
   */
  public void export(Backend database, Path file) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      // Beside the target, so that the move is a rename; created as an ordinary file would be
      // (Files.createTempFile would give it owner-only permissions, kept after the move).
      temporary =
          target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (FileChannel channel =
              FileChannel.open(
                  temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream stream = Channels.newOutputStream(channel);
          JsonGenerator out = factory().createGenerator(stream, JsonEncoding.UTF8)) {
        export(database, out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary,
            target,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | UncheckedIOException e) {
      throw new RelataException("could not export the store to " + target + ": " + e, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The export failed already; a stray temporary file is all that is left.
        }
      }
    }
  }

  /**
   * The codec of each entity name of the classpath: where several entities have one name, the one
   * {@code database} has a table of, else the first (which has no rows here).
   */
  private static Map<String, JsonCodec<?>> codecs(Backend database) {
    Map<String, JsonCodec<?>> codecs = new LinkedHashMap<>();
    JsonCodecs.byName(classLoader())
        .forEach(
            (name, named) -> {
              JsonCodec<?> chosen = named.get(0);
              for (JsonCodec<?> codec : named) {
                if (database.uses(codec.type())) {
                  chosen = codec;
                }
              }
              codecs.put(name, chosen);
            });
    return codecs;
  }

  /**
   * The entity names that several entities of the classpath share, none of which {@code database}
   * has a table of: an import cannot tell which is meant.
   */
  private static boolean ambiguous(Backend database, String name) {
    List<JsonCodec<?>> named = JsonCodecs.byName(classLoader()).get(name);
    return named != null
        && named.size() > 1
        && named.stream().noneMatch(codec -> database.uses(codec.type()));
  }

  private void export(Backend database, JsonGenerator out) throws IOException {
    Map<String, JsonCodec<?>> codecs = codecs(database);
    StoreWriting writing = new StoreWriting();
    try {
      database.read(
          () -> {
            try {
              out.writeStartObject();
              for (Map.Entry<String, JsonCodec<?>> entry : codecs.entrySet()) {
                out.writeFieldName(entry.getKey());
                JsonCodec<?> codec = entry.getValue();
                writeTable(database, codec, out, writing);
              }
              out.writeEndObject();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return null;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static <T> void writeTable(
      Backend database, JsonCodec<T> codec, JsonGenerator out, StoreWriting writing)
      throws IOException {
    out.writeStartObject();
    EntityType<T, ?> type = codec.type();
    if (database.uses(type)) {
      Column<T> key = type.key();
      try {
        database.forEachRow(
            type,
            row -> {
              try {
                out.writeFieldName(String.valueOf(key.get(row)));
                out.writeStartObject();
                codec.writeColumns(row, out, writing);
                out.writeEndObject();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    out.writeEndObject();
  }

  /** Upserts the rows of {@code json}, in the shape {@link #export} writes; returns how many. */
  public long importJson(Backend database, String json) {
    try (JsonParser in = factory().createParser(json)) {
      return importJson(database, in, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // closing a parser of a string does no I/O
    }
  }

  /** As {@link #importJson(Backend, String)}, from {@code file}. */
  public long importJson(Backend database, Path file) {
    try (InputStream stream = Files.newInputStream(file);
        JsonParser in = factory().createParser(stream)) {
      return importJson(database, in, file);
    } catch (IOException e) {
      throw refused(e, null, null, file);
    }
  }

  private long importJson(Backend database, JsonParser in, Path file) {
    Map<String, JsonCodec<?>> codecs = codecs(database);
    Map<EntityType<?, ?>, List<Object>> rows = new LinkedHashMap<>();
    StoreReading reading = new StoreReading();
    long count = 0;
    try {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw JsonReading.mismatch(
            in, "an object of entities, such as {\"posts\": {\"1\": {...}}}");
      }
      for (String name = in.nextFieldName(); name != null; name = in.nextFieldName()) {
        reading.enter(name, null, null);
        @SuppressWarnings("unchecked")
        JsonCodec<Object> codec = (JsonCodec<Object>) codecs.get(name);
        if (codec == null) {
          throw JsonReading.problem(
              in,
              "no entity is named \""
                  + name
                  + "\". Options: "
                  + String.join(", ", codecs.keySet()));
        }
        if (ambiguous(database, name)) {
          throw JsonReading.problem(
              in,
              "several entities of the classpath are named \""
                  + name
                  + "\": create the repository of the one to import into first");
        }
        EntityType<Object, ?> type = codec.type();
        List<Object> table = rows.computeIfAbsent(type, t -> new ArrayList<>());
        if (in.nextToken() != JsonToken.START_OBJECT) {
          throw JsonReading.mismatch(in, "an object of " + name + " by key");
        }
        for (String text = in.nextFieldName(); text != null; text = in.nextFieldName()) {
          reading.enter(name, text, null);
          Object key = parseKey(type, text, in);
          in.nextToken();
          Object row = reading.entity(in, codec, key);
          table.add(withKey(type, row, key, in));
          reading.exit();
          count++;
        }
        reading.exit();
      }
      requireEnd(in);
    } catch (IOException e) {
      throw refused(e, in, reading, file);
    }
    for (EntityType<?, ?> type : rows.keySet()) {
      database.register(type);
    }
    database.atomically(
        "import JSON",
        stored -> {
          rows.forEach((type, list) -> upsert(stored, type, list));
          return null;
        });
    return count;
  }

  /**
   * Upserts the rows read for {@code type}. They were built by the reader for this import and
   * nobody else holds them, so flat ones are stored as they are, without the copy a save makes.
   */
  @SuppressWarnings("unchecked")
  private static void upsert(Rows stored, EntityType<?, ?> type, List<Object> rows) {
    EntityType<Object, ?> t = (EntityType<Object, ?>) type;
    if (FlatSave.run(stored, t, rows, SaveOperation.Mode.UPSERT, true) == null) {
      SaveOperation.run(stored, t, rows, SaveOperation.Mode.UPSERT, null);
    }
  }

  /** The key written as the member name {@code text}, of the type of {@code type}'s key. */
  private static Object parseKey(EntityType<?, ?> type, String text, JsonParser in)
      throws IOException {
    try {
      return switch (type.keyKind()) {
        case LONG -> Long.valueOf(text);
        case INT -> Integer.valueOf(text);
        case STRING -> text;
        case UUID -> UUID.fromString(text);
      };
    } catch (IllegalArgumentException e) {
      throw JsonReading.problem(
          in,
          "\""
              + text
              + "\" is no key of "
              + type.name()
              + ", whose keys are "
              + switch (type.keyKind()) {
                case LONG, INT -> "integers in the range of " + type.keyKind().name().toLowerCase();
                case STRING -> "strings";
                case UUID -> "UUIDs";
              });
    }
  }

  /** {@code row} with {@code key}: set where the object has none, checked where it has one. */
  private static Object withKey(EntityType<Object, ?> type, Object row, Object key, JsonParser in)
      throws IOException {
    Object own = type.key().get(row);
    if (type.unassigned(own)) {
      return type.key().set(row, key);
    }
    if (!own.equals(key)) {
      throw JsonReading.problem(
          in,
          "the row under key "
              + key
              + " has "
              + type.key().name()
              + " "
              + own
              + "; they must agree (or leave "
              + type.key().name()
              + " out)");
    }
    return row;
  }

  private static void requireEnd(JsonParser in) throws IOException {
    if (in.nextToken() != null) {
      throw JsonReading.mismatch(in, "the end of the input");
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : JsonSupport.class.getClassLoader();
  }

  // ---- Writing into a string ----

  private interface Body {
    void write(JsonGenerator out) throws IOException;
  }

  private String write(Body body) {
    SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
    try {
      try (JsonGenerator out = factory().createGenerator(text)) {
        body.write(out);
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new RelataException("could not write JSON: " + e.getMessage(), e);
    }
  }

  // ---- Errors ----

  private static JsonInputException refused(
      IOException e, JsonParser in, JsonReading reading, Path file) {
    String problem;
    JsonLocation location = null;
    if (e instanceof JsonProcessingException jackson) {
      problem = jackson.getOriginalMessage();
      location = jackson.getLocation();
      if (e instanceof UnrecognizedPropertyException) {
        problem += "; Store.builder().skipUnknownJsonFields() makes a store skip unknown fields";
      }
    } else if (e instanceof NoSuchFileException) {
      problem = "no such file";
    } else {
      problem = e.toString();
    }
    if (location == null && in != null) {
      location = in.currentLocation();
    }
    String pointer = null;
    if (in != null && in.getParsingContext() != null) {
      pointer = in.getParsingContext().pathAsPointer().toString();
    }
    return new JsonInputException(
        problem,
        new JsonInputException.Place(
            reading == null ? null : reading.failedEntity(),
            reading == null ? null : reading.failedKey(),
            reading == null ? null : reading.failedField(),
            location == null ? -1 : location.getLineNr(),
            location == null ? -1 : location.getColumnNr(),
            pointer,
            file),
        e);
  }

  // ---- Other values through the store's ObjectMapper ----

  private final class StoreReading extends JsonReading {
    @Override
    protected <V> V readOther(JsonParser in, TypeReference<V> type) throws IOException {
      ObjectReader reader =
          readers.computeIfAbsent(
              type,
              t ->
                  mapper()
                      .readerFor(t)
                      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      return reader.readValue(in);
    }

    @Override
    protected boolean skipsUnknownFields() {
      return skipUnknownFields;
    }
  }

  private final class StoreWriting extends JsonWriting {
    @Override
    protected <V> void writeOther(JsonGenerator out, V value, TypeReference<V> type)
        throws IOException {
      ObjectWriter writer =
          writers.computeIfAbsent(
              type,
              t -> mapper().writerFor(t).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE));
      writer.writeValue(out, value);
    }
  }
}
