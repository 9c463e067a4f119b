package dev.relata;

import dev.relata.internal.Association;
import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.Database;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.RelatedRows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link BelongsTo} relation of one row: {@code comments.post(comment)}. Every write happens at
 * once, atomically.
 *
 * <p>{@link #find} costs one index lookup. Arguments must not be {@code null} (a {@link
 * NullPointerException} names the argument); a write that fails is a {@link RelataException} and
 * changes nothing.
 *
 * @param <C> the entity that holds the foreign key (the resolver's row)
 * @param <P> the parent entity
 */
public final class BelongsToResolver<C, P> {
  private final Database database;
  private final BelongsToRelation<C, P> relation;
  private final C owner;

  BelongsToResolver(Database database, BelongsToRelation<C, P> relation, C owner) {
    this.database = database;
    this.relation = relation;
    this.owner = owner;
  }

  /** A fresh copy of the parent that the foreign key points to; empty if it dangles or is null. */
  public Optional<P> find() {
    List<P> found =
        RelatedRows.list(database, relation, owner, QuerySpec.of(relation.target()).firstOnly());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Makes {@code parent} this row's parent, at once: a parent not stored yet is saved first (with
   * what it carries), then this row's stored foreign key gets the parent's key and nothing else of
   * the stored row changes (the instance the resolver was made for may be stale). A row not stored
   * yet is saved whole. The instance gets the key and the parent in its relation field.
   *
   * @return the row; for a record, a new instance carrying the new key and parent
   */
  public C associate(P parent) {
    Objects.requireNonNull(parent, "parent must not be null");
    return Association.associate(database, relation, owner, parent);
  }

  /**
   * Clears this row's stored foreign key (a row not stored yet is saved without one), and the
   * instance's key and relation field. A primitive foreign key cannot be cleared: that is a {@link
   * RelataException} and nothing changes.
   *
   * @return the row; for a record, a new instance
   */
  public C dissociate() {
    return Association.dissociate(database, relation, owner);
  }

  @Override
  public String toString() {
    return relation + " of " + owner;
  }
}
