package dev.relata;

/**
 * An {@code insert} (or a resolver's {@code create}) met a key that the table already holds, or a
 * key given twice in the same insert. Nothing was written.
 */
public class DuplicateKeyException extends RelataException {
  private static final long serialVersionUID = 1L;

  /** The entity name of the table. */
  private final String entity;

  private final transient Object key;

  /** An exception for {@code key} in the table of {@code entity}. */
  public DuplicateKeyException(String entity, Object key) {
    super(entity + " already has a row with key " + key + "; use save to replace it");
    this.entity = entity;
    this.key = key;
  }

  /** The entity name of the table, such as {@code "posts"}. */
  public String entity() {
    return entity;
  }

  /** The key that exists already. */
  public Object key() {
    return key;
  }
}
