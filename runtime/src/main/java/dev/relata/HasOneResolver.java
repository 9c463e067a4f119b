package dev.relata;

import dev.relata.internal.Backend;
import dev.relata.internal.BoundParent;
import dev.relata.internal.HasOneRelation;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.RelatedRows;
import java.util.List;
import java.util.Optional;

/**
 * The {@link HasOne} relation of one row: {@code users.phone(user)}. It is bound to that row's key,
 * read when the resolver is made: every read and write goes to the stored row of that key as it is
 * then. Every write happens at once, atomically. Reads through a row whose key has no stored row
 * find nothing; writes through it, or through a row without a key, are an {@link
 * IllegalArgumentException} and change nothing: save the parent first.
 *
 * <p>Reads cost one index lookup and one visit per related row. Arguments must not be {@code null}
 * (a {@link NullPointerException} names the argument, and an entity or key of another type,
 * possible through a raw type, an {@link IllegalArgumentException}); a write that fails is a {@link
 * RelataException} and changes nothing.
 *
 * @param <C> the related entity
 */
public final class HasOneResolver<C> {
  private final Backend backend;
  private final HasOneRelation<Object, C> relation;
  private final BoundParent<Object> parent;

  @SuppressWarnings("unchecked")
  <P> HasOneResolver(Backend backend, HasOneRelation<P, C> relation, P owner) {
    this.backend = backend;
    this.relation = (HasOneRelation<Object, C>) relation;
    this.parent = (BoundParent<Object>) BoundParent.of(backend, relation.owner(), owner);
  }

  /** A fresh copy of the related row (the first inserted, if several match). */
  public Optional<C> find() {
    List<C> found = backend.related(relation, parent, QuerySpec.of(relation.target()).firstOnly());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Inserts {@code child} with this row's key in its foreign key; a key that exists is a {@link
   * DuplicateKeyException}. The row the relation held before is released as its {@code onDelete}
   * says: {@code CASCADE} deletes it, {@code SET_NULL} and {@code NOTHING} clear its foreign key (a
   * primitive one cannot be cleared: a {@link RelataException}), {@code RESTRICT} refuses with a
   * {@link DeleteRestrictedException}; a refusal changes nothing.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C create(C child) {
    Arguments.entity(child, relation.target(), "child");
    return RelatedRows.create(backend, relation, parent, List.of(child)).get(0);
  }

  /**
   * Saves (inserts or replaces) {@code child} with this row's key in its foreign key, releasing the
   * row the relation held before as {@link #create} does, unless {@code child} is that row.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C save(C child) {
    Arguments.entity(child, relation.target(), "child");
    return RelatedRows.save(backend, relation, parent, List.of(child)).get(0);
  }

  /**
   * Deletes the related row (every matching row, so that {@link #find} is empty afterwards),
   * applying its {@code onDelete} rules.
   *
   * @return whether there was one
   */
  public boolean destroy() {
    return RelatedRows.destroyAll(backend, relation, parent) > 0;
  }

  @Override
  public String toString() {
    return relation + " of " + parent;
  }
}
