package dev.relata;

import dev.relata.internal.Backend;
import dev.relata.internal.BoundParent;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.QuerySpec;
import java.util.List;

/**
 * The {@link HasManyThrough} relation of one row: {@code countries.posts(country)}. Read-only:
 * write the middle and target rows through their own repositories. It is bound to that row's key,
 * read when the resolver is made: reads go to the stored row of that key as it is then, and find
 * nothing where there is none.
 *
 * <p>Reads cost one index lookup for the middle rows, then one per middle row, and one visit per
 * related row.
 *
 * @param <C> the related entity
 */
public final class HasManyThroughResolver<C> {
  private final Backend backend;
  private final HasManyThroughRelation<Object, ?, C> relation;
  private final BoundParent<Object> parent;

  @SuppressWarnings("unchecked")
  <P> HasManyThroughResolver(Backend backend, HasManyThroughRelation<P, ?, C> relation, P owner) {
    this.backend = backend;
    this.relation = (HasManyThroughRelation<Object, ?, C>) relation;
    this.parent = (BoundParent<Object>) BoundParent.of(backend, relation.owner(), owner);
  }

  /**
   * Fresh copies of the related rows, grouped by middle row (middle rows in insertion order),
   * target rows in insertion order within each.
   */
  public List<C> find() {
    return backend.related(relation, parent, QuerySpec.of(relation.target()));
  }

  /** The number of rows {@link #find} returns. */
  public long count() {
    return backend.countRelated(relation, parent, QuerySpec.of(relation.target()));
  }

  @Override
  public String toString() {
    return relation + " of " + parent;
  }
}
