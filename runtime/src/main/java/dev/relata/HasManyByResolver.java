package dev.relata;

import dev.relata.internal.Attachment;
import dev.relata.internal.Backend;
import dev.relata.internal.BoundParent;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.QuerySpec;
import java.util.List;
import java.util.Objects;

/**
 * The {@link HasManyBy} relation of one row: {@code clusters.nodes(cluster)}. It is bound to that
 * row's key, read when the resolver is made: reads and writes go to the key list of the stored row
 * of that key as it is then, not to the object given (which may be a stale copy, or a record).
 * Writes change the stored list (and the list of the object given, where it can change) at once,
 * atomically. Reads through a row whose key has no stored row find nothing; writes through it, or
 * through a row without a key, are an {@link IllegalArgumentException} and change nothing: save the
 * parent first.
 *
 * <p>Reads cost one index lookup per listed key. Arguments must not be {@code null} (a {@link
 * NullPointerException} names the argument, and an entity or key of another type, possible through
 * a raw type, an {@link IllegalArgumentException}); a write that fails is a {@link RelataException}
 * and changes nothing.
 *
 * @param <C> the related entity
 * @param <K> the type of the keys in the list (the related entity's owner key), boxed; bounded by
 *     {@code Comparable} (which every key type is) so that {@code attach(C)} and {@code attach(K)}
 *     erase to different signatures
 */
public sealed class HasManyByResolver<C, K extends Comparable<? super K>>
    permits HasManyByResolver.OfLong, HasManyByResolver.OfInt {
  private final Backend backend;
  private final HasManyByRelation<Object, C> relation;
  private final BoundParent<Object> parent;

  /** The object the resolver was made for, which writes hand the new list. */
  private final Object instance;

  @SuppressWarnings("unchecked")
  <P> HasManyByResolver(Backend backend, HasManyByRelation<P, C> relation, P owner) {
    this.backend = backend;
    this.relation = (HasManyByRelation<Object, C>) relation;
    this.parent = (BoundParent<Object>) BoundParent.of(backend, relation.owner(), owner);
    this.instance = owner;
  }

  /**
   * Fresh copies of the rows whose keys the list holds, in list order: keys without a row are
   * skipped, a repeated key repeats its row, a {@code null} list finds nothing.
   */
  public List<C> find() {
    return backend.related(relation, parent, QuerySpec.of(relation.target()));
  }

  /** The number of rows {@link #find} returns. */
  public long count() {
    return backend.countRelated(relation, parent, QuerySpec.of(relation.target()));
  }

  /**
   * Saves {@code target} (with what it carries) and adds its key to the stored row's list, unless
   * the list holds it already. The row must be stored.
   *
   * @return {@code target}; for a record, a new instance carrying its key
   */
  public C attach(C target) {
    Arguments.entity(target, relation.target(), "target");
    return Attachment.attach(backend, relation, parent, instance, target);
  }

  /**
   * Adds {@code id} (a value of the related entity's owner key) to the stored row's list, unless
   * the list holds it already. The row must be stored.
   *
   * @return whether the list changed
   */
  public boolean attach(K id) {
    requireId(id);
    return Attachment.attachKey(backend, relation, parent, instance, id);
  }

  /**
   * Removes {@code id} (every occurrence) from the stored row's list; the related row stays.
   *
   * @return whether the list changed
   */
  public boolean detach(K id) {
    requireId(id);
    return Attachment.detachKey(backend, relation, parent, instance, id);
  }

  /**
   * Checks {@code id}: not null, and where the list holds the related entity's keys (its default),
   * of their type, so that a raw resolver cannot put a key of another type in the list.
   */
  private void requireId(K id) {
    if (relation.ownerKey() == relation.target().key()) {
      Arguments.key(id, relation.target(), "id");
    } else {
      Objects.requireNonNull(id, "id must not be null");
    }
  }

  @Override
  public String toString() {
    return relation + " of " + parent;
  }

  /** The resolver of a key list of {@code Long}s, which also takes keys written as numbers. */
  public static final class OfLong<C> extends HasManyByResolver<C, Long> {
    <P> OfLong(Backend backend, HasManyByRelation<P, C> relation, P owner) {
      super(backend, relation, owner);
    }

    /** {@link #attach(Comparable)} for a key written as a number. */
    public boolean attach(long id) {
      return attach(Long.valueOf(id));
    }

    /** {@link #detach(Comparable)} for a key written as a number. */
    public boolean detach(long id) {
      return detach(Long.valueOf(id));
    }
  }

  /** The resolver of a key list of {@code Integer}s, which also takes keys written as numbers. */
  public static final class OfInt<C> extends HasManyByResolver<C, Integer> {
    <P> OfInt(Backend backend, HasManyByRelation<P, C> relation, P owner) {
      super(backend, relation, owner);
    }

    /** {@link #attach(Comparable)} for a key written as a number. */
    public boolean attach(int id) {
      return attach(Integer.valueOf(id));
    }

    /** {@link #detach(Comparable)} for a key written as a number. */
    public boolean detach(int id) {
      return detach(Integer.valueOf(id));
    }
  }
}
