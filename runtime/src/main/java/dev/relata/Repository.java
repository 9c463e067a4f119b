package dev.relata;

import dev.relata.internal.Backend;
import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.HasManyRelation;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.HasOneRelation;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of one entity in a {@link Store}. The generated subclass ({@code PostRepository}) adds,
 * per relation, {@code withX()} and {@code withX(q -> ...)} (shortcuts for {@code
 * query().withX(...)}) and {@code x(post)}, the relation resolver of one row.
 *
 * <pre>{@code
 * PostRepository posts = new PostRepository(store);
 * Post post = posts.save(new Post("Hello"));          // the key is assigned and written back
 * List<Post> withComments = posts.withComments().get();
 * posts.comments(post).create(new Comment("First!"));
 * }</pre>
 *
 * <p>Reads return fresh copies: changing one changes nothing stored until it is saved. Writes are
 * atomic: {@code save}, {@code saveAll} and {@code insert} store everything or, when they fail
 * (with a {@link RelataException}), nothing; {@link Store#transaction(Runnable)} groups writes into
 * one. A repository is as thread-safe as its store; a write (or a transaction) from inside a query
 * callback ({@code where}, {@code orderBy}) or from entity code that the store runs, on the same
 * thread, is refused with a {@link RelataException}, since it would wait for the read around it or
 * change tables under the running write.
 *
 * <p>Arguments must not be {@code null}: a {@code null} entity, key or collection, or a collection
 * that holds {@code null}, is a {@link NullPointerException} that names it. An entity or key of
 * another type (possible through a raw type) is an {@link IllegalArgumentException} that names it.
 * Either way nothing runs and nothing changes.
 *
 * @param <T> the entity
 * @param <K> its key, boxed
 * @param <Q> the generated query type
 */
public abstract class Repository<T, K, Q extends Query<T, Q>> {
  private final Store store;
  private final EntityType<T, K> type;
  private final Backend backend;

  /** A repository of {@code type} in {@code store}; generated subclasses call this. */
  protected Repository(Store store, EntityType<T, K> type) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.type = type;
    this.backend = store.backend();
    backend.register(type);
  }

  /** The store this repository works on. */
  protected final Store store() {
    return store;
  }

  /**
   * Inserts {@code entity}, or replaces the row with its key (which keeps its place in insertion
   * order). Relation values it carries are saved too: children get its key in their foreign key, a
   * {@code @BelongsTo} parent is saved first and its key written into {@code entity}. Rows the
   * values leave out are never deleted, but a {@code @HasOne} given another row releases the one it
   * held, as its {@code onDelete} says. A {@code null} key is assigned (the next number, or a
   * random UUID) and written into {@code entity}, as are foreign keys written by the save; a save
   * that fails takes them back out.
   *
   * @return {@code entity}; for a record, which cannot change, a new instance carrying its key
   * @throws RelataException if the save fails, such as when entity code (a getter, a setter, a
   *     constructor) throws, which it then keeps as its cause; nothing is written
   */
  public T save(T entity) {
    requireEntity(entity);
    return backend.save(type, List.of(entity)).get(0);
  }

  /**
   * Saves every entity of {@code entities} as {@link #save} does, in one atomic write. The same key
   * twice: the later wins.
   *
   * @return the saved entities, in order (new instances for records)
   * @throws RelataException if the save fails; nothing is written
   */
  public List<T> saveAll(Collection<? extends T> entities) {
    return backend.save(type, requireEntities(entities));
  }

  /**
   * Like {@link #save}, but a key that the table holds already is a {@link DuplicateKeyException}
   * and nothing is written. Only {@code entity} is checked: rows it carries are saved as by {@code
   * save}.
   *
   * @throws DuplicateKeyException if the table holds a row with the key of {@code entity}
   */
  public T insert(T entity) {
    requireEntity(entity);
    return backend.insert(type, List.of(entity)).get(0);
  }

  /**
   * A fresh copy of the row with key {@code id}, if there is one. One hash lookup, which takes no
   * lock unless a write is running.
   */
  public Optional<T> find(K id) {
    return Optional.ofNullable(backend.find(type, requireId(id)));
  }

  /**
   * {@link #find} of a {@code Long} or {@code Integer} key written as a number ({@code int} keys
   * widened), which the generated {@code find(long)} and {@code find(int)} call: the key is looked
   * up without being boxed where the store can.
   */
  protected final Optional<T> findNumber(long id) {
    return Optional.ofNullable(backend.findNumber(type, id));
  }

  /**
   * Fresh copies of the rows with the keys {@code ids}, in the order of {@code ids}; keys without a
   * row are skipped and a repeated key repeats its row. One hash lookup per key.
   */
  public List<T> findAll(Collection<? extends K> ids) {
    Objects.requireNonNull(ids, () -> singular() + " ids must not be null");
    List<K> keys = new ArrayList<>(ids.size());
    for (K id : ids) {
      keys.add(
          isKey(id)
              ? id
              : Arguments.key(id, type, singular() + " ids (position " + keys.size() + ")"));
    }
    return backend.findAll(type, keys);
  }

  /** Fresh copies of every row, in insertion order. */
  public List<T> all() {
    return query().get();
  }

  /** The number of rows, without reading them. */
  public long count() {
    return backend.size(type);
  }

  /**
   * Deletes the row with key {@code id}, applying the {@code onDelete} rules of its relations
   * (cascades, cleared keys, or a refusal that deletes nothing).
   *
   * @return whether there was such a row
   * @throws DeleteRestrictedException if a {@code RESTRICT} relation still has related rows that
   *     this delete does not also remove
   */
  public boolean delete(K id) {
    return backend.delete(type, requireId(id));
  }

  /**
   * Deletes every row, applying {@code onDelete} as {@link #delete} does.
   *
   * @return how many rows of this entity were deleted
   * @throws DeleteRestrictedException if a {@code RESTRICT} relation still has related rows that
   *     this delete does not also remove
   */
  public long deleteAll() {
    return backend.deleteAll(type);
  }

  /**
   * Reads one JSON object or an array of them, with nested relation data of every kind, and saves
   * them as {@link #saveAll} does (normalized into their tables, keys assigned, foreign keys
   * written), in one atomic write:
   *
   * <pre>{@code
   * List<Post> saved = posts.saveJson(json); // {"title": "Hello", "comments": [{"body": "Nice"}]}
   * }</pre>
   *
   * Members are named as the fields (or their {@code @JsonProperty}); a relation member holds an
   * object (to-one) or an array of objects (to-many).
   *
   * @return the saved entities, in the order of the input
   * @throws JsonInputException if the input is malformed or does not fit the entities (an unknown
   *     field, a value of the wrong type, a number out of range); then nothing is written
   */
  public List<T> saveJson(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return store.json().save(backend, type, json);
  }

  /** As {@link #saveJson(String)}, reading {@code json} to its end; it is not closed. */
  public List<T> saveJson(Reader json) {
    Objects.requireNonNull(json, "json must not be null");
    return store.json().save(backend, type, json);
  }

  /**
   * {@code entities} as a JSON array, each the tree it carries: its stored fields and its loaded
   * relations, nested. A relation not loaded ({@code null}) is left out; a {@code null} field, and
   * a to-one relation that a query loaded and found nothing for, are {@code null}; a relation that
   * leads back to an object being written (a cycle) is left out, so the output is a tree.
   */
  public String toJson(List<? extends T> entities) {
    return store.json().toJson(type, requireEntities(entities));
  }

  /** {@code entity} as a JSON object, the tree it carries; see {@link #toJson(List)}. */
  public String toJson(T entity) {
    requireEntity(entity);
    return store.json().toJson(type, entity);
  }

  /** A query over every row. */
  public abstract Q query();

  /** A query that loads every relation one level deep: {@code query().withAll()}. */
  public Q withAll() {
    return query().withAll();
  }

  // ---- For generated subclasses: resolvers ----
  // One factory per resolver type: the resolvers' constructors take the store's internals, which
  // generated code, in the entity's package, cannot reach. The OfLong and OfInt variants exist for
  // the resolvers that take keys written as number literals.

  /** The resolver of a {@code @HasMany} relation of {@code owner}. */
  protected final <C, CK> HasManyResolver<C, CK> hasMany(HasManyRelation<T, C> relation, T owner) {
    return new HasManyResolver<>(backend, relation, requireOwner(owner));
  }

  /**
   * The resolver of a {@code @HasMany} relation of {@code owner} to rows with {@code Long} keys.
   */
  protected final <C> HasManyResolver.OfLong<C> hasManyOfLong(
      HasManyRelation<T, C> relation, T owner) {
    return new HasManyResolver.OfLong<>(backend, relation, requireOwner(owner));
  }

  /**
   * The resolver of a {@code @HasMany} relation of {@code owner} to rows with {@code Integer} keys.
   */
  protected final <C> HasManyResolver.OfInt<C> hasManyOfInt(
      HasManyRelation<T, C> relation, T owner) {
    return new HasManyResolver.OfInt<>(backend, relation, requireOwner(owner));
  }

  /** The resolver of a {@code @HasOne} relation of {@code owner}. */
  protected final <C> HasOneResolver<C> hasOne(HasOneRelation<T, C> relation, T owner) {
    return new HasOneResolver<>(backend, relation, requireOwner(owner));
  }

  /** The resolver of a {@code @BelongsTo} relation of {@code owner}. */
  protected final <P> BelongsToResolver<T, P> belongsTo(BelongsToRelation<T, P> relation, T owner) {
    return new BelongsToResolver<>(backend, relation, requireOwner(owner));
  }

  /** The resolver of a {@code @HasManyBy} relation of {@code owner}. */
  protected final <C, CK extends Comparable<? super CK>> HasManyByResolver<C, CK> hasManyBy(
      HasManyByRelation<T, C> relation, T owner) {
    return new HasManyByResolver<>(backend, relation, requireOwner(owner));
  }

  /**
   * The resolver of a {@code @HasManyBy} relation of {@code owner} whose list holds {@code Long}s.
   */
  protected final <C> HasManyByResolver.OfLong<C> hasManyByOfLong(
      HasManyByRelation<T, C> relation, T owner) {
    return new HasManyByResolver.OfLong<>(backend, relation, requireOwner(owner));
  }

  /**
   * The resolver of a {@code @HasManyBy} relation of {@code owner} whose list holds {@code
   * Integer}s.
   */
  protected final <C> HasManyByResolver.OfInt<C> hasManyByOfInt(
      HasManyByRelation<T, C> relation, T owner) {
    return new HasManyByResolver.OfInt<>(backend, relation, requireOwner(owner));
  }

  /** The resolver of a {@code @HasManyThrough} relation of {@code owner}. */
  protected final <C> HasManyThroughResolver<C> hasManyThrough(
      HasManyThroughRelation<T, ?, C> relation, T owner) {
    return new HasManyThroughResolver<>(backend, relation, requireOwner(owner));
  }

  private T requireOwner(T owner) {
    return Arguments.entity(owner, type, singular());
  }

  private void requireEntity(T entity) {
    Arguments.entity(entity, type, singular());
  }

  private List<T> requireEntities(Collection<? extends T> entities) {
    return Arguments.entities(entities, type, type.name());
  }

  /** {@code id}, checked; the message that names the entity is built only to refuse it. */
  private K requireId(K id) {
    return isKey(id) ? id : Arguments.key(id, type, singular() + " id");
  }

  /** Whether {@code id} is a key of this entity (key classes are final: no subclass to allow). */
  private boolean isKey(K id) {
    return id != null && id.getClass() == type.keyKind().javaType();
  }

  private String singular() {
    return type.javaType().getSimpleName();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + type.name() + "]";
  }
}
