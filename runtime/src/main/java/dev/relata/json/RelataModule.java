package dev.relata.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.relata.internal.JsonCodec;
import dev.relata.internal.JsonCodecs;
import dev.relata.internal.JsonReading;
import dev.relata.internal.JsonWriting;
import java.io.IOException;

/**
 * A Jackson module that makes an {@code ObjectMapper} read and write Relata entities the way a
 * store does, through their generated code:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RelataModule());
 * String json = mapper.writeValueAsString(posts.withComments().get());
 * Post post = mapper.readValue(json, Post.class);
 * }</pre>
 *
 * <p>An entity is written as {@code Repository.toJson} writes it: its stored fields and the tree of
 * its loaded relations (relations not loaded left out, cycles cut); it is read as {@code
 * Repository.saveJson} reads it, nested relation values included, into objects that are not saved.
 * Field names follow {@code @JsonProperty} and {@code @JsonIgnore} on entity fields. Values of
 * other types in entities (your value objects) go through the mapper at work, with its modules.
 * Unknown fields follow the mapper's {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 * Errors are Jackson's exceptions, as for any other type.
 */
public final class RelataModule extends Module {
  /** The module; register it with {@code ObjectMapper.registerModule}. */
  public RelataModule() {}

  @Override
  public String getModuleName() {
    return "relata";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return RelataModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(
        new Serializers.Base() {
          @Override
          public JsonSerializer<?> findSerializer(
              SerializationConfig config, JavaType type, BeanDescription description) {
            JsonCodec<?> codec = JsonCodecs.find(type.getRawClass());
            return codec == null ? null : new EntitySerializer<>(codec);
          }
        });
    context.addDeserializers(
        new Deserializers.Base() {
          @Override
          public JsonDeserializer<?> findBeanDeserializer(
              JavaType type, DeserializationConfig config, BeanDescription description) {
            JsonCodec<?> codec = JsonCodecs.find(type.getRawClass());
            return codec == null ? null : new EntityDeserializer<>(codec);
          }
        });
  }

  private static final class EntitySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec<T> codec;

    EntitySerializer(JsonCodec<T> codec) {
      super(codec.type().javaType());
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      new JsonWriting() {
        @Override
        protected <V> void writeOther(JsonGenerator out, V value, TypeReference<V> type)
            throws IOException {
          JavaType javaType = provider.getTypeFactory().constructType(type);
          provider.findTypedValueSerializer(javaType, true, null).serialize(value, out, provider);
        }
      }.entity(out, codec, value);
    }
  }

  private static final class EntityDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient JsonCodec<T> codec;

    EntityDeserializer(JsonCodec<T> codec) {
      super(codec.type().javaType());
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
      return new JsonReading() {
        @Override
        protected <V> V readOther(JsonParser in, TypeReference<V> type) throws IOException {
          return context.readValue(in, context.getTypeFactory().constructType(type));
        }

        @Override
        protected boolean skipsUnknownFields() {
          return !context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
      }.entity(in, codec, null);
    }
  }
}
