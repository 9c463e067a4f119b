package dev.relata;

import dev.relata.internal.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Argument checks of the public API, which name the bad value. Generic types keep the wrong entity
 * or key out at compile time; these checks keep it out of raw types too ({@code ((Repository)
 * posts).save(comment)}), before anything runs.
 */
final class Arguments {
  private Arguments() {}

  /**
   * {@code entity}, which must be an instance of {@code type}; {@code what} names it in the
   * message, such as {@code "child"}.
   */
  static <T> T entity(T entity, EntityType<?, ?> type, String what) {
    if (entity == null) {
      throw new NullPointerException(what + " must not be null");
    }
    requireInstance(entity, type.javaType(), what);
    return entity;
  }

  /**
   * {@code key}, which must be of the type of {@code type}'s key; {@code what} names it in the
   * message, such as {@code "Post id"}.
   */
  static <K> K key(K key, EntityType<?, ?> type, String what) {
    if (key == null) {
      throw new NullPointerException(what + " must not be null");
    }
    requireInstance(key, type.keyKind().javaType(), what);
    return key;
  }

  /**
   * A copy of {@code entities}, which must not be null nor hold null or anything but instances of
   * {@code type}; {@code what} names them in the message, such as {@code "posts"}.
   */
  static <T> List<T> entities(
      Collection<? extends T> entities, EntityType<?, ?> type, String what) {
    if (entities == null) {
      throw new NullPointerException(what + " must not be null");
    }
    List<T> list = new ArrayList<>(entities);
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element == null) {
        throw new NullPointerException(what + " must not hold null (position " + i + ")");
      }
      if (!type.javaType().isInstance(element)) {
        // The message is built only here: a bulk save checks a million elements.
        requireInstance(element, type.javaType(), what + " (position " + i + ")");
      }
    }
    return list;
  }

  private static void requireInstance(Object value, Class<?> type, String what) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          what + " must be a " + type.getName() + ", not a " + value.getClass().getName());
    }
  }
}
