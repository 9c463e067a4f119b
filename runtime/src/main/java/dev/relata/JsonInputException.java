package dev.relata;

import java.nio.file.Path;

/**
 * JSON input that Relata refused: malformed JSON, an unknown entity or field, a value or a key of
 * the wrong type, a number out of range, a file that cannot be read. Its {@link #place()} says
 * where it failed (the entity, the key of the row, the field, the line and the column, the JSON
 * pointer of the value, the file), its message says what and where, and it keeps Jackson's
 * exception (or the I/O exception) as its cause. The write that met it changed nothing: the store
 * is as it was.
 */
public class JsonInputException extends RelataException {
  private static final long serialVersionUID = 1L;

  private final transient Place place;

  /**
   * Where input was refused; any part may be unknown: {@code null}, or {@code -1} for the line and
   * the column (a file that cannot be opened).
   *
   * @param entity the entity name being read, such as {@code "posts"}
   * @param key the key of the row being read, as written in the input
   * @param field the field being read, as named in the input
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON pointer of the value, such as {@code /posts/3/views}
   * @param file the file read; null for a string or a reader
   */
  public record Place(
      String entity, String key, String field, int line, int column, String pointer, Path file) {

    /** The place as people read it: {@code posts key 3, field "views"}, or "" if no entity. */
    String row() {
      if (entity == null) {
        return "";
      }
      return entity
          + (key == null ? "" : " key " + key)
          + (field == null ? "" : ", field \"" + field + "\"");
    }

    /** The position: {@code line 4, column 12, at /posts/3/views}, with the file if any. */
    String position() {
      StringBuilder s = new StringBuilder();
      if (file != null) {
        s.append(file);
      }
      if (line > 0) {
        s.append(s.isEmpty() ? "" : ", ").append("line ").append(line);
        s.append(", column ").append(column);
      }
      if (pointer != null && !pointer.isEmpty()) {
        s.append(s.isEmpty() ? "" : ", ").append("at ").append(pointer);
      }
      return s.isEmpty() ? "at the start" : s.toString();
    }
  }

  /**
   * An exception for input refused at {@code place}.
   *
   * @param problem what is wrong, without the place, such as {@code "expected an integer, found a
   *     string"}
   * @param place where
   * @param cause Jackson's exception, or the I/O exception
   */
  public JsonInputException(String problem, Place place, Throwable cause) {
    super(
        "cannot read JSON"
            + (place.row().isEmpty() ? "" : ": " + place.row())
            + ": "
            + problem
            + " ("
            + place.position()
            + "); nothing was written",
        cause);
    this.place = place;
  }

  /** Where the input was refused. */
  public Place place() {
    return place;
  }
}
