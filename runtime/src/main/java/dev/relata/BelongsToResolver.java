package dev.relata;

import dev.relata.internal.Association;
import dev.relata.internal.Backend;
import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.BoundParent;
import dev.relata.internal.QuerySpec;
import java.util.List;
import java.util.Optional;

/**
 * The {@link BelongsTo} relation of one row: {@code comments.post(comment)}. It is bound to that
 * row's key, read when the resolver is made: reads and writes go to the foreign key of the stored
 * row of that key as it is then, not to the object given (which may be a stale copy, or a record).
 * Every write happens at once, atomically. Reads through a row whose key has no stored row find
 * nothing; writes through it, or through a row without a key, are an {@link
 * IllegalArgumentException} and change nothing: save the row first.
 *
 * <p>{@link #find} costs one index lookup. Arguments must not be {@code null} (a {@link
 * NullPointerException} names the argument, and an entity or key of another type, possible through
 * a raw type, an {@link IllegalArgumentException}); a write that fails is a {@link RelataException}
 * and changes nothing.
 *
 * @param <C> the entity that holds the foreign key (the resolver's row)
 * @param <P> the parent entity
 */
public final class BelongsToResolver<C, P> {
  private final Backend backend;
  private final BelongsToRelation<C, P> relation;
  private final BoundParent<C> child;

  /** The object the resolver was made for, which writes hand the new key and parent. */
  private final C instance;

  BelongsToResolver(Backend backend, BelongsToRelation<C, P> relation, C owner) {
    this.backend = backend;
    this.relation = relation;
    this.child = BoundParent.of(backend, relation.owner(), owner);
    this.instance = owner;
  }

  /** A fresh copy of the parent that the foreign key points to; empty if it dangles or is null. */
  public Optional<P> find() {
    List<P> found = backend.related(relation, child, QuerySpec.of(relation.target()).firstOnly());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Makes {@code parent} this row's parent, at once: a parent not stored yet is saved first (with
   * what it carries), then this row's stored foreign key gets the parent's key and nothing else of
   * the stored row changes. The object the resolver was made for gets the key, and the parent in
   * its relation field.
   *
   * @return that object; for a record, a new instance carrying the new key and parent
   */
  public C associate(P parent) {
    Arguments.entity(parent, relation.target(), "parent");
    return Association.associate(backend, relation, child, instance, parent);
  }

  /**
   * Clears this row's stored foreign key, and the key and relation field of the object the resolver
   * was made for. A primitive foreign key cannot be cleared: that is a {@link RelataException} and
   * nothing changes.
   *
   * @return that object; for a record, a new instance
   */
  public C dissociate() {
    return Association.dissociate(backend, relation, child, instance);
  }

  @Override
  public String toString() {
    return relation + " of " + child;
  }
}
