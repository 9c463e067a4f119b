package dev.relata.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a query asks for, immutable: conditions, order, page, relations to load and existence
 * filters. Every change returns a new spec, so queries can be shared and reused.
 *
 * <p>{@link dev.relata.Query} checks the arguments before they reach a spec: none is {@code null},
 * and a limit or offset is not negative. A spec costs nothing to build beyond its lists; {@link
 * Plan} binds it to the tables when it runs.
 *
 * @param <T> the entity queried
 */
public final class QuerySpec<T> {
  /** A relation to load, with the query that refines its rows (per owner). */
  public record Load(Relation<?, ?> relation, QuerySpec<?> spec) {}

  /** An existence filter: whether an owner has related rows that {@code spec} accepts. */
  public record Existence(Relation<?, ?> relation, QuerySpec<?> spec, boolean present) {}

  final EntityType<T, ?> type;
  final List<Predicate<? super T>> filters;
  final List<Existence> existence;
  final Comparator<? super T> order;

  /** The comparators {@link #order} chains, in the order given, for the planner to read. */
  final List<Comparator<? super T>> orders;

  final int offset;

  /** The most rows to return, or -1 for no limit. */
  final int limit;

  final List<Load> loads;

  private QuerySpec(
      EntityType<T, ?> type,
      List<Predicate<? super T>> filters,
      List<Existence> existence,
      Comparator<? super T> order,
      List<Comparator<? super T>> orders,
      int offset,
      int limit,
      List<Load> loads) {
    this.type = type;
    this.filters = filters;
    this.existence = existence;
    this.order = order;
    this.orders = orders;
    this.offset = offset;
    this.limit = limit;
    this.loads = loads;
  }

  /** Every row of {@code type}, in insertion order, no relation loaded. */
  public static <T> QuerySpec<T> of(EntityType<T, ?> type) {
    QuerySpec<T> all = type.everyRow;
    if (all == null) {
      // A race makes two equal specs, one of which is kept: a spec is immutable, its fields final.
      all = new QuerySpec<>(type, List.of(), List.of(), null, List.of(), 0, -1, List.of());
      type.everyRow = all;
    }
    return all;
  }

  /** The entity queried. */
  public EntityType<T, ?> type() {
    return type;
  }

  /** The conditions, all of which hold. */
  public List<Predicate<? super T>> filters() {
    return filters;
  }

  /** The existence filters. */
  public List<Existence> existence() {
    return existence;
  }

  /** The order (comparators chained), or null for insertion order. */
  public Comparator<? super T> order() {
    return order;
  }

  /** The comparators that {@link #order} chains, in the order given. */
  public List<Comparator<? super T>> orders() {
    return orders;
  }

  /** The rows skipped. */
  public int offset() {
    return offset;
  }

  /** The most rows returned, or -1 for no limit. */
  public int limit() {
    return limit;
  }

  /** The relations to load. */
  public List<Load> loads() {
    return loads;
  }

  /** Adds a condition; all conditions hold. */
  public QuerySpec<T> where(Predicate<? super T> condition) {
    return new QuerySpec<>(
        type, append(filters, condition), existence, order, orders, offset, limit, loads);
  }

  /** Orders by the order given before (if any), then by {@code comparator}. */
  public QuerySpec<T> orderBy(Comparator<? super T> comparator) {
    Comparator<? super T> chained = order == null ? comparator : thenBy(order, comparator);
    return new QuerySpec<>(
        type, filters, existence, chained, append(orders, comparator), offset, limit, loads);
  }

  private static <T> Comparator<T> thenBy(Comparator<? super T> first, Comparator<? super T> then) {
    return (a, b) -> {
      int c = first.compare(a, b);
      return c != 0 ? c : then.compare(a, b);
    };
  }

  /** Returns at most {@code count} rows. */
  public QuerySpec<T> limit(int count) {
    return new QuerySpec<>(type, filters, existence, order, orders, offset, count, loads);
  }

  /** Skips the first {@code count} rows. */
  public QuerySpec<T> offset(int count) {
    return new QuerySpec<>(type, filters, existence, order, orders, count, limit, loads);
  }

  /**
   * Loads {@code relation} with the rows {@code related} accepts; replaces an earlier load of it.
   */
  public QuerySpec<T> with(Relation<T, ?> relation, QuerySpec<?> related) {
    List<Load> next = new ArrayList<>(loads.size() + 1);
    for (Load load : loads) {
      if (load.relation() != relation) {
        next.add(load);
      }
    }
    next.add(new Load(relation, related));
    return new QuerySpec<>(
        type, filters, existence, order, orders, offset, limit, List.copyOf(next));
  }

  /** Loads every relation one level deep, keeping loads asked for before. */
  public QuerySpec<T> withAll() {
    QuerySpec<T> spec = this;
    for (Relation<T, ?> relation : type.relations()) {
      if (!spec.loads(relation)) {
        spec = spec.with(relation, of(relation.target()));
      }
    }
    return spec;
  }

  private boolean loads(Relation<?, ?> relation) {
    for (Load load : loads) {
      if (load.relation() == relation) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the rows that have related rows of {@code relation} that {@code related} accepts. */
  public QuerySpec<T> has(Relation<T, ?> relation, QuerySpec<?> related) {
    return withExistence(new Existence(relation, related, true));
  }

  /** Keeps the rows that have no related rows of {@code relation} that {@code related} accepts. */
  public QuerySpec<T> doesntHave(Relation<T, ?> relation, QuerySpec<?> related) {
    return withExistence(new Existence(relation, related, false));
  }

  private QuerySpec<T> withExistence(Existence filter) {
    return new QuerySpec<>(
        type, filters, append(existence, filter), order, orders, offset, limit, loads);
  }

  private static <E> List<E> append(List<E> list, E element) {
    if (list.isEmpty()) {
      return List.of(element); // the common case: one where, one orderBy
    }
    List<E> next = new ArrayList<>(list.size() + 1);
    next.addAll(list);
    next.add(element);
    return List.copyOf(next);
  }

  /** Whether an offset or a limit is set. */
  public boolean paged() {
    return offset > 0 || limit >= 0;
  }

  /** The same query limited to its first row. */
  public QuerySpec<T> firstOnly() {
    return limit(limit == 0 ? 0 : 1);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(type.name());
    if (!filters.isEmpty()) {
      s.append(" where(").append(filters.size()).append(')');
    }
    for (Existence e : existence) {
      s.append(e.present() ? " has " : " doesntHave ").append(e.relation().name());
    }
    if (order != null) {
      s.append(" orderBy");
    }
    if (offset > 0) {
      s.append(" offset ").append(offset);
    }
    if (limit >= 0) {
      s.append(" limit ").append(limit);
    }
    for (Load load : loads) {
      s.append(" with ")
          .append(load.relation().name())
          .append(" (")
          .append(load.spec())
          .append(')');
    }
    return s.toString();
  }
}
