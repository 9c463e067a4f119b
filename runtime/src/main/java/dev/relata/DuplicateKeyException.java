package dev.relata;

/**
 * An {@code insert} (or a resolver's {@code create}) met a key that the table already holds, or a
 * key given twice in the same insert; or a write would have left two rows with one value of an
 * {@code @Index(unique = true)} field. Nothing was written.
 */
public class DuplicateKeyException extends RelataException {
  private static final long serialVersionUID = 1L;

  /** The entity name of the table. */
  private final String entity;

  /** The unique field whose value clashed, or null when the key clashed. */
  private final String field;

  /** Not serialized: a key or value need not be serializable. */
  private final transient Object key;

  /** An exception for {@code key} in the table of {@code entity}. */
  public DuplicateKeyException(String entity, Object key) {
    super(entity + " already has a row with key " + key + "; use save to replace it");
    this.entity = entity;
    this.field = null;
    this.key = key;
  }

  /**
   * An exception for {@code value} of the unique field {@code field} in the table of {@code
   * entity}.
   */
  public DuplicateKeyException(String entity, String field, Object value) {
    super(
        entity
            + " already has a row with "
            + field
            + " "
            + (value instanceof String ? "'" + value + "'" : value)
            + " (@Index(unique = true) on "
            + field
            + "); nothing was written");
    this.entity = entity;
    this.field = field;
    this.key = value;
  }

  /** The entity name of the table, such as {@code "posts"}. */
  public String entity() {
    return entity;
  }

  /** The key that exists already, or the value of the unique {@link #field()}. */
  public Object key() {
    return key;
  }

  /** The unique field whose value exists already, or {@code null} where the key does. */
  public String field() {
    return field;
  }
}
