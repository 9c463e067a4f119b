package dev.relata;

import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.Database;
import dev.relata.internal.EntityType;
import dev.relata.internal.QuerySpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link BelongsTo} relation of one row: {@code comments.post(comment)}. Every write happens at
 * once, atomically.
 *
 * @param <C> the entity that holds the foreign key (the resolver's row)
 * @param <P> the parent entity
 */
public final class BelongsToResolver<C, P> {
  private final Database database;
  private final EntityType<C, ?> type;
  private final BelongsToRelation<C, P> relation;
  private final C owner;

  BelongsToResolver(
      Database database, EntityType<C, ?> type, BelongsToRelation<C, P> relation, C owner) {
    this.database = database;
    this.type = type;
    this.relation = relation;
    this.owner = owner;
  }

  /** A fresh copy of the parent that the foreign key points to; empty if it dangles or is null. */
  public Optional<P> find() {
    List<P> found =
        database.listRelated(relation, owner, QuerySpec.of(relation.target()).firstOnly());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Makes {@code parent} this row's parent and saves: as {@link Repository#save} with the relation
   * field set to {@code parent}, so the parent is saved first (getting a key if it has none), its
   * key is written into the foreign key, and the row is saved with what it carries.
   *
   * @return the row; for a record, a new instance carrying the new key and parent
   */
  public C associate(P parent) {
    Objects.requireNonNull(parent, "parent must not be null");
    Object before = relation.valueOf(owner);
    C child = relation.withValue(owner, parent);
    try {
      return database.save(type, List.of(child), false).get(0);
    } catch (RuntimeException | Error e) {
      if (child == owner) {
        relation.withValue(owner, before);
      }
      throw e;
    }
  }

  /**
   * Clears the foreign key and the relation field, and saves the row. A primitive foreign key
   * cannot be cleared: that is a {@link RelataException} and nothing changes.
   *
   * @return the row; for a record, a new instance
   */
  public C dissociate() {
    if (relation.foreignKey().primitive()) {
      throw new RelataException(
          type.name()
              + "."
              + relation.foreignKey().name()
              + " is primitive and cannot be cleared; declare it with a boxed type to dissociate");
    }
    Object beforeValue = relation.valueOf(owner);
    Object beforeKey = relation.foreignKey().get(owner);
    C child = relation.foreignKey().set(relation.withValue(owner, null), null);
    try {
      return database.save(type, List.of(child), false).get(0);
    } catch (RuntimeException | Error e) {
      if (child == owner) {
        relation.foreignKey().set(relation.withValue(owner, beforeValue), beforeKey);
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return relation + " of " + owner;
  }
}
