package dev.relata.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The codecs of the field types that generated {@code Post_Json} code reads and writes itself:
 * numbers, strings, booleans, characters, enums (by name), {@code UUID}s and {@code java.time}
 * values (ISO-8601 strings, their {@code toString} and {@code parse} forms), {@code byte[]}
 * (Base64), and collections and maps of those. Any other type goes through the store's {@code
 * ObjectMapper} ({@link #other}), so that users' modules and annotations on their own types apply.
 *
 * <p>Reading is strict, so that a wrong document is refused rather than guessed at: an integer
 * field takes a JSON integer (not {@code 1.5}, not {@code "1"}), within the range of its type;
 * floating-point fields also take integers, and {@code "NaN"}, {@code "Infinity"} and {@code
 * "-Infinity"}, as Jackson writes them. The scalar codecs are also {@link KeyCodec}s, for map keys.
 */
public final class ValueCodecs {
  private ValueCodecs() {}

  /** A codec whose values are also map keys; numbers and booleans as keys are their text. */
  public abstract static class Scalar<V> extends ValueCodec<V> implements KeyCodec<V> {
    private final Function<String, V> parse;

    Scalar(String expected, Function<String, V> parse) {
      super(expected);
      this.parse = parse;
    }

    @Override
    public V parse(String text) {
      return parse.apply(text);
    }

    @Override
    public String format(V key) {
      return key.toString();
    }
  }

  /** A value written as a JSON string: its text form. */
  private static final class Text<V> extends Scalar<V> {
    private final Function<? super V, String> format;

    Text(String expected, Function<String, V> parse, Function<? super V, String> format) {
      super(expected, parse);
      this.format = format;
    }

    @Override
    protected V readValue(JsonParser in, JsonReading context) throws IOException {
      if (in.currentToken() != JsonToken.VALUE_STRING) {
        throw JsonReading.mismatch(in, expected());
      }
      String text = in.getText();
      try {
        return parse(text);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw JsonReading.mismatch(in, expected());
      }
    }

    @Override
    protected void writeValue(JsonGenerator out, V value, JsonWriting context) throws IOException {
      out.writeString(format.apply(value));
    }

    @Override
    public String format(V key) {
      return format.apply(key);
    }
  }

  private static <V> Text<V> text(String expected, Function<String, V> parse) {
    return new Text<>(expected, parse, Object::toString);
  }

  /** Reads a value whose first token is current, not JSON {@code null}. */
  private interface Reader<V> {
    V read(JsonParser in) throws IOException;
  }

  /** Writes a value that is not {@code null}. */
  private interface Writer<V> {
    void write(JsonGenerator out, V value) throws IOException;
  }

  /** A scalar whose JSON form is not a string: a number or a boolean. */
  private static <V> Scalar<V> scalar(
      String expected, Function<String, V> parse, Reader<V> reader, Writer<V> writer) {
    return new Scalar<>(expected, parse) {
      @Override
      protected V readValue(JsonParser in, JsonReading context) throws IOException {
        return reader.read(in);
      }

      @Override
      protected void writeValue(JsonGenerator out, V value, JsonWriting context)
          throws IOException {
        writer.write(out, value);
      }
    };
  }

  public static final Scalar<String> STRING = text("a string", s -> s);

  public static final Scalar<Character> CHARACTER =
      new Text<>(
          "a string of one character",
          s -> {
            if (s.length() != 1) {
              throw new IllegalArgumentException("not one character: " + s);
            }
            return s.charAt(0);
          },
          String::valueOf);

  public static final Scalar<Boolean> BOOLEAN =
      scalar(
          "true or false",
          ValueCodecs::parseBoolean,
          ValueCodecs::readBoolean,
          JsonGenerator::writeBoolean);

  public static final Scalar<Long> LONG =
      scalar("an integer", Long::valueOf, ValueCodecs::readLong, JsonGenerator::writeNumber);

  public static final Scalar<Integer> INTEGER =
      scalar("an integer", Integer::valueOf, ValueCodecs::readInt, JsonGenerator::writeNumber);

  public static final Scalar<Short> SHORT =
      scalar("an integer", Short::valueOf, ValueCodecs::readShort, JsonGenerator::writeNumber);

  public static final Scalar<Byte> BYTE =
      scalar("an integer", Byte::valueOf, ValueCodecs::readByte, JsonGenerator::writeNumber);

  public static final Scalar<Double> DOUBLE =
      scalar("a number", Double::valueOf, ValueCodecs::readDouble, JsonGenerator::writeNumber);

  public static final Scalar<Float> FLOAT =
      scalar("a number", Float::valueOf, ValueCodecs::readFloat, JsonGenerator::writeNumber);

  public static final Scalar<BigInteger> BIG_INTEGER =
      scalar(
          "an integer",
          BigInteger::new,
          in -> {
            requireInteger(in);
            return in.getBigIntegerValue();
          },
          JsonGenerator::writeNumber);

  public static final Scalar<BigDecimal> BIG_DECIMAL =
      scalar(
          "a number",
          BigDecimal::new,
          in -> {
            if (!in.currentToken().isNumeric()) {
              throw JsonReading.mismatch(in, "a number");
            }
            return in.getDecimalValue();
          },
          JsonGenerator::writeNumber);

  public static final Scalar<UUID> UUID = text("a UUID string", java.util.UUID::fromString);

  public static final Scalar<Instant> INSTANT =
      text("an ISO-8601 instant such as \"2026-11-01T09:00:00Z\"", Instant::parse);
  public static final Scalar<LocalDate> LOCAL_DATE =
      text("an ISO-8601 date such as \"2026-11-01\"", LocalDate::parse);
  public static final Scalar<LocalDateTime> LOCAL_DATE_TIME =
      text("an ISO-8601 date-time such as \"2026-11-01T09:00:00\"", LocalDateTime::parse);
  public static final Scalar<LocalTime> LOCAL_TIME =
      text("an ISO-8601 time such as \"09:00:00\"", LocalTime::parse);
  public static final Scalar<OffsetDateTime> OFFSET_DATE_TIME =
      text(
          "an ISO-8601 date-time with offset such as \"2026-11-01T09:00:00+01:00\"",
          OffsetDateTime::parse);
  public static final Scalar<OffsetTime> OFFSET_TIME =
      text("an ISO-8601 time with offset such as \"09:00:00+01:00\"", OffsetTime::parse);
  public static final Scalar<ZonedDateTime> ZONED_DATE_TIME =
      text(
          "an ISO-8601 date-time with zone such as \"2026-11-01T09:00:00+01:00[Europe/Paris]\"",
          ZonedDateTime::parse);
  public static final Scalar<Duration> DURATION =
      text("an ISO-8601 duration such as \"PT1H30M\"", Duration::parse);
  public static final Scalar<Period> PERIOD =
      text("an ISO-8601 period such as \"P1Y2M3D\"", Period::parse);
  public static final Scalar<Year> YEAR = text("a year such as \"2026\"", Year::parse);
  public static final Scalar<YearMonth> YEAR_MONTH =
      text("a year and month such as \"2026-11\"", YearMonth::parse);
  public static final Scalar<MonthDay> MONTH_DAY =
      text("a month and day such as \"--11-01\"", MonthDay::parse);
  public static final Scalar<ZoneId> ZONE_ID =
      text("a time-zone id such as \"Europe/Paris\"", ZoneId::of);
  public static final Scalar<ZoneOffset> ZONE_OFFSET =
      text("a zone offset such as \"+01:00\"", ZoneOffset::of);

  /** {@code byte[]}: a Base64 string (standard alphabet, padded), as Jackson writes it. */
  public static final ValueCodec<byte[]> BYTES =
      new ValueCodec<>("a Base64 string") {
        @Override
        protected byte[] readValue(JsonParser in, JsonReading context) throws IOException {
          if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonReading.mismatch(in, expected());
          }
          try {
            return Base64.getDecoder().decode(in.getText());
          } catch (IllegalArgumentException e) {
            throw JsonReading.mismatch(in, expected());
          }
        }

        @Override
        protected void writeValue(JsonGenerator out, byte[] value, JsonWriting context)
            throws IOException {
          out.writeBinary(value);
        }
      };

  /** An enum by constant name; {@code constants} are its {@code values()}. */
  public static <E extends Enum<E>> Scalar<E> enumOf(E[] constants) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    String names = Arrays.toString(constants);
    return new Text<>(
        "one of " + names,
        name -> {
          E constant = byName.get(name);
          if (constant == null) {
            throw new IllegalArgumentException(name);
          }
          return constant;
        },
        Enum::name);
  }

  /** A collection made by {@code factory} (such as {@code ArrayList::new}): a JSON array. */
  public static <E, C extends Collection<E>> ValueCodec<C> collection(
      Supplier<C> factory, ValueCodec<E> element) {
    return new ValueCodec<>("an array of " + plural(element.expected())) {
      @Override
      protected C readValue(JsonParser in, JsonReading context) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
          throw JsonReading.mismatch(in, expected());
        }
        C values = factory.get();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          values.add(element.read(in, context));
        }
        return values;
      }

      @Override
      protected void writeValue(JsonGenerator out, C value, JsonWriting context)
          throws IOException {
        out.writeStartArray();
        for (E e : value) {
          element.write(out, e, context);
        }
        out.writeEndArray();
      }
    };
  }

  /** A map made by {@code factory} (such as {@code LinkedHashMap::new}): a JSON object. */
  public static <K, V, M extends Map<K, V>> ValueCodec<M> map(
      Supplier<M> factory, KeyCodec<K> key, ValueCodec<V> value) {
    return new ValueCodec<>("an object whose keys are " + plural(key.expected())) {
      @Override
      protected M readValue(JsonParser in, JsonReading context) throws IOException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
          throw JsonReading.mismatch(in, expected());
        }
        M values = factory.get();
        for (String name = in.nextFieldName(); name != null; name = in.nextFieldName()) {
          K k;
          try {
            k = key.parse(name);
          } catch (IllegalArgumentException | DateTimeException e) {
            throw JsonReading.mismatch(in, "a key that is " + key.expected());
          }
          in.nextToken();
          values.put(k, value.read(in, context));
        }
        return values;
      }

      @Override
      protected void writeValue(JsonGenerator out, M map, JsonWriting context)
          throws IOException {
        out.writeStartObject();
        for (Map.Entry<K, V> entry : map.entrySet()) {
          out.writeFieldName(key.format(entry.getKey()));
          value.write(out, entry.getValue(), context);
        }
        out.writeEndObject();
      }
    };
  }

  /**
   * A type Relata does not write itself (a user's value object): read and written by the store's
   * {@code ObjectMapper} (or, through {@code RelataModule}, the mapper at work), as {@code type}.
   */
  public static <V> ValueCodec<V> other(TypeReference<V> type) {
    return new ValueCodec<>("a value of " + type.getType().getTypeName()) {
      @Override
      protected V readValue(JsonParser in, JsonReading context) throws IOException {
        return context.readOther(in, type);
      }

      @Override
      protected void writeValue(JsonGenerator out, V value, JsonWriting context)
          throws IOException {
        context.writeOther(out, value, type);
      }
    };
  }

  private static String plural(String expected) {
    return expected.startsWith("an ") ? expected.substring(3) + "s" : expected;
  }

  // ---- Primitive fields: no boxing ----

  /** A {@code long}: a JSON integer in range. */
  public static long readLong(JsonParser in) throws IOException {
    requireInteger(in);
    return in.getLongValue();
  }

  /** An {@code int}: a JSON integer in range. */
  public static int readInt(JsonParser in) throws IOException {
    requireInteger(in);
    return in.getIntValue();
  }

  /** A {@code short}: a JSON integer in range. */
  public static short readShort(JsonParser in) throws IOException {
    int value = readInt(in);
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw outOfRange(in, Short.TYPE);
    }
    return (short) value;
  }

  /** A {@code byte}: a JSON integer in range. */
  public static byte readByte(JsonParser in) throws IOException {
    int value = readInt(in);
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw outOfRange(in, Byte.TYPE);
    }
    return (byte) value;
  }

  /** A {@code double}: a JSON number, or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public static double readDouble(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getDoubleValue();
    }
    return nonFinite(in);
  }

  /** A {@code float}: as {@link #readDouble}, parsed as a float (so that it reads back exactly). */
  public static float readFloat(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return Float.parseFloat(in.getText());
    }
    return (float) nonFinite(in);
  }

  /** For generated code: whether the current token is JSON {@code null}. */
  public static boolean isNull(JsonParser in) {
    return in.currentToken() == JsonToken.VALUE_NULL;
  }

  /** A {@code String}: a JSON string (the current token is not {@code null}). */
  public static String readString(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonReading.mismatch(in, STRING.expected());
    }
    return in.getText();
  }

  /** A {@code boolean}: JSON {@code true} or {@code false}. */
  public static boolean readBoolean(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw JsonReading.mismatch(in, "true or false");
  }

  /** A {@code char}: a string of one character. */
  public static char readChar(JsonParser in, JsonReading context) throws IOException {
    return CHARACTER.readNonNull(in, context);
  }

  private static void requireInteger(JsonParser in) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw JsonReading.mismatch(in, "an integer");
    }
  }

  private static double nonFinite(JsonParser in) throws IOException {
    if (in.currentToken() == JsonToken.VALUE_STRING) {
      switch (in.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw JsonReading.mismatch(in, "a number");
  }

  private static InputCoercionException outOfRange(JsonParser in, Class<?> type)
      throws IOException {
    return new InputCoercionException(
        in,
        "Numeric value (" + in.getText() + ") out of range of " + type.getName(),
        JsonToken.VALUE_NUMBER_INT,
        type);
  }

  private static Boolean parseBoolean(String text) {
    if (text.equals("true")) {
      return Boolean.TRUE;
    }
    if (text.equals("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean: " + text);
  }
}
