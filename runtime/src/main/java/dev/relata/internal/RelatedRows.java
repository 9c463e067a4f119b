package dev.relata.internal;

import java.util.Collection;
import java.util.List;

/**
 * The related rows of one parent, as resolvers read, write and destroy them, on any backend: the
 * reads that are not one query (a row by key, the key children hold), and the writes of the
 * relations whose foreign key sits on the related rows ({@link ChildRelation}). The parent is the
 * stored row of the key the resolver is bound to ({@link BoundParent}): reads through a parent
 * that has none find nothing, writes through it are refused. Reads see one state of the store;
 * writes are atomic.
 */
public final class RelatedRows {
  private RelatedRows() {}

  /**
   * The value of the key that children of {@code relation} hold, for {@code build}: the parent's
   * bound key where that is the key they match; else the stored row's, or where it has none, {@code
   * given}, the value the object the resolver was made for held. An {@link
   * IllegalArgumentException} if there is no value.
   */
  public static <P> Object keyForChildren(
      Backend backend, ChildRelation<P, ?> relation, BoundParent<P> parent, Object given) {
    String what = "build " + relation;
    if (relation.localKey() == relation.owner().key()) {
      if (!parent.assigned()) {
        throw parent.notStored(what);
      }
      return parent.key();
    }
    P row = parent.assigned() ? backend.find(relation.owner(), parent.key()) : null;
    Object stored = row == null ? null : relation.localKey().get(row);
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
  public static <P> Object givenLocalKey(Backend backend, ChildRelation<P, ?> relation, P parent) {
    Column<P> localKey = relation.localKey();
    return localKey == relation.owner().key()
        ? null
        : backend.readColumn(relation.owner(), localKey, parent);
  }

  /**
   * Saves (upserts) {@code children} as related rows of {@code parent}, atomically: each gets the
   * parent's key in its foreign key (over any parent it carries), along with everything it carries.
   */
  public static <P, C> List<C> save(
      Backend backend,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children) {
    return write(backend, relation, parent, children, SaveOperation.Mode.UPSERT);
  }

  /**
   * Inserts {@code children} as {@link #save} saves them; a key the table holds already is a {@link
   * dev.relata.DuplicateKeyException} and nothing is written.
   */
  public static <P, C> List<C> create(
      Backend backend,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children) {
    return write(backend, relation, parent, children, SaveOperation.Mode.INSERT);
  }

  private static <P, C> List<C> write(
      Backend backend,
      ChildRelation<P, C> relation,
      BoundParent<P> parent,
      Collection<? extends C> children,
      SaveOperation.Mode mode) {
    // "create", as the resolver method is named, where a repository would say "insert".
    String what = (mode == SaveOperation.Mode.INSERT ? "create " : "save ") + relation;
    return backend.atomically(
        what,
        rows -> {
          Object key = localKey(rows, relation, parent, what);
          return SaveOperation.run(
              rows,
              relation.target(),
              children,
              mode,
              new SaveOperation.Parent(relation, key, parent.key()));
        });
  }

  /** The stored parent's value of the key its children match; refuses {@code what} without one. */
  private static <P> Object localKey(
      Rows rows, ChildRelation<P, ?> relation, BoundParent<P> parent, String what) {
    Object key = relation.localKey().get(parent.require(rows, what));
    if (key == null) {
      throw parent.noValue(what, relation.localKey());
    }
    return key;
  }

  /** A fresh copy of the related row of {@code parent} with key {@code key}, or null. */
  public static <P, C> C find(
      Backend backend, ChildRelation<P, C> relation, BoundParent<P> parent, Object key) {
    if (!parent.assigned()) {
      return null;
    }
    return backend.read(
        () -> {
          C child = backend.find(relation.target(), key);
          if (child == null) {
            return null;
          }
          P row = backend.find(relation.owner(), parent.key());
          return row != null && related(relation, row, child) ? child : null;
        });
  }

  /** Whether {@code child} holds the key of {@code parent} that {@code relation} matches on. */
  private static <P, C> boolean related(ChildRelation<P, C> relation, P parent, C child) {
    Object parentKey = relation.localKey().get(parent);
    return parentKey != null && parentKey.equals(relation.foreignKey().get(child));
  }

  /**
   * Deletes the related row of {@code parent} with key {@code key}, applying {@code onDelete},
   * atomically; false if there is no such row or it belongs to another parent.
   */
  public static <P, C> boolean destroy(
      Backend backend, ChildRelation<P, C> relation, BoundParent<P> parent, Object key) {
    String what = "destroy " + relation + " " + key;
    return backend.atomically(
        what,
        rows -> {
          P row = parent.require(rows, what);
          C child = rows.row(relation.target(), key);
          return child != null
              && related(relation, row, child)
              && DeleteOperation.run(rows, relation.target(), List.of(child)) > 0;
        });
  }

  /**
   * Deletes every row related to {@code parent}, applying {@code onDelete}, atomically; returns how
   * many.
   */
  public static <P, C> long destroyAll(
      Backend backend, Relation<P, C> relation, BoundParent<P> parent) {
    String what = "destroy " + relation;
    return backend.atomically(
        what,
        rows -> {
          P row = parent.require(rows, what);
          List<C> related = rows.related(relation, List.of(row)).get(0);
          return DeleteOperation.run(rows, relation.target(), related);
        });
  }
}
