package dev.relata;

import dev.relata.internal.EntityType;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.Relation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A typed query over the rows of one entity; the generated subclass ({@code PostQuery}) adds, per
 * relation, {@code withX()}, {@code withX(q -> ...)}, {@code hasX()}, {@code hasX(q -> ...)},
 * {@code doesntHaveX()} and {@code doesntHaveX(q -> ...)}.
 *
 * <pre>{@code
 * List<Post> posts = repository.query()
 *     .where(p -> p.getTitle().startsWith("Java"))
 *     .orderBy(Comparator.comparing(Post::getTitle))
 *     .withComments(c -> c.orderBy(newestFirst).limit(3).withAuthor())
 *     .get();
 * }</pre>
 *
 * <p>Queries are immutable: every method returns a new query and leaves this one as it was, so a
 * query can be kept, shared between threads and run again. Nothing runs until {@link #get}, {@link
 * #first}, {@link #count}, {@link #exists} or {@link #delete}; each of them reads one consistent
 * state of the store.
 *
 * <p>Typed conditions and orders of the generated {@code Post_} fields ({@link Condition}, {@link
 * Order}) are taken wherever a {@code Predicate} or {@code Comparator} is, and mix with lambdas;
 * the store answers them through its indexes where it can: {@code eq} and {@code in} on the key, a
 * relation key or an {@link Index} field are lookups, ranges on a sorted index are walks over it,
 * and an ordered page by a sorted index reads about as many entries as it returns. The result is
 * always the one the same query with plain lambdas returns.
 *
 * <p>Conditions and comparators receive the stored rows, with no relation loaded; they must not
 * change them. Rows come back as fresh copies in insertion order unless ordered. Inside a {@code
 * withX(q -> ...)} the refining query's {@code where}, {@code orderBy}, {@code limit} and {@code
 * offset} hold for each parent on its own ("the three newest comments of every post"). Loading
 * costs one index lookup per parent and relation and one visit per related row; no relation is
 * resolved by scanning a table.
 *
 * <p>Arguments must not be {@code null} (a {@link NullPointerException} names the argument). A
 * condition or comparator that throws fails the query with its exception; one that writes to the
 * same store, or starts a transaction on it, is refused with a {@link RelataException}, since the
 * write would wait for the read around it.
 *
 * @param <T> the entity
 * @param <Q> the generated query type itself
 */
public abstract class Query<T, Q extends Query<T, Q>> {
  private final Store store;
  private final QuerySpec<T> spec;

  /** A query over every row of {@code type}; generated subclasses call this. */
  protected Query(Store store, EntityType<T, ?> type) {
    this(store, QuerySpec.of(type));
    store.backend().register(type);
  }

  /** A query with the given spec; generated subclasses call this from {@link #copy}. */
  protected Query(Store store, QuerySpec<T> spec) {
    this.store = Objects.requireNonNull(store, "store must not be null");
    this.spec = spec;
  }

  /** A query of the generated type with {@code spec}; generated subclasses implement it. */
  protected abstract Q copy(Store store, QuerySpec<T> spec);

  /** The store this query reads. */
  protected final Store store() {
    return store;
  }

  /** Keeps the rows for which {@code condition} holds; repeated conditions all hold. */
  public final Q where(Predicate<? super T> condition) {
    Objects.requireNonNull(condition, "condition must not be null");
    return copy(store, spec.where(condition));
  }

  /**
   * Orders the rows by {@code comparator}; a second call orders ties of the first (then by). The
   * sort is stable: ties keep insertion order.
   */
  public final Q orderBy(Comparator<? super T> comparator) {
    Objects.requireNonNull(comparator, "comparator must not be null");
    return copy(store, spec.orderBy(comparator));
  }

  /**
   * Returns at most {@code count} rows (after the offset); the last call wins.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public final Q limit(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + count);
    }
    return copy(store, spec.limit(count));
  }

  /**
   * Skips the first {@code count} rows; the last call wins.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public final Q offset(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + count);
    }
    return copy(store, spec.offset(count));
  }

  /** Loads every relation of the entity, one level deep. */
  public final Q withAll() {
    return copy(store, spec.withAll());
  }

