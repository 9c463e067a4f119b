package dev.relata.internal;

import dev.relata.RelataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the generated {@link JsonCodec} of entities through {@link ServiceLoader}: the processor
 * lists each entity's {@code Post_Json} in {@code META-INF/services/dev.relata.internal.JsonCodec}.
 * Codecs are found once per class loader and kept by entity class.
 */
public final class JsonCodecs {
  private static final Map<Class<?>, JsonCodec<?>> BY_CLASS = new ConcurrentHashMap<>();
  private static final Map<ClassLoader, List<JsonCodec<?>>> BY_LOADER = new ConcurrentHashMap<>();

  private JsonCodecs() {}

  /** The codec of {@code type}; a {@link RelataException} if it was compiled without one. */
  @SuppressWarnings("unchecked")
  public static <T> JsonCodec<T> of(EntityType<T, ?> type) {
    JsonCodec<T> codec = (JsonCodec<T>) find(type.javaType());
    if (codec == null) {
      throw new RelataException(
          type.javaType().getName()
              + " has no generated JSON codec ("
              + type.javaType().getName()
              + "_Json in META-INF/services/"
              + JsonCodec.class.getName()
              + "): compile it with this version of relata-processor");
    }
    return codec;
  }

  /** The codec of the entity class {@code entity}, or null if it has none (no entity). */
  public static JsonCodec<?> find(Class<?> entity) {
    JsonCodec<?> codec = BY_CLASS.get(entity);
    if (codec == null && entity.getClassLoader() != null) {
      all(entity.getClassLoader());
      codec = BY_CLASS.get(entity);
    }
    return codec;
  }

  /**
   * Every entity's codec that {@code loader} (or the class loader of the runtime, which it may not
   * see) finds, keyed and ordered by entity name; two entities of one name are a {@link
   * RelataException}.
   */
  public static Map<String, JsonCodec<?>> byName(ClassLoader loader) {
    List<JsonCodec<?>> codecs = new ArrayList<>(all(loader));
    for (JsonCodec<?> codec : all(JsonCodecs.class.getClassLoader())) {
      if (!codecs.contains(codec)) {
        codecs.add(codec);
      }
    }
    codecs.sort(Comparator.comparing(codec -> codec.type().name()));
    Map<String, JsonCodec<?>> byName = new TreeMap<>();
    for (JsonCodec<?> codec : codecs) {
      JsonCodec<?> other = byName.putIfAbsent(codec.type().name(), codec);
      if (other != null && other.type() != codec.type()) {
        throw new RelataException(
            "two entities on the classpath are named '"
                + codec.type().name()
                + "': "
                + other.type().javaType().getName()
                + " and "
                + codec.type().javaType().getName()
                + "; give one of them @Entity(name = ...)");
      }
    }
    return byName;
  }

  private static List<JsonCodec<?>> all(ClassLoader loader) {
    List<JsonCodec<?>> found = BY_LOADER.get(loader);
    if (found != null) {
      return found;
    }
    List<JsonCodec<?>> codecs = new ArrayList<>();
    try {
      @SuppressWarnings("rawtypes")
      ServiceLoader<JsonCodec> services = ServiceLoader.load(JsonCodec.class, loader);
      for (JsonCodec<?> codec : services) {
        // One instance per entity class, whichever loader found it first.
        JsonCodec<?> kept = BY_CLASS.putIfAbsent(codec.type().javaType(), codec);
        codecs.add(kept == null ? codec : kept);
      }
    } catch (ServiceConfigurationError e) {
      throw new RelataException("cannot load the JSON codecs of the entities: " + e.getMessage(), e);
    }
    List<JsonCodec<?>> list = List.copyOf(codecs);
    BY_LOADER.putIfAbsent(loader, list);
    return list;
  }
}
