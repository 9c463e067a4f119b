package dev.relata;

import dev.relata.internal.Backend;
import dev.relata.internal.BoundParent;
import dev.relata.internal.HasManyRelation;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.RelatedRows;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@link HasMany} relation of one row: {@code posts.comments(post)}. It is bound to that row's
 * key, read when the resolver is made: every read and write goes to the stored row of that key as
 * it is then, not to the object given (which may be a stale copy). It reads and writes only rows
 * related to that row (a comment of another post is neither found nor destroyed), and every write
 * happens at once, atomically.
 *
 * <p>Reads through a row whose key has no stored row find nothing. Writes through it, or through a
 * row without a key, are an {@link IllegalArgumentException} that names the entity and the key, and
 * change nothing: save the parent first. {@link #build} needs only the key.
 *
 * <p>Reads cost one index lookup and one visit per related row. Arguments must not be {@code null}
 * (a {@link NullPointerException} names the argument, and an entity or key of another type,
 * possible through a raw type, an {@link IllegalArgumentException}); a write that fails is a {@link
 * RelataException} and changes nothing.
 *
 * @param <C> the related entity
 * @param <K> its key, boxed
 */
public sealed class HasManyResolver<C, K> permits HasManyResolver.OfLong, HasManyResolver.OfInt {
  private final Backend backend;
  private final HasManyRelation<Object, C> relation;
  private final BoundParent<Object> parent;

  /** The parent's local key as the object held it, where that is not its key; for build. */
  private final Object givenLocalKey;

  @SuppressWarnings("unchecked")
  <P> HasManyResolver(Backend backend, HasManyRelation<P, C> relation, P owner) {
    this.backend = backend;
    this.relation = (HasManyRelation<Object, C>) relation;
    this.parent = (BoundParent<Object>) BoundParent.of(backend, relation.owner(), owner);
    this.givenLocalKey = RelatedRows.givenLocalKey(backend, relation, owner);
  }

  /** Fresh copies of the related rows, in insertion order. */
  public List<C> find() {
    return backend.related(relation, parent, QuerySpec.of(relation.target()));
  }

  /** Fresh copies of the related rows for which {@code condition} holds, in insertion order. */
  public List<C> find(Predicate<? super C> condition) {
    Objects.requireNonNull(condition, "condition must not be null");
    return backend.related(relation, parent, QuerySpec.of(relation.target()).where(condition));
  }

  /** The related row with key {@code id}; empty if there is none or it belongs to another row. */
  public Optional<C> findById(K id) {
    Arguments.key(id, relation.target(), "id");
    return Optional.ofNullable(RelatedRows.find(backend, relation, parent, id));
  }

  /** The number of related rows. */
  public long count() {
    return backend.countRelated(relation, parent, QuerySpec.of(relation.target()));
  }

  /**
   * Sets the foreign key of {@code child} to this row's key and stores nothing. Only the key is
   * needed: the row need not be stored. A row without a key is an {@link IllegalArgumentException}.
   *
   * @return {@code child}; for a record, a new instance with the key set
   */
  public C build(C child) {
    requireChild(child);
    Object key = RelatedRows.keyForChildren(backend, relation, parent, givenLocalKey);
    return relation.foreignKey().set(child, key);
  }

  /**
   * Inserts {@code child} as a related row (with what it carries); a key that exists is a {@link
   * DuplicateKeyException}. The foreign key and an assigned key are written into {@code child}.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C create(C child) {
    return RelatedRows.create(backend, relation, parent, List.of(requireChild(child))).get(0);
  }

  /** Inserts every child as {@link #create} does, in one atomic write. */
  public List<C> createMany(Collection<? extends C> children) {
    return RelatedRows.create(backend, relation, parent, requireChildren(children));
  }

  /**
   * Saves (inserts or replaces) {@code child} as a related row, with what it carries.
   *
   * @return {@code child}; for a record, a new instance carrying the keys
   */
  public C save(C child) {
    return RelatedRows.save(backend, relation, parent, List.of(requireChild(child))).get(0);
  }

  /** Saves every child as {@link #save} does, in one atomic write. */
  public List<C> saveMany(Collection<? extends C> children) {
    return RelatedRows.save(backend, relation, parent, requireChildren(children));
  }

  /**
   * Deletes the related row with key {@code id}, applying its {@code onDelete} rules.
   *
   * @return false if there is no such row or it belongs to another row (then nothing changes)
   */
  public boolean destroy(K id) {
    Arguments.key(id, relation.target(), "id");
    return RelatedRows.destroy(backend, relation, parent, id);
  }

  /** Deletes every related row, applying their {@code onDelete} rules; returns how many. */
  public long destroyAll() {
    return RelatedRows.destroyAll(backend, relation, parent);
  }

  private C requireChild(C child) {
    return Arguments.entity(child, relation.target(), "child");
  }

  private List<C> requireChildren(Collection<? extends C> children) {
    return Arguments.entities(children, relation.target(), "children");
  }

  @Override
  public String toString() {
    return relation + " of " + parent;
  }

  /**
   * The resolver of related rows with {@code Long} (or {@code long}) keys, which also takes keys
   * written as numbers: {@code destroy(1)}.
   */
  public static final class OfLong<C> extends HasManyResolver<C, Long> {
    <P> OfLong(Backend backend, HasManyRelation<P, C> relation, P owner) {
      super(backend, relation, owner);
    }

    /** {@link #findById(Object)} for a key written as a number. */
    public Optional<C> findById(long id) {
      return findById(Long.valueOf(id));
    }

    /** {@link #destroy(Object)} for a key written as a number. */
    public boolean destroy(long id) {
      return destroy(Long.valueOf(id));
    }
  }

  /**
   * The resolver of related rows with {@code Integer} (or {@code int}) keys, which also takes keys
   * written as numbers.
   */
  public static final class OfInt<C> extends HasManyResolver<C, Integer> {
    <P> OfInt(Backend backend, HasManyRelation<P, C> relation, P owner) {
      super(backend, relation, owner);
    }

    /** {@link #findById(Object)} for a key written as a number. */
    public Optional<C> findById(int id) {
      return findById(Integer.valueOf(id));
    }

    /** {@link #destroy(Object)} for a key written as a number. */
    public boolean destroy(int id) {
      return destroy(Integer.valueOf(id));
    }
  }
}