  /**
   * Runs the query: fresh copies of the selected rows, carrying the relations asked for. It visits
   * every row of the table once (an ordered query with a small {@code limit} keeps the best rows as
   * it goes instead of sorting them all), then makes one index lookup per selected row and loaded
   * relation.
   */
  public final List<T> get() {
    return store.backend().list(spec);
  }

  /** Runs the query for its first row. */
  public final Optional<T> first() {
    return Optional.ofNullable(store.backend().first(spec));
  }

  /**
   * The number of rows {@link #get} would return (conditions, limit and offset included), without
   * ordering, copying or loading them.
   */
  public final long count() {
    return store.backend().count(spec);
  }

  /** Whether {@link #get} would return a row: {@code count() > 0}, but stops at the first. */
  public final boolean exists() {
    return store.backend().exists(spec);
  }

  /**
   * Deletes exactly the rows {@link #get} would return (conditions, existence filters, order,
   * {@code limit} and {@code offset} included), applying the {@code onDelete} rules of their
   * relations, in one atomic write; rows of relations asked for with {@code withX} are not deleted
   * (unless {@code onDelete} cascades to them). A {@link DeleteRestrictedException} deletes
   * nothing.
   *
   * <pre>{@code
   * long gone = posts.query().where(Post_.createdAt.lt(cutoff)).delete();
   * }</pre>
   *
   * @return how many rows the query selected, all of which are deleted
   */
  public final long delete() {
    return store.backend().delete(spec);
  }

  // ---- For generated subclasses ----

  /** Loads {@code relation} with every related row. */
  protected final Q with(Relation<T, ?> relation) {
    return copy(store, spec.with(relation, QuerySpec.of(relation.target())));
  }

  /**
   * Loads {@code relation} with the rows that {@code constraint} keeps of {@code related}.
   *
   * @throws IllegalArgumentException if {@code constraint} returns {@code null}
   */
  protected final <C, R extends Query<C, R>> Q with(
      Relation<T, C> relation, R related, Function<? super R, ? extends R> constraint) {
    return copy(store, spec.with(relation, refine(relation, related, constraint)));
  }

  /** Keeps the rows that have related rows of {@code relation}. */
  protected final Q has(Relation<T, ?> relation) {
    return copy(store, spec.has(relation, QuerySpec.of(relation.target())));
  }

  /**
   * Keeps the rows that have related rows that {@code constraint} keeps of {@code related}; its
   * page holds per row ({@code offset(2)}: at least three).
   *
   * @throws IllegalArgumentException if {@code constraint} returns {@code null}
   */
  protected final <C, R extends Query<C, R>> Q has(
      Relation<T, C> relation, R related, Function<? super R, ? extends R> constraint) {
    return copy(store, spec.has(relation, refine(relation, related, constraint)));
  }

  /** Keeps the rows that have no related rows of {@code relation}. */
  protected final Q doesntHave(Relation<T, ?> relation) {
    return copy(store, spec.doesntHave(relation, QuerySpec.of(relation.target())));
  }

  /**
   * Keeps the rows that have no related rows that {@code constraint} keeps of {@code related}; its
   * page holds per row ({@code offset(2)}: fewer than three).
   *
   * @throws IllegalArgumentException if {@code constraint} returns {@code null}
   */
  protected final <C, R extends Query<C, R>> Q doesntHave(
      Relation<T, C> relation, R related, Function<? super R, ? extends R> constraint) {
    return copy(store, spec.doesntHave(relation, refine(relation, related, constraint)));
  }

  private static <C, R extends Query<C, R>> QuerySpec<C> refine(
      Relation<?, C> relation, R related, Function<? super R, ? extends R> constraint) {
    Objects.requireNonNull(constraint, "constraint must not be null");
    R refined = constraint.apply(related);
    if (refined == null) {
      throw new IllegalArgumentException(
          "the constraint for " + relation.name() + " returned null; return the refined query");
    }
    return ((Query<C, R>) refined).spec;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec + "]";
  }
}
