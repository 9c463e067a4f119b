package dev.relata.examples.pinia;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the values the comparison builds ({@code Map}, {@code List}, strings, numbers, booleans,
 * {@code UUID}s and {@code Instant}s as strings, {@code null}) as JSON. The project has no JSON
 * library outside the runtime yet, and these files need nothing more.
 */
final class ComparisonJson {
  private ComparisonJson() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String || value instanceof UUID || value instanceof Instant) {
      string(value.toString(), out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      if (map.values().stream().allMatch(ComparisonJson::isFlat)) {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(separator);
          string(entry.getKey().toString(), out);
          out.append(": ");
          write(entry.getValue(), out, indent);
          separator = ", ";
        }
        out.append('}');
        return;
      }
      String inner = indent + "  ";
      out.append("{");
      String separator = "\n";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append(inner);
        string(entry.getKey().toString(), out);
        out.append(": ");
        write(entry.getValue(), out, inner);
        separator = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (isFlat(list)) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(list.get(i), out, indent);
        }
        out.append(']');
        return;
      }
      String inner = indent + "  ";
      out.append('[');
      String separator = "\n";
      for (Object element : list) {
        out.append(separator).append(inner);
        write(element, out, inner);
        separator = ",\n";
      }
      out.append('\n').append(indent).append(']');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  /** A scalar, or a list of scalars: written on one line. */
  private static boolean isFlat(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(ComparisonJson::isScalar);
    }
    return isScalar(value);
  }

  private static boolean isScalar(Object value) {
    return !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
