package dev.relata.examples.compare;

import java.lang.reflect.Field;

/**
 * Reads and writes the package-private fields of the example entities {@code Comment}, {@code
 * Category} and {@code Country}, which have no accessors by design (they show the plain-field
 * style). Only this comparison, which lives in another package, needs it; Relata itself is used
 * through its public API alone.
 */
final class Fields {
  private Fields() {}

  static Object get(Object entity, String name) {
    try {
      return field(entity, name).get(entity);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T set(T entity, String name, Object value) {
    try {
      field(entity, name).set(entity, value);
      return entity;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Object entity, String name) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalArgumentException(entity.getClass().getSimpleName() + " has no field " + name);
  }
}
