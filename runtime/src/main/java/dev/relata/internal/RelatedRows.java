package dev.relata.internal;

import dev.relata.RelataException;
import java.util.Collection;
import java.util.List;

/**
 * The related rows of one owner, as resolvers read, write and destroy them: every relation's reads,
 * and the writes of the relations whose foreign key sits on the related rows ({@link
 * ChildRelation}). "Owner" is the instance the resolver was made for. Every method takes the
 * database's lock itself: reads share it, writes are atomic.
 */
public final class RelatedRows {
  private RelatedRows() {}

  /** The rows related to {@code owner} that {@code spec} selects, as fresh copies. */
  @SuppressWarnings("unchecked")
  public static <P, C> List<C> list(
      Database database, Relation<P, C> relation, P owner, QuerySpec<C> spec) {
    return database.read(
        () -> {
          int[] related = relation.bind(database.tables).related(owner);
          return (List<C>) Plan.bind(database.tables, spec).run(related);
        });
  }

  /** The number of rows related to {@code owner} that {@code spec} selects. */
  public static <P> long count(
      Database database, Relation<P, ?> relation, P owner, QuerySpec<?> spec) {
    return database.read(
        () -> {
          int[] related = relation.bind(database.tables).related(owner);
          return (long) Plan.bind(database.tables, spec).count(related);
        });
  }

  /**
   * The owner's value of the key that children of {@code relation} hold; a {@link RelataException}
   * if it has none, since children written now would belong to no one.
   */
  public static <P> Object parentKey(ChildRelation<P, ?> relation, P owner) {
    Object key = relation.localKey().get(owner);
    if (key == null) {
      throw new RelataException(
          relation.owner().name()
              + " has no "
              + relation.localKey().name()
              + " yet, so its "
              + relation.name()
              + " cannot be written: save it first");
    }
    return key;
  }

  /**
   * Saves (upserts) {@code children} as related rows of {@code owner}, atomically: each gets the
   * owner's key in its foreign key (over any parent it carries), along with everything it carries.
   */
  public static <P, C> List<C> save(
      Database database, ChildRelation<P, C> relation, P owner, Collection<? extends C> children) {
    return write(database, relation, owner, children, SaveOperation.Mode.UPSERT);
  }

  /**
   * Inserts {@code children} as {@link #save} saves them; a key the table holds already is a {@link
   * dev.relata.DuplicateKeyException} and nothing is written.
   */
  public static <P, C> List<C> create(
      Database database, ChildRelation<P, C> relation, P owner, Collection<? extends C> children) {
    return write(database, relation, owner, children, SaveOperation.Mode.INSERT);
  }

  private static <P, C> List<C> write(
      Database database,
      ChildRelation<P, C> relation,
      P owner,
      Collection<? extends C> children,
      SaveOperation.Mode mode) {
    Object key = parentKey(relation, owner);
    // "create", as the resolver method is named, where a repository would say "insert".
    String verb = mode == SaveOperation.Mode.INSERT ? "create " : "save ";
    return database.write(
        verb + relation,
        tx ->
            SaveOperation.run(
                database.tables,
                tx,
                relation.target(),
                children,
                mode,
                row -> row.write(relation.foreignKey(), key)));
  }

  /** A fresh copy of the related row of {@code owner} with key {@code key}, or null. */
  public static <P, C> C find(
      Database database, ChildRelation<P, C> relation, P owner, Object key) {
    return database.read(
        () -> {
          Table<C> table = database.tables.of(relation.target());
          int slot = relatedSlot(relation, owner, table, key);
          return slot < 0 ? null : relation.target().copy(table.row(slot));
        });
  }

  /**
   * Deletes the related row of {@code owner} with key {@code key}, applying {@code onDelete},
   * atomically; false if there is no such row or it belongs to another owner.
   */
  public static <P, C> boolean destroy(
      Database database, ChildRelation<P, C> relation, P owner, Object key) {
    return database.write(
        "destroy " + relation + " " + key,
        tx -> {
          Table<C> table = database.tables.of(relation.target());
          int slot = relatedSlot(relation, owner, table, key);
          return slot >= 0 && DeleteOperation.runOne(database.tables, tx, table, slot);
        });
  }

  /** The slot of the row with key {@code key} if it is related to {@code owner}, else -1. */
  private static <P, C> int relatedSlot(
      ChildRelation<P, C> relation, P owner, Table<C> table, Object key) {
    int slot = table.slotOf(key);
    if (slot < 0) {
      return -1;
    }
    Object parentKey = relation.localKey().get(owner);
    Object childKey = relation.foreignKey().get(table.row(slot));
    return parentKey != null && parentKey.equals(childKey) ? slot : -1;
  }

  /**
   * Deletes every row related to {@code owner}, applying {@code onDelete}, atomically; returns how
   * many.
   */
  public static <P> long destroyAll(Database database, Relation<P, ?> relation, P owner) {
    return database.write(
        "destroy " + relation,
        tx -> {
          Relation.Lookup lookup = relation.bind(database.tables);
          // A copy: the bucket may belong to an index that the delete changes.
          int[] related = lookup.related(owner).clone();
          return (long) DeleteOperation.run(database.tables, tx, lookup.table(), related);
        });
  }
}
