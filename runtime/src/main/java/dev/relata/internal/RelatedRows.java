package dev.relata.internal;

import java.util.Collection;
import java.util.List;

/**
 * The related rows of one parent, as resolvers read, write and destroy them: every relation's
 * reads, and the writes of the relations whose foreign key sits on the related rows ({@link
 * ChildRelation}). The parent is the stored row of the key the resolver is bound to ({@link
 * BoundParent}): reads through a parent that has none find nothing, writes through it are refused.
 * Every method takes the database's lock itself: reads share it, writes are atomic.
 */
public final class RelatedRows {
  private RelatedRows() {}

  /** The rows related to {@code parent} that {@code spec} selects, as fresh copies. */
  @SuppressWarnings("unchecked")
  public static <P, C> List<C> list(
      Database database, Relation<P, C> relation, BoundParent<P> parent, QuerySpec<C> spec) {
    return database.read(
        () -> {
          P row = parent.row(database.tables);
          if (row == null) {
            return List.of();
          }
          int[] related = relation.bind(database.tables).related(row);
          return (List<C>) Plan.bind(database.tables, spec).run(related);
        });
  }

  /** The number of rows related to {@code parent} that {@code spec} selects. */
  public static <P> long count(
      Database database, Relation<P, ?> relation, BoundParent<P> parent, QuerySpec<?> spec) {
    return database.read(
        () -> {
          P row = parent.row(database.tables);
          if (row == null) {
            return 0L;
          }
          int[] related = relation.bind(database.tables).related(row);
          return (long) Plan.bind(database.tables, spec).count(related);
        });
  }

  /**
   * The value of the key that children of {@code relation} hold, for {@code build}: the parent's
   * bound key where that is the key they match; else the stored row's, or where it has none, {@code
   * given}, the value the object the resolver was made for held. An {@link
   * IllegalArgumentException} if there is no value.
   */
  public static <P> Object keyForChildren(
      Database database, ChildRelation<P, ?> relation, BoundParent<P> parent, Object given) {
    String what = "build " + relation;
    if (relation.localKey() == relation.owner().key()) {
      if (relation.owner().unassigned(parent.key())) {
        throw parent.notStored(what);
      }
      return parent.key();
    }
    Object stored =
        database.read(
            () -> {
              P row = parent.row(database.tables);
              return row == null ? null : relation.localKey().get(row);
            });
    Object key = stored != null ? stored : given;
    if (key == null) {
      throw parent.noValue(what, relation.localKey());
    }
    return key;
  }

  /**
   * The value of the local key of {@code parent} (an object a resolver is made for) where it is not
   * the primary key, or null: what {@link #keyForChildren} falls back on.
   */
  public static <P> Object givenLocalKey(
      Database database, ChildRelation<P, ?> relation, P parent) {
    Column<P> localKey = relation.localKey();
    return localKey == relation.owner().key()
        ? null
        : database.readColumn(relation.owner(), localKey, parent);
  }

  /**
   * Saves (upserts) {@code children} as related rows of {@code parent}, atomically: each gets the
   * parent's key in its foreign key (over any parent it carries), along with everything it carries.
   */
  public static <P, C> List<C> save(
      Database database,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children) {
    return write(database, relation, parent, children, SaveOperation.Mode.UPSERT);
  }

  /**
   * Inserts {@code children} as {@link #save} saves them; a key the table holds already is a {@link
   * dev.relata.DuplicateKeyException} and nothing is written.
   */
  public static <P, C> List<C> create(
      Database database,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children) {
    return write(database, relation, parent, children, SaveOperation.Mode.INSERT);
  }

  private static <P, C> List<C> write(
      Database database,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children,
      SaveOperation.Mode mode) {
    // "create", as the resolver method is named, where a repository would say "insert".
    String what = (mode == SaveOperation.Mode.INSERT ? "create " : "save ") + relation;
    return database.write(
        what,
        tx -> {
          Object key = localKey(database.tables, relation, parent, what);
          return SaveOperation.run(
              database.tables,
              tx,
              relation.target(),
              children,
              mode,
              new SaveOperation.Parent(relation, key, parent.key()));
        });
  }

  /** The stored parent's value of the key its children match; refuses {@code what} without one. */
  private static <P> Object localKey(
      Tables tables, ChildRelation<P, ?> relation, BoundParent<P> parent, String what) {
    Object key = relation.localKey().get(parent.require(tables, what));
    if (key == null) {
      throw parent.noValue(what, relation.localKey());
    }
    return key;
  }

  /** A fresh copy of the related row of {@code parent} with key {@code key}, or null. */
  public static <P, C> C find(
      Database database, ChildRelation<P, C> relation, BoundParent<P> parent, Object key) {
    return database.read(
        () -> {
          P row = parent.row(database.tables);
          if (row == null) {
            return null;
          }
          Table<C> table = database.tables.of(relation.target());
          int slot = relatedSlot(relation, relation.localKey().get(row), table, key);
          return slot < 0 ? null : relation.target().copy(table.row(slot));
        });
  }

  /**
   * Deletes the related row of {@code parent} with key {@code key}, applying {@code onDelete},
   * atomically; false if there is no such row or it belongs to another parent.
   */
  public static <P, C> boolean destroy(
      Database database, ChildRelation<P, C> relation, BoundParent<P> parent, Object key) {
    String what = "destroy " + relation + " " + key;
    return database.write(
        what,
        tx -> {
          Object parentKey = relation.localKey().get(parent.require(database.tables, what));
          Table<C> table = database.tables.of(relation.target());
          int slot = relatedSlot(relation, parentKey, table, key);
          return slot >= 0 && DeleteOperation.runOne(database.tables, tx, table, slot);
        });
  }

  /** The slot of the row with key {@code key} if its foreign key is {@code parentKey}, else -1. */
  private static <C> int relatedSlot(
      ChildRelation<?, C> relation, Object parentKey, Table<C> table, Object key) {
    int slot = table.slotOf(key);
    if (slot < 0 || parentKey == null) {
      return -1;
    }
    return parentKey.equals(relation.foreignKey().get(table.row(slot))) ? slot : -1;
  }

  /**
   * Deletes every row related to {@code parent}, applying {@code onDelete}, atomically; returns how
   * many.
   */
  public static <P> long destroyAll(
      Database database, Relation<P, ?> relation, BoundParent<P> parent) {
    String what = "destroy " + relation;
    return database.write(
        what,
        tx -> {
          P row = parent.require(database.tables, what);
          Relation.Lookup lookup = relation.bind(database.tables);
          // A copy: the bucket may belong to an index that the delete changes.
          int[] related = lookup.related(row).clone();
          return (long) DeleteOperation.run(database.tables, tx, lookup.table(), related);
        });
  }
}
