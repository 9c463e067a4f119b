package dev.relata.internal;

import dev.relata.RelataException;
import java.util.ArrayList;
import java.util.Iterator;
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
   * Every entity's codec that {@code loader} or the class loader of the runtime (which {@code
   * loader} may not see) finds, by entity name, in the order of the names. A name may have several
   * entities where separately compiled programs share a classpath (a test classpath, say); a store
   * uses the one it has a table of.
   */
  public static Map<String, List<JsonCodec<?>>> byName(ClassLoader loader) {
    Map<String, List<JsonCodec<?>>> byName = new TreeMap<>();
    for (ClassLoader l : List.of(loader, JsonCodecs.class.getClassLoader())) {
      for (JsonCodec<?> codec : all(l)) {
        List<JsonCodec<?>> named =
            byName.computeIfAbsent(codec.type().name(), n -> new ArrayList<>());
        if (!named.contains(codec)) {
          named.add(codec);
        }
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
    @SuppressWarnings("rawtypes")
    Iterator<JsonCodec> services = ServiceLoader.load(JsonCodec.class, loader).iterator();
    for (int stale = 0; stale < 1000; ) {
      JsonCodec<?> codec;
      try {
        if (!services.hasNext()) {
          break;
        }
        codec = services.next();
      } catch (ServiceConfigurationError e) {
        // A listed codec whose class is gone (an entity deleted since): it has no rows to read.
        stale++;
        continue;
      }
      // One instance per entity class, whichever loader found it first.
      JsonCodec<?> kept = BY_CLASS.putIfAbsent(codec.type().javaType(), codec);
      codecs.add(kept == null ? codec : kept);
    }
    List<JsonCodec<?>> list = List.copyOf(codecs);
    BY_LOADER.putIfAbsent(loader, list);
    return list;
  }
}
