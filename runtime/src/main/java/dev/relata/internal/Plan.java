package dev.relata.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@link QuerySpec} bound to the tables of one database for one read: conditions, the relation
 * lookups of its loads and existence filters, and the plans of their refining queries, resolved
 * once so that the per-row work is array and index access only.
 *
 * <p>Implementation notes. A query runs in two steps. {@link #select} walks the candidate slots
 * (the whole table, or a bucket of related slots), keeps the stored rows that pass the conditions,
 * orders them (a stable sort, so ties keep insertion order) and takes the page. {@link
 * #materialize} then copies each selected row and, for each relation to load, asks the relation's
 * lookup for the related slots and runs the refining plan over just those: the page and order of a
 * refining query hold per owner. Each owner costs one index lookup per loaded relation and each
 * related row is touched once, so loading is O(owners + related rows), with no table scan.
 * Conditions see stored rows; only materialized copies leave the plan.
 *
 * <p>Typed conditions narrow the candidates through the table's indexes ({@link Candidates}): a
 * query over the whole table walks only the slots its conditions reach; a refining query, whose
 * candidates are an owner's related rows, keeps those of them that are also in its conditions'
 * slots (found once per query), when there are fewer of those. Every candidate still passes every
 * condition, so the rows are the same as a scan's, and come in the same (slot) order. An ordered
 * page of the whole table whose first order is an {@link dev.relata.Order} of a sorted index walks
 * the index in that order instead ({@link Walk}), when that reads fewer rows than the candidates.
 */
final class Plan {
  /** The largest offset + limit that an ordered query keeps by insertion rather than sorting. */
  private static final int TOP_K = 64;

  @SuppressWarnings("unchecked")
  private static final Predicate<Object>[] NO_FILTERS = new Predicate[0];

  private static final Check[] NO_CHECKS = {};
  private static final Bound[] NO_LOADS = {};

  private final Table<Object> table;
  private final EntityType<Object, ?> type;
  private final Predicate<Object>[] filters;

  /** The filters but the one {@link #source} answers exactly, for the candidates it gives. */
  private final Predicate<Object>[] residual;

  /** The filters that {@link #accepts} tests: {@link #residual} while candidates come from it. */
  private Predicate<Object>[] testing;

  private final Check[] checks;
  private final Comparator<Object> order;
  private final int offset;
  private final int limit;
  private final Bound[] loads;
  private final int relationCount;

  /** Whether every candidate is selected as it comes: no condition, order or page. */
  private final boolean takesAll;

  /** Whether rows must pass conditions or existence filters. */
  private final boolean filtered;

  /** Where the conditions' rows can be found through an index; null: they need a scan. */
  private final Candidates.Source source;

  /** The slots of {@link #source}, found on first use. */
  private int[] sourceSlots;

  /** Whether the buckets this plan is run over are ascending, so that it may intersect them. */
  private final boolean ascendingBuckets;

  /** The ordered walk of a page of the whole table, or null where it sorts its candidates. */
  private final Walk walk;

  @SuppressWarnings("unchecked")
  private Plan(Tables tables, QuerySpec<?> spec, boolean ascendingBuckets) {
    this.type = (EntityType<Object, ?>) spec.type;
    this.table = tables.of(type);
    this.filters = spec.filters.isEmpty() ? NO_FILTERS : spec.filters.toArray(NO_FILTERS);
    this.checks = spec.existence.isEmpty() ? NO_CHECKS : new Check[spec.existence.size()];
    for (int i = 0; i < checks.length; i++) {
      QuerySpec.Existence e = spec.existence.get(i);
      Relation.Lookup lookup = e.relation().bind(tables);
      checks[i] = new Check(lookup, new Plan(tables, e.spec(), ascending(lookup)), e.present());
    }
    this.order = (Comparator<Object>) spec.order;
    this.offset = spec.offset;
    this.limit = spec.limit;
    this.loads = spec.loads.isEmpty() ? NO_LOADS : new Bound[spec.loads.size()];
    for (int i = 0; i < loads.length; i++) {
      QuerySpec.Load load = spec.loads.get(i);
      Relation<Object, Object> relation = (Relation<Object, Object>) load.relation();
      Relation.Lookup lookup = relation.bind(tables);
      loads[i] = new Bound(relation, lookup, new Plan(tables, load.spec(), ascending(lookup)));
    }
    this.relationCount = type.relations().size();
    this.filtered = filters.length > 0 || checks.length > 0;
    this.takesAll = !filtered && order == null && !spec.paged();
    this.source = Candidates.of(table, spec.filters);
    this.residual = source == null ? filters : without(filters, source.answered);
    this.testing = filters;
    this.ascendingBuckets = ascendingBuckets;
    this.walk = Walk.choose(this, (QuerySpec<Object>) spec);
  }

  /** {@code filters} without the first that is {@code answered}. */
  private static Predicate<Object>[] without(Predicate<Object>[] filters, Predicate<?> answered) {
    for (int i = 0; i < filters.length; i++) {
      if (filters[i] == answered) {
        Predicate<Object>[] rest = Arrays.copyOf(filters, filters.length - 1);
        System.arraycopy(filters, i + 1, rest, i, filters.length - 1 - i);
        return rest;
      }
    }
    return filters;
  }

  /** Binds {@code spec} to {@code tables}; call under the read lock. */
  static Plan bind(Tables tables, QuerySpec<?> spec) {
    return new Plan(tables, spec, false);
  }

  /** Whether the buckets of {@code lookup} are ascending: those of one index lookup are. */
  private static boolean ascending(Relation.Lookup lookup) {
    return lookup instanceof DirectRelation.KeyLookup;
  }

  /** The table this plan reads. */
  Table<Object> table() {
    return table;
  }

  /** The index source of the conditions, or null. */
  Candidates.Source source() {
    return source;
  }

  /**
   * The candidates of a run over {@code bucket} (null: the whole table): narrowed through {@link
   * #source} where there is one (see the class notes).
   */
  private int[] candidates(int[] bucket) {
    testing = filters;
    if (source == null || (bucket != null && !ascendingBuckets)) {
      return bucket;
    }
    if (sourceSlots == null) {
      sourceSlots = source.slots(table);
    }
    int[] narrowed = bucket == null ? sourceSlots : Candidates.intersect(bucket, sourceSlots);
    if (narrowed != bucket) {
      testing = residual; // every candidate is one the source found
    }
    return narrowed;
  }

  /** Whether a stored row passes the conditions and existence filters. */
  boolean accepts(Object row) {
    for (Predicate<Object> filter : testing) {
      if (!filter.test(row)) {
        return false;
      }
    }
    for (Check check : checks) {
      if (!check.test(row)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The stored rows selected from {@code bucket} (or the whole table, if null): accepted, ordered,
   * paged. The list may be a view; callers read it and let it go.
   */
  List<Object> select(int[] bucket) {
    if (order == null) {
      return page(bucket, Rows.STORED);
    }
    if (bucket == null && walk != null) {
      testing = filters;
      return walk.select();
    }
    bucket = candidates(bucket);
    int candidates = bucket == null ? table.end() : bucket[0];
    long wanted = limit < 0 ? Long.MAX_VALUE : (long) offset + limit;
    if (wanted <= TOP_K && wanted < candidates) {
      return top(bucket, candidates, (int) wanted);
    }
    List<Object> rows = new ArrayList<>(candidates); // all collected, sorted, then paged
    for (int i = 0; i < candidates; i++) {
      Object row = table.row(bucket == null ? i : bucket[i + 1]);
      if (row != null && (!filtered || accepts(row))) {
        rows.add(row);
      }
    }
    return Selection.orderAndPage(rows, order, offset, limit);
  }

  /**
   * The page of an ordered query whose offset and limit together are small: the best {@code wanted}
   * rows kept in one pass by insertion (as a stable sort then a cut would give them: a row goes
   * after those it ties with, and a row that only ties with the last kept is not kept), then the
   * page. O(candidates · wanted) at worst, O(candidates) when most rows are not among the best,
   * against a full sort of every candidate.
   */
  private List<Object> top(int[] bucket, int candidates, int wanted) {
    Object[] best = new Object[wanted];
    int kept = 0;
    for (int i = 0; i < candidates && wanted > 0; i++) {
      Object row = table.row(bucket == null ? i : bucket[i + 1]);
      if (row == null || (filtered && !accepts(row))) {
        continue;
      }
      if (kept == wanted && order.compare(row, best[wanted - 1]) >= 0) {
        continue;
      }
      int at = kept < wanted ? kept++ : wanted - 1;
      while (at > 0 && order.compare(best[at - 1], row) > 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = row;
    }
    return Arrays.asList(best).subList(Math.min(offset, kept), kept);
  }

  /** How many rows {@link #select} would return, without ordering or copying them. */
  int count(int[] bucket) {
    bucket = candidates(bucket);
    int candidates = bucket == null ? table.end() : bucket[0];
    int accepted = 0;
    int wanted =
        limit < 0 ? Integer.MAX_VALUE : (int) Math.min((long) offset + limit, Integer.MAX_VALUE);
    for (int i = 0; i < candidates && accepted < wanted; i++) {
      Object row = table.row(bucket == null ? i : bucket[i + 1]);
      if (row != null && (takesAll || accepts(row))) {
        accepted++;
      }
    }
    return Math.max(0, accepted - offset);
  }

  /** Whether {@link #select} would return a row: stops at the first one past the offset. */
  boolean any(int[] bucket) {
    if (limit == 0) {
      return false;
    }
    bucket = candidates(bucket);
    int candidates = bucket == null ? table.end() : bucket[0];
    int skip = offset;
    for (int i = 0; i < candidates; i++) {
      Object row = table.row(bucket == null ? i : bucket[i + 1]);
      if (row != null && (takesAll || accepts(row)) && skip-- == 0) {
        return true;
      }
    }
    return false;
  }

  /** A fresh copy of a selected row, carrying the relations this plan loads. */
  Object materialize(Object row) {
    if (loads.length == 0) {
      return type.copy(row);
    }
    Object[] values = new Object[relationCount];
    for (Bound load : loads) {
      values[load.relation.ordinal()] = load.value(row);
    }
    Object copy = type.assemble(row, values);
    for (Bound load : loads) {
      if (values[load.relation.ordinal()] == null) {
        // A to-one that found nothing: JSON writes it as null, unlike one not loaded.
        LoadedNothing.mark(copy, load.relation.ordinal());
      }
    }
    return copy;
  }

  /**
   * Runs the plan over {@code bucket} (or the whole table, if null): fresh copies of the selected
   * rows, carrying the relations it loads.
   */
  List<Object> run(int[] bucket) {
    if (order != null) {
      List<Object> rows = select(bucket);
      List<Object> copies = new ArrayList<>(rows.size());
      for (Object row : rows) {
        copies.add(materialize(row));
      }
      return copies;
    }
    return page(bucket, Rows.COPIES); // without an order, one pass filters, pages and copies
  }

  /** What {@link #page} returns. */
  private enum Rows {
    /** The stored rows themselves, for the caller to read and let go. */
    STORED,
    /** Fresh copies, carrying the relations the plan loads. */
    COPIES
  }

  /**
   * The accepted rows of an unordered query from {@code bucket} (or the whole table), paged, as
   * they come, {@code as} stored rows or fresh copies. Stops at the limit.
   */
  private List<Object> page(int[] bucket, Rows as) {
    bucket = candidates(bucket);
    int candidates = bucket == null ? table.end() : bucket[0];
    int expected = bucket == null ? table.size() : candidates;
    List<Object> rows = new ArrayList<>(takesAll ? expected : Math.min(expected, 16));
    int skip = offset;
    for (int i = 0; i < candidates && (limit < 0 || rows.size() < limit); i++) {
      Object row = table.row(bucket == null ? i : bucket[i + 1]);
      if (row != null && (!filtered || accepts(row))) {
        if (skip > 0) {
          skip--;
        } else {
          rows.add(as == Rows.COPIES ? materialize(row) : row);
        }
      }
    }
    return rows;
  }

  /**
   * A relation to load, bound. A to-one target is copied once per query however many rows it is
   * loaded for: the comments of one post share one fresh copy of it, as Vuex ORM and Pinia ORM
   * share one instance and as a database's rows grouped by key would.
   */
  private static final class Bound {
    final Relation<Object, Object> relation;
    final Relation.Lookup lookup;
    final Plan plan;

    /** The copies made so far, by slot; made on first use. */
    private SlotCache shared;

    Bound(Relation<Object, Object> relation, Relation.Lookup lookup, Plan plan) {
      this.relation = relation;
      this.lookup = lookup;
      this.plan = plan;
    }

    Object value(Object owner) {
      if (relation.toMany()) {
        return relation.container(plan.run(lookup.related(owner)));
      }
      int slot;
      if (plan.takesAll) {
        slot = lookup.first(owner); // no allocation on the common path
      } else {
        slot = plan.firstSelectedSlot(lookup.related(owner));
      }
      if (slot < 0) {
        return null;
      }
      if (shared == null) {
        shared = new SlotCache(plan.table.end());
      }
      Object copy = shared.get(slot);
      if (copy == null) {
        copy = plan.materialize(plan.table.row(slot));
        shared.put(slot, copy);
      }
      return copy;
    }
  }

  /**
   * The slot of the first row {@link #select} would return from {@code bucket}, or -1: the row a
   * constrained to-one relation loads, whose copy is shared by slot.
   */
  private int firstSelectedSlot(int[] bucket) {
    List<Object> rows = select(bucket);
    return rows.isEmpty() ? -1 : table.slotOf(table.type.key().get(rows.get(0)));
  }

  /**
   * Slot → copy, a per-query cache that never holds a removal. It starts as open addressing on int
   * keys; once that would take as much memory as an array over every slot of the table, it becomes
   * that array. A query that shares the parents of many rows (every comment with its post) then
   * looks them up by index, with the locality of the slots themselves, while one that loads few
   * parents from a large table allocates only for those.
   */
  private static final class SlotCache {
    /** One past the highest slot of the table; constant during the read. */
    private final int end;

    private int[] slots = new int[16]; // slot + 1; 0 marks a free position
    private Object[] copies = new Object[16];
    private int size;

    /** Indexed by slot, once the cache has switched to it; null before. */
    private Object[] bySlot;

    SlotCache(int end) {
      this.end = end;
    }

    Object get(int slot) {
      if (bySlot != null) {
        return bySlot[slot];
      }
      int mask = slots.length - 1;
      for (int i = home(slot) & mask; ; i = (i + 1) & mask) {
        int present = slots[i];
        if (present == 0) {
          return null;
        }
        if (present == slot + 1) {
          return copies[i];
        }
      }
    }

    void put(int slot, Object copy) {
      if (bySlot != null) {
        bySlot[slot] = copy;
        return;
      }
      if (2 * (size + 1) > slots.length) {
        grow();
        if (bySlot != null) {
          bySlot[slot] = copy;
          return;
        }
      }
      insert(slot, copy);
    }

    private void insert(int slot, Object copy) {
      int mask = slots.length - 1;
      int i = home(slot) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = slot + 1;
      copies[i] = copy;
      size++;
    }

    private static int home(int slot) {
      int h = slot * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /**
     * Doubles the hash table, or moves to the array by slot when that is no larger: two arrays of
     * {@code 2 * length} against one of {@code end}.
     */
    private void grow() {
      int[] oldSlots = slots;
      Object[] oldCopies = copies;
      int length = oldSlots.length * 2;
      if (2L * length >= end) {
        bySlot = new Object[end];
        for (int i = 0; i < oldSlots.length; i++) {
          if (oldSlots[i] != 0) {
            bySlot[oldSlots[i] - 1] = oldCopies[i];
          }
        }
        slots = null;
        copies = null;
        return;
      }
      slots = new int[length];
      copies = new Object[length];
      size = 0;
      for (int i = 0; i < oldSlots.length; i++) {
        if (oldSlots[i] != 0) {
          insert(oldSlots[i] - 1, oldCopies[i]);
        }
      }
    }
  }

  /** An existence filter, bound. */
  private static final class Check {
    final Relation.Lookup lookup;
    final Plan plan;
    final boolean present;

    Check(Relation.Lookup lookup, Plan plan, boolean present) {
      this.lookup = lookup;
      this.plan = plan;
      this.present = present;
    }

    boolean test(Object owner) {
      return plan.any(lookup.related(owner)) == present;
    }
  }
}
