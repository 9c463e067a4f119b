package dev.relata;

import java.nio.file.Path;

/**
 * JSON input that Relata refused: malformed JSON, an unknown entity or field, a value or a key of
 * the wrong type, a number out of range, a file that cannot be read. It names where it failed (the
 * entity, the key of the row, the field, the line and the column, the JSON pointer of the value,
 * and the file), and keeps Jackson's exception (or the I/O exception) as its cause. The write that
 * met it changed nothing: the store is as it was.
 */
public class JsonInputException extends RelataException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String key;
  private final String field;
  private final int line;
  private final int column;
  private final String pointer;
  private final transient Path file;

  /**
   * An exception for input refused at the given place; any part of the place may be unknown.
   *
   * @param problem what is wrong, without the place, such as {@code "expected an integer, found a
   *     string"}
   * @param entity the entity name being read, or null
   * @param key the key of the row being read, as written in the input, or null
   * @param field the field being read, as named in the input, or null
   * @param line the line, from 1, or -1
   * @param column the column, from 1, or -1
   * @param pointer the JSON pointer of the value, such as {@code /posts/3/views}, or null
   * @param file the file read, or null
   * @param cause Jackson's exception, or the I/O exception
   */
  public JsonInputException(
      String problem,
      String entity,
      String key,
      String field,
      int line,
      int column,
      String pointer,
      Path file,
      Throwable cause) {
    super(describe(problem, entity, key, field, line, column, pointer, file), cause);
    this.entity = entity;
    this.key = key;
    this.field = field;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.file = file;
  }

  private static String describe(
      String problem,
      String entity,
      String key,
      String field,
      int line,
      int column,
      String pointer,
      Path file) {
    StringBuilder s = new StringBuilder("cannot read JSON");
    if (entity != null) {
      s.append(": ").append(entity);
      if (key != null) {
        s.append(" key ").append(key);
      }
      if (field != null) {
        s.append(", field \"").append(field).append('"');
      }
    }
    s.append(": ").append(problem).append(" (");
    String separator = "";
    if (file != null) {
      s.append(file);
      separator = ", ";
    }
    if (line > 0) {
      s.append(separator).append("line ").append(line).append(", column ").append(column);
      separator = ", ";
    }
    if (pointer != null && !pointer.isEmpty()) {
      s.append(separator).append("at ").append(pointer);
      separator = ", ";
    }
    if (separator.isEmpty()) {
      s.append("at the start");
    }
    return s.append("); nothing was written").toString();
  }

  /** The entity name being read, such as {@code "posts"}, or null if no entity was reached. */
  public String entity() {
    return entity;
  }

  /** The key of the row being read, as written in the input, or null where it was not known. */
  public String key() {
    return key;
  }

  /** The field being read, as named in the input, or null. */
  public String field() {
    return field;
  }

  /** The line where reading failed, from 1; -1 if unknown (a file that cannot be opened). */
  public int line() {
    return line;
  }

  /** The column where reading failed, from 1; -1 if unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the value being read, such as {@code /posts/3/views}, or null. */
  public String pointer() {
    return pointer;
  }

  /** The file being read, or null for a string or a reader. */
  public Path file() {
    return file;
  }
}
