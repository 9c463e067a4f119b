package dev.relata.internal;

import dev.relata.RelataException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a {@link dev.relata.Store} keeps its rows: the seam between what generated code calls
 * (repositories, queries, resolvers, JSON) and the storage, in memory ({@link Database}) or in a
 * SQL database ({@code dev.relata.jdbc.JdbcStore}).
 *
 * <p>Implementation notes. The seam has two sides, and each backend implements both:
 *
 * <ul>
 *   <li>Reads: {@link #find}, {@link #findAll}, {@link #size}, {@link #list}, {@link #count},
 *       {@link #exists}, {@link #related} and {@link #countRelated}. How a backend reads is its
 *       own (index lookups and a plan over slots in memory; {@code SELECT}s in SQL); what a read
 *       returns is fixed by {@link QuerySpec} and the relation kinds, and both backends return the
 *       same rows in the same order.
 *   <li>Writes: {@link #atomically} runs a body as one atomic write and hands it {@link Rows}, the
 *       backend's rows as that write sees them. Every write is written once, here and in the
 *       engines it calls, on {@link Rows} alone: saves ({@link SaveOperation}: normalization, key
 *       assignment, linking, releasing a {@code @HasOne}), deletes ({@link DeleteOperation}: the
 *       {@code onDelete} closure), the resolver writes ({@link RelatedRows}, {@link Association},
 *       {@link Attachment}) and JSON imports. So the rules are the same on every backend.
 * </ul>
 *
 * <p>Contract: arguments are not {@code null} (the public API checks them); every type passed has
 * been {@link #register registered}; a write that fails is a {@link RelataException} (or the
 * {@link IllegalArgumentException} of a resolver whose parent is not stored) and changes nothing,
 * neither rows nor the caller's objects.
 */
public abstract class Backend {

  /** For subclasses. */
  protected Backend() {}

  // ---- Registration ----

  /**
   * Makes {@code type}, and everything its relations reach, usable in this backend. Cheap once it
   * is registered.
   *
   * @throws RelataException if another entity class registered has the same entity name
   */
  public abstract void register(EntityType<?, ?> type);

  /** The refusal of {@code second}, registered after {@code first}, which has its entity name. */
  protected static RelataException nameClash(EntityType<?, ?> first, EntityType<?, ?> second) {
    return new RelataException(
        "two entities are named '"
            + second.name()
            + "': "
            + first.javaType().getName()
            + " and "
            + second.javaType().getName()
            + "; give one of them @Entity(name = ...)");
  }

  /**
   * The refusal of {@code what}, a write (or a registration) tried from entity code or a query
   * callback that the store is running on this thread: it would see or change a write half done,
   * or wait for the read around it.
   */
  protected static RelataException refusedFromEntityCode(String what) {
    return new RelataException(
        "cannot "
            + what
            + ": the store is running entity code or a query callback on this thread (a getter,"
            + " setter or constructor of an entity, or a where, orderBy or has callback), which"
            + " must not write to it; write before or after");
  }

  /** Whether {@code type} has been registered. */
  public abstract boolean uses(EntityType<?, ?> type);

  // ---- Writes: the rules, written once ----

  /**
   * Runs {@code body} as one atomic write: if it throws, every change it made through the {@link
   * Rows} it got is undone, and an exception that is no {@link RelataException} is wrapped in one
   * that says that nothing was written; {@code what} names the write for that message.
   */
  protected abstract <R> R atomically(String what, Function<Rows, R> body);

  /**
   * Runs {@code work} as one transaction, for {@code Store.transaction}: every write it makes
   * through this backend, on this thread, joins it, and they apply together when {@code work}
   * returns, or not at all when it throws (then the caller's objects are set back too, and what
   * {@code work} threw comes out unchanged). Inside another transaction, it joins that one: if it
   * throws, only its own changes are undone.
   */
  public abstract <R> R transaction(Supplier<R> work);

  /**
   * Saves (upserts) {@code entities} with what they carry, atomically; see {@link SaveOperation}.
   * Returns the saved entities in order: those given, or for records new instances.
   */
  public final <T> List<T> save(EntityType<T, ?> type, Collection<? extends T> entities) {
    return atomically(
        "save " + type.name(),
        rows -> SaveOperation.run(rows, type, entities, SaveOperation.Mode.UPSERT, null));
  }

  /**
   * As {@link #save}, for the entities of one JSON document that the store has just read: where no
   * entity code could have made two of them share an object ({@link
   * SaveOperation.Sharing#ofRead}), the save does not track them by identity.
   */
  public final <T> List<T> saveRead(EntityType<T, ?> type, Collection<? extends T> entities) {
    SaveOperation.Sharing sharing = SaveOperation.Sharing.ofRead(type);
    return atomically(
        "save " + type.name(),
        rows ->
            SaveOperation.run(rows, type, entities, SaveOperation.Mode.UPSERT, null, sharing));
  }

  /**
   * Inserts {@code entities} with what they carry, atomically: a top-level key the table holds
   * already is a {@link dev.relata.DuplicateKeyException} and nothing is written. Returns what
   * {@link #save} returns.
   */
  public final <T> List<T> insert(EntityType<T, ?> type, Collection<? extends T> entities) {
    return atomically(
        "insert " + type.name(),
        rows -> SaveOperation.run(rows, type, entities, SaveOperation.Mode.INSERT, null));
  }

  /**
   * Deletes the row with {@code key}, applying {@code onDelete}, atomically; false if there is
   * none. See {@link DeleteOperation}.
   *
   * @throws dev.relata.DeleteRestrictedException if a {@code RESTRICT} relation refuses the delete
   */
  public final <T> boolean delete(EntityType<T, ?> type, Object key) {
    return atomically(
        "delete " + type.name() + " " + key,
        rows -> {
          T row = rows.row(type, key);
          return row != null && DeleteOperation.run(rows, type, List.of(row)) > 0;
        });
  }

  /**
   * Deletes every row of {@code type}, applying {@code onDelete}, atomically; returns how many rows
   * of {@code type} went.
   *
   * @throws dev.relata.DeleteRestrictedException if a {@code RESTRICT} relation refuses the delete
   */
  public final long deleteAll(EntityType<?, ?> type) {
    return atomically(
        "delete every row of " + type.name(), rows -> DeleteOperation.runAll(rows, type));
  }

  /**
   * Deletes the rows {@code spec} selects (conditions, order and page included, relations to load
   * left alone), applying {@code onDelete}, atomically; returns how many it selected.
   *
   * @throws dev.relata.DeleteRestrictedException if a {@code RESTRICT} relation refuses the delete
   */
  public final <T> long delete(QuerySpec<T> spec) {
    return atomically(
        "delete the " + spec.type().name() + " of a query",
        rows -> DeleteOperation.run(rows, spec.type(), selected(spec)));
  }

  /**
   * The stored rows {@code spec} selects, in its order, read inside the running write (of {@link
   * #atomically}): what a query's {@code delete()} deletes.
   */
  protected abstract <T> List<T> selected(QuerySpec<T> spec);

  // ---- Reads: each backend its own way ----

  /** A fresh copy of the row with key {@code key}, or {@code null}. */
  public abstract <T> T find(EntityType<T, ?> type, Object key);

  /**
   * {@link #find} of a {@code Long} or {@code Integer} key given as a number ({@code int} keys
   * widened), for the repositories' {@code find(long)} and {@code find(int)}: a backend that can
   * look it up without boxing it does.
   */
  public <T> T findNumber(EntityType<T, ?> type, long key) {
    return find(type, type.keyKind() == KeyKind.INT ? (Object) (int) key : (Object) key);
  }

  /**
   * Fresh copies of the rows with {@code keys}, in their order; missing keys are skipped, a
   * repeated key repeats its row.
   */
  public abstract <T> List<T> findAll(EntityType<T, ?> type, Collection<?> keys);

  /** The number of rows of {@code type}. */
  public abstract long size(EntityType<?, ?> type);

  /** Fresh copies of the rows {@code spec} selects, carrying the relations it loads. */
  public abstract <T> List<T> list(QuerySpec<T> spec);

  /**
   * A fresh copy of the first row {@code spec} selects, or {@code null}: the first of {@link
   * #list} of {@code spec.firstOnly()}, which a backend may find without building the list.
   */
  public <T> T first(QuerySpec<T> spec) {
    List<T> rows = list(spec.firstOnly());
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The number of rows {@code spec} selects, without ordering or copying them. */
  public abstract long count(QuerySpec<?> spec);

  /** Whether {@code spec} selects a row. */
  public abstract boolean exists(QuerySpec<?> spec);

  /**
   * The rows related to the stored row of {@code parent} that {@code spec} selects (its page held
   * for this parent), as fresh copies; none if the parent has no stored row.
   */
  public abstract <P, C> List<C> related(
      Relation<P, C> relation, BoundParent<P> parent, QuerySpec<C> spec);

  /** The number of rows {@link #related} would return. */
  public abstract <P> long countRelated(
      Relation<P, ?> relation, BoundParent<P> parent, QuerySpec<?> spec);

  /**
   * Runs {@code body}, whose reads (through this backend, on this thread) see one consistent state
   * of the store, and returns what it returns.
   */
  public abstract <R> R read(Supplier<R> body);

  /**
   * Gives {@code action} every stored row of {@code type} in insertion order, the stored rows
   * themselves (not to be changed or kept); call it inside {@link #read}.
   */
  public abstract <T> void forEachRow(EntityType<T, ?> type, Consumer<? super T> action);

  /**
   * The value of {@code column} in {@code entity}, read outside any other operation (a resolver
   * reads its parent's key so): what the getter throws comes as a {@link RelataException}.
   */
  public <T> Object readColumn(EntityType<T, ?> type, Column<T> column, T entity) {
    try {
      return column.get(entity);
    } catch (RelataException e) {
      throw e;
    } catch (Exception e) {
      // Exception: a getter may throw a checked exception it does not declare.
      throw new RelataException(
          "could not read " + type.name() + "." + column.name() + " of the object given: " + e, e);
    }
  }
}
