package dev.relata.internal;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A stored field of an entity, read and written through generated code.
 *
 * <p>{@link #set} follows the entity's style: on a class it changes the given instance and returns
 * it; on a record, which cannot change, it returns a new instance that differs in this one field.
 *
 * <p>A column of a {@code long}, {@code int}, {@code short} or {@code byte} field ({@link
 * #ofNumber}) also reads it without boxing ({@link #getLong}): a save that fills a sorted index of
 * such a column reads every row's value, and a boxed {@code Long} per row would be an allocation
 * and a dependent read for nothing.
 *
 * @param <T> the entity
 */
public final class Column<T> {
  private final int ordinal;
  private final String name;
  private final boolean primitive;
  private final ValueCodec<?> codec;
  private final Function<? super T, ?> getter;
  private final BiFunction<T, Object, T> setter;

  /** Reads a primitive integral field as a {@code long}; null for other fields. */
  private final ToLongFunction<? super T> longGetter;

  /** The boxed class of a primitive integral field ({@code Long.class} ...); null for others. */
  private final Class<?> numberClass;

  private Column(
      int ordinal,
      String name,
      boolean primitive,
      ValueCodec<?> codec,
      Function<? super T, ?> getter,
      BiFunction<T, Object, T> setter,
      ToLongFunction<? super T> longGetter,
      Class<?> numberClass) {
    this.ordinal = ordinal;
    this.name = name;
    this.primitive = primitive;
    this.codec = codec;
    this.getter = getter;
    this.setter = setter;
    this.longGetter = longGetter;
    this.numberClass = numberClass;
  }

  /**
   * A column of a reference type, which may hold {@code null}.
   *
   * @param ordinal its position among the entity's columns, from 0
   * @param name the field name
   * @param codec the codec of the field's type (boxed), which tells a backend what the values are
   *     and how to write them as text
   * @param getter reads the field
   * @param setter writes the field (see {@link #set})
   */
  public static <T> Column<T> of(
      int ordinal,
      String name,
      ValueCodec<?> codec,
      Function<? super T, ?> getter,
      BiFunction<T, Object, T> setter) {
    return new Column<>(ordinal, name, false, codec, getter, setter, null, null);
  }

  /**
   * A column of a primitive type, which cannot hold {@code null}: a foreign key that cannot be
   * cleared, a key whose {@code 0} means "not assigned yet". Parameters as for {@link #of}.
   */
  public static <T> Column<T> ofPrimitive(
      int ordinal,
      String name,
      ValueCodec<?> codec,
      Function<? super T, ?> getter,
      BiFunction<T, Object, T> setter) {
    return new Column<>(ordinal, name, true, codec, getter, setter, null, null);
  }

  /**
   * A column of a primitive {@code long}, {@code int}, {@code short} or {@code byte} field, read
   * also without boxing ({@link #getLong}). Parameters as for {@link #of}, and:
   *
   * @param codec {@link ValueCodecs#LONG}, {@link ValueCodecs#INTEGER}, {@link ValueCodecs#SHORT}
   *     or {@link ValueCodecs#BYTE}, as the field's type is
   * @param longGetter reads the field as a {@code long}: the same value as {@code getter}
   * @throws IllegalArgumentException if {@code codec} is none of these four
   */
  public static <T> Column<T> ofNumber(
      int ordinal,
      String name,
      ValueCodec<?> codec,
      Function<? super T, ?> getter,
      ToLongFunction<? super T> longGetter,
      BiFunction<T, Object, T> setter) {
    return new Column<>(
        ordinal, name, true, codec, getter, setter, longGetter, numberClassOf(codec, name));
  }

  private static Class<?> numberClassOf(ValueCodec<?> codec, String name) {
    if (codec == ValueCodecs.LONG) {
      return Long.class;
    }
    if (codec == ValueCodecs.INTEGER) {
      return Integer.class;
    }
    if (codec == ValueCodecs.SHORT) {
      return Short.class;
    }
    if (codec == ValueCodecs.BYTE) {
      return Byte.class;
    }
    throw new IllegalArgumentException("column " + name + " is not of an integral primitive type");
  }

  /** The position among the entity's columns. */
  public int ordinal() {
    return ordinal;
  }

  /** The field name. */
  public String name() {
    return name;
  }

  /** Whether the field is primitive. */
  public boolean primitive() {
    return primitive;
  }

  /**
   * The codec of the field's type, boxed: a {@link ValueCodecs} constant for the types Relata
   * reads itself, else one built for the type (collections, maps, enums, other types).
   */
  public ValueCodec<?> codec() {
    return codec;
  }

  /** The field's value in {@code entity}, boxed; runs the entity's getter, if it has one. */
  public Object get(T entity) {
    return getter.apply(entity);
  }

  /**
   * The boxed class of the field's values if it is a primitive {@code long}, {@code int}, {@code
   * short} or {@code byte} read by {@link #getLong} ({@link #ofNumber}), else null.
   */
  public Class<?> numberClass() {
    return numberClass;
  }

  /**
   * The field's value in {@code entity} as a {@code long}, without boxing; only for a column whose
   * {@link #numberClass} is not null. Runs the entity's getter, if it has one.
   */
  public long getLong(T entity) {
    return longGetter.applyAsLong(entity);
  }

  /**
   * Writes {@code value}; returns {@code entity} itself, or for a record a new instance. {@code
   * value} must be of the field's type (boxed): generated code casts it. Runs the entity's setter
   * or canonical constructor, which may throw.
   */
  public T set(T entity, Object value) {
    return setter.apply(entity, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
