package dev.relata;

import java.util.List;

/**
 * A delete was refused because a relation declared with {@link OnDelete#RESTRICT} still has related
 * rows that the same delete does not also remove; or a write that would make such a relation let go
 * of its rows was refused (a {@link HasOne} given another row while it holds one). Nothing was
 * written.
 */
public class DeleteRestrictedException extends RelataException {
  private static final long serialVersionUID = 1L;

  /** The entity name of the row that could not be deleted. */
  private final String entity;

  private final transient Object key;

  /** The name of the restricting relation. */
  private final String relation;

  private final transient List<Object> relatedKeys;

  /**
   * An exception for the row {@code key} of {@code entity}, whose relation {@code relation} (a
   * field name) still holds the rows with {@code relatedKeys} of {@code relatedEntity}.
   */
  public DeleteRestrictedException(
      String entity, Object key, String relation, String relatedEntity, List<Object> relatedKeys) {
    super(
        "cannot delete "
            + entity
            + " "
            + key
            + ": its "
            + relation
            + " ("
            + relatedEntity
            + " "
            + describe(relatedKeys)
            + ") are declared onDelete = RESTRICT; delete them first or change onDelete");
    this.entity = entity;
    this.key = key;
    this.relation = relation;
    this.relatedKeys = List.copyOf(relatedKeys);
  }

  /**
   * An exception with its own {@code message}, for a write other than a delete that {@link
   * OnDelete#RESTRICT} refuses: the row {@code key} of {@code entity} would have made its relation
   * {@code relation} (a field name) let go of the related rows with {@code relatedKeys}.
   */
  public DeleteRestrictedException(
      String entity, Object key, String relation, List<Object> relatedKeys, String message) {
    super(message);
    this.entity = entity;
    this.key = key;
    this.relation = relation;
    this.relatedKeys = List.copyOf(relatedKeys);
  }

  private static String describe(List<Object> keys) {
    if (keys.size() <= 10) {
      return keys.toString();
    }
    return keys.subList(0, 10).toString().replace("]", ", ... " + keys.size() + " in all]");
  }

  /** The entity name of the row that could not be deleted (or given another related row). */
  public String entity() {
    return entity;
  }

  /** The key of the row that could not be deleted (or given another related row). */
  public Object key() {
    return key;
  }

  /** The name of the restricting relation (its field name). */
  public String relation() {
    return relation;
  }

  /** The keys of the related rows that remain. */
  public List<Object> relatedKeys() {
    return relatedKeys;
  }
}
