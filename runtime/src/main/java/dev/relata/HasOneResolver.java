package dev.relata;

import dev.relata.internal.Database;
import dev.relata.internal.HasOneRelation;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.RelatedRows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link HasOne} relation of one row: {@code users.phone(user)}. Every write happens at once,
 * atomically.
 *
 * <p>Reads cost one index lookup and one visit per related row. Arguments must not be {@code null}
 * (a {@link NullPointerException} names the argument); a write that fails is a {@link
 * RelataException} and changes nothing.
 *
 * @param <C> the related entity
 */
public final class HasOneResolver<C> {
  private final Database database;
  private final HasOneRelation<Object, C> relation;
  private final Object owner;

  @SuppressWarnings("unchecked")
  <P> HasOneResolver(Database database, HasOneRelation<P, C> relation, P owner) {
    this.database = database;
    this.relation = (HasOneRelation<Object, C>) relation;
    this.owner = owner;
  }

  /** A fresh copy of the related row (the first inserted, if several match). */
  public Optional<C> find() {
    List<C> found =
        RelatedRows.list(database, relation, owner, QuerySpec.of(relation.target()).firstOnly());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Inserts {@code child} with this row's key in its foreign key; a key that exists is a {@link
   * DuplicateKeyException}. A related row that exists already stays.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C create(C child) {
    Objects.requireNonNull(child, "child must not be null");
    return RelatedRows.create(database, relation, owner, List.of(child)).get(0);
  }

  /**
   * Saves (inserts or replaces) {@code child} with this row's key in its foreign key.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C save(C child) {
    Objects.requireNonNull(child, "child must not be null");
    return RelatedRows.save(database, relation, owner, List.of(child)).get(0);
  }

  /**
   * Deletes the related row (every matching row, so that {@link #find} is empty afterwards),
   * applying its {@code onDelete} rules.
   *
   * @return whether there was one
   */
  public boolean destroy() {
    return RelatedRows.destroyAll(database, relation, owner) > 0;
  }

  @Override
  public String toString() {
    return relation + " of " + owner;
  }
}
