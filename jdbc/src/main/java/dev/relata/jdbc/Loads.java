package dev.relata.jdbc;

import dev.relata.internal.Column;
import dev.relata.internal.DirectRelation;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.LoadedNothing;
import dev.relata.internal.QuerySpec;
import dev.relata.internal.Relation;
import dev.relata.internal.Selection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations that a query of a {@link SqlBackend} loads: one statement per relation and level
 * over the rows of every owner of the level (see the backend's notes for how the values are sent),
 * the rows then handed to their owners ({@link RowGroups}) and the relation fields set.
 *
 * <p>Implementation notes. A load's cost beyond the database is per row: a load of every comment
 * with its post handles 100,000 owners. So a to-one of a direct relation whose spec SQL runs whole
 * and takes no page (no lambda, no page per owner: what {@code withPost()} is) skips the list of
 * rows per owner that other loads build: the targets are mapped by the value they match, and each
 * owner is given its own ({@link #toOne}), the owners of one value one object, as in memory. The
 * rows of a class get the value of a query's only load as it is found; with several loads, or for a
 * record (built anew with all of them), the values are kept in an array per load first. Rows read
 * with their place in insertion order are grouped by owner as they come while they come in that
 * order, and grouped again from the sorted rows only if one did not.
 */
final class Loads {
  private final SqlBackend backend;

  Loads(SqlBackend backend) {
    this.backend = backend;
  }

  /**
   * For each of {@code owners}, the rows of {@code relation} that {@code spec} selects for it
   * alone, as fresh rows carrying the relations {@code spec} loads.
   */
  <O, T> List<List<T>> loadRelated(
      Session session, Relation<O, T> relation, QuerySpec<T> spec, List<O> owners) {
    List<List<T>> selected = selectRelated(session, relation, spec, owners);
    if (spec.loads().isEmpty()) {
      return selected;
    }
    List<T> flat = new ArrayList<>();
    for (List<T> of : selected) {
      flat.addAll(of);
    }
    List<T> loaded = materialize(session, spec, flat);
    List<List<T>> regrouped = new ArrayList<>(selected.size());
    int at = 0;
    for (List<T> of : selected) {
      regrouped.add(new ArrayList<>(loaded.subList(at, at + of.size())));
      at += of.size();
    }
    return regrouped;
  }

  /**
   * For each of {@code owners}, the rows of {@code relation} that {@code spec} selects for it alone
   * (its conditions, order and page per owner), without their relations. For a relation with its
   * key on one side, what SQL can run of {@code spec} runs in the query that reads the rows of all
   * owners, the page per owner with {@code ROW_NUMBER()} when nothing is left to Java (where the
   * dialect pages in SQL: on H2 the rows come in order and each owner's page is taken here); the
   * rest runs here, over each owner's rows.
   */
  @SuppressWarnings("unchecked")
  <O, T> List<List<T>> selectRelated(
      Session session, Relation<O, T> relation, QuerySpec<T> spec, List<O> owners) {
    Mapping<T> m = backend.mapping(relation.target());
    boolean direct =
        relation instanceof DirectRelation<?, ?> && !(relation instanceof HasManyByRelation<?, ?>);
    // A key list or a middle entity orders the rows of each owner itself: all the rest in Java.
    SqlBackend.Split<T> split =
        direct
            ? backend.split(spec, m)
            : new SqlBackend.Split<>(List.of(), spec.filters(), List.of(), spec.existence(), false);
    List<List<T>> related =
        direct
            ? directRows(session, (DirectRelation<O, T>) relation, spec, split, owners)
            : relatedRows(session, relation, owners);
    if (split.javaFilters().isEmpty() && split.javaExistence().isEmpty()) {
      // Nothing to leave out: each owner's rows (a list of its own, or one that no one changes)
      // at most ordered and paged here. A relation through a middle entity or a key list comes
      // here with every load of it.
      java.util.Comparator<? super T> order = split.sqlOrder() ? null : spec.order();
      if (order == null
          && (!spec.paged() || (split.allInSql() && backend.dialect.pagesPerOwner()))) {
        return related;
      }
      List<List<T>> pages = new ArrayList<>(related.size());
      for (List<T> of : related) {
        pages.add(Selection.orderAndPage(of, order, spec.offset(), spec.limit()));
      }
      return pages;
    }
    // Conditions and existence filters hold per row, whoever its owner: run them once over all.
    List<T> all = new ArrayList<>();
    for (List<T> of : related) {
      all.addAll(of);
    }
    Set<T> accepted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    accepted.addAll(backend.accept(session, split, all));
    List<List<T>> selected = new ArrayList<>(related.size());
    for (List<T> of : related) {
      List<T> kept = new ArrayList<>(of.size());
      for (T row : of) {
        if (accepted.contains(row)) {
          kept.add(row);
        }
      }
      selected.add(
          Selection.orderAndPage(
              kept, split.sqlOrder() ? null : spec.order(), spec.offset(), spec.limit()));
    }
    return selected;
  }

  /**
   * The rows of a direct relation for every owner, in one query (per array of keys the database
   * takes, see {@link DirectRead}), grouped per owner.
   */
  private <O, T> List<List<T>> directRows(
      Session session,
      DirectRelation<O, T> relation,
      QuerySpec<T> spec,
      SqlBackend.Split<T> split,
      List<O> owners) {
    Column<T> match = relation.targetColumn();
    List<Object> values = RowGroups.ownerValues(relation.ownerColumn(), owners);
    DirectRead<T> read = new DirectRead<>(relation, spec, split);
    InsertionOrder<T> inOrder = read.placed ? new InsertionOrder<>() : null;
    Map<Object, List<T>> byValue = RowGroups.hashMap(values.size());
    RowGroups.Grouping<T> grouping = new RowGroups.Grouping<>(match, byValue);
    // A to-one target by its key: one row per value, in a list that no one changes (see perOwner).
    boolean single = read.unordered && !relation.toMany();
    // Rows of values no owner has, which a scan reads too, are grouped but given to no owner.
    read.run(
        session,
        values,
        (row, result) -> {
          if (inOrder != null) {
            inOrder.add(row, read.m.readPlace(result));
          }
          if (single) {
            byValue.put(match.get(row), List.of(row));
          } else if (inOrder == null || inOrder.ordered()) {
            // Rows in insertion order so far are grouped as they come.
            grouping.add(row);
          }
        });
    if (inOrder != null && !inOrder.ordered()) {
      // Some came out of order: grouped again, from the rows put in order.
      byValue.clear();
      RowGroups.grouped(match, inOrder.rows(), byValue);
    }
    // A to-one target is one object for every owner that loads it (see materialize): no copies.
    return RowGroups.perOwner(
        relation.ownerColumn(), owners, byValue, relation.target(), !relation.toMany());
  }

  /**
   * Gives each of {@code owners} its target of a to-one relation whose load SQL runs whole and
   * unpaged ({@link #load}): one object per target row for all the owners of its value, given as it
   * is found, without a list per owner. Matched on the target's key, the rows come unordered, one
   * per key; matched on another column (a {@code @HasOne}, or a {@code @BelongsTo} to an owner key
   * that is not the key), a value's target is its first row in the load's order.
   */
  private <O, T> void toOne(
      Session session,
      DirectRelation<O, T> relation,
      QuerySpec<T> spec,
      SqlBackend.Split<T> split,
      List<O> owners,
      Values values) {
    Column<T> match = relation.targetColumn();
    List<Object> wanted = RowGroups.ownerValues(relation.ownerColumn(), owners);
    Map<Object, T> byValue = RowGroups.hashMap(wanted.size());
    DirectRead<T> read = new DirectRead<>(relation, spec, split);
    if (read.placed) {
      InsertionOrder<T> rows = new InsertionOrder<>();
      read.run(session, wanted, (row, result) -> rows.add(row, read.m.readPlace(result)));
      for (T row : rows.rows()) {
        byValue.putIfAbsent(match.get(row), row);
      }
    } else {
      read.run(session, wanted, (row, result) -> byValue.putIfAbsent(match.get(row), row));
    }
    if (!spec.loads().isEmpty()) {
      loadTargets(session, spec, wanted, byValue);
    }
    Column<O> column = relation.ownerColumn();
    Object previous = null;
    T target = null;
    for (int i = 0; i < owners.size(); i++) {
      Object value = column.get(owners.get(i));
      if (value == null) {
        values.set(i, null);
        continue;
      }
      // A run of owners with one value (see RowGroups.ownerValues) is looked up once.
      if (!value.equals(previous)) {
        target = byValue.get(value);
        previous = value;
      }
      values.set(i, target);
    }
  }

  /**
   * The targets in {@code byValue} that owners get (those of the {@code wanted} values) given the
   * relations {@code spec} loads, once each; a record, built anew with them, takes its row's entry.
   */
  private <T> void loadTargets(
      Session session, QuerySpec<T> spec, List<Object> wanted, Map<Object, T> byValue) {
    List<Object> found = new ArrayList<>(wanted.size());
    List<T> targets = new ArrayList<>(wanted.size());
    for (Object value : wanted) {
      T target = byValue.get(value);
      if (target != null) {
        found.add(value);
        targets.add(target);
      }
    }
    List<T> loaded = materialize(session, spec, targets);
    if (loaded != targets) {
      for (int i = 0; i < found.size(); i++) {
        byValue.put(found.get(i), loaded.get(i));
      }
    }
  }

  /** Receives the rows of a load as they are read, with the result they were read from. */
  private interface LoadedRows<T> {
    void add(T row, ResultSet result) throws SQLException;
  }

  /**
   * The statements of a direct relation's load for the owners of a level (one per array or list of
   * values the database takes, or one scan, see {@link SqlBackend#scans}): the SQL part of the
   * load's spec in their {@code WHERE} and {@code ORDER BY}, and its page per owner with {@code
   * ROW_NUMBER() OVER (PARTITION BY ...)} when nothing is left to Java and the dialect {@linkplain
   * Dialect#pagesPerOwner pages in SQL}.
   */
  private final class DirectRead<T> {
    final Mapping<T> m;

    /** Whether each owner's page is taken in SQL. */
    final boolean paged;

    /**
     * Matched on the target's key, each owner gets one row at most: their order does not matter.
     */
    final boolean unordered;

    /** Whether the rows come with their places, to be put in insertion order in Java. */
    final boolean placed;

    private final DirectRelation<?, T> relation;
    private final QuerySpec<T> spec;
    private final Parameters parameters = new Parameters();
    private final String and;
    private final String order;

    DirectRead(DirectRelation<?, T> relation, QuerySpec<T> spec, SqlBackend.Split<T> split) {
      this.relation = relation;
      this.spec = spec;
      this.m = backend.mapping(relation.target());
      String where =
          backend.conditions(m, "t", split.sqlFilters(), split.sqlExistence(), parameters);
      this.and = where.isEmpty() ? "" : " AND " + where;
      this.paged = split.allInSql() && spec.paged() && backend.dialect.pagesPerOwner();
      this.unordered = !paged && relation.targetColumn() == m.type.key();
      this.placed = !unordered && backend.insertionOrderInJava(spec, split, paged);
      this.order = unordered || placed ? "" : SqlBackend.orderBy(spec, m, "t", split.sqlOrder());
    }

    /**
     * Runs the statements for {@code values} of the relation's owners, giving each row read to
     * {@code each}: also the rows of values no owner has that a scan reads.
     */
    void run(Session session, List<Object> values, LoadedRows<T> each) {
      Column<T> match = relation.targetColumn();
      Mapping<T>.Reader reader = m.reader(backend.codecs);
      backend.forValuesOrScan(
          session,
          m,
          match,
          values,
          backend.scans(session, m, match, values, relation.owner()),
          this::sql,
          (statement, next) -> {
            next = parameters.bind(statement, next, backend.codecs);
            if (paged) {
              statement.setLong(next, spec.offset());
              if (spec.limit() >= 0) {
                statement.setLong(next + 1, (long) spec.offset() + spec.limit());
              }
            }
            try (ResultSet result = statement.executeQuery()) {
              while (result.next()) {
                each.add(reader.read(result, 1), result);
              }
            }
          });
    }

    /** The statement for the rows whose match column meets {@code condition}. */
    private String sql(String condition) {
      if (!paged) {
        return "SELECT "
            + (placed ? m.selectListAndPlace : m.selectList)
            + " FROM "
            + m.table
            + " t WHERE "
            + SqlBackend.qualify(condition)
            + and
            + order;
      }
      StringBuilder sql =
          new StringBuilder("SELECT * FROM (SELECT ")
              .append(m.selectList)
              .append(", ROW_NUMBER() OVER (PARTITION BY t.")
              .append(m.name(relation.targetColumn()))
              .append(order)
              .append(") AS relata_row FROM ")
              .append(m.table)
              .append(" t WHERE ")
              .append(SqlBackend.qualify(condition))
              .append(and)
              .append(") p WHERE relata_row > ?");
      if (spec.limit() >= 0) {
        sql.append(" AND relata_row <= ?");
      }
      return sql.append(" ORDER BY relata_row").toString();
    }
  }

  /** For each of {@code owners}, every row related to it, in the relation's order. */
  @SuppressWarnings("unchecked")
  <O, T> List<List<T>> relatedRows(Session session, Relation<O, T> relation, List<O> owners) {
    if (relation instanceof HasManyByRelation<O, T> by) {
      return listedRows(session, by, owners);
    }
    if (relation instanceof DirectRelation<O, T> direct) {
      Mapping<T> m = backend.mapping(direct.target());
      Column<T> match = direct.targetColumn();
      List<T> rows =
          backend.rowsWhere(
              session,
              m,
              match,
              RowGroups.ownerValues(direct.ownerColumn(), owners),
              direct.owner());
      Map<Object, List<T>> byValue = RowGroups.grouped(match, rows, new HashMap<>());
      return RowGroups.perOwner(direct.ownerColumn(), owners, byValue, direct.target(), false);
    }
    return throughRows(session, (HasManyThroughRelation<O, Object, T>) relation, owners);
  }

  /** The rows each owner's key list names, in list order, repeats repeated (as copies). */
  private <O, T> List<List<T>> listedRows(
      Session session, HasManyByRelation<O, T> relation, List<O> owners) {
    Set<Object> keys = new LinkedHashSet<>();
    for (O owner : owners) {
      for (Object key : relation.keys(owner)) {
        if (key != null) {
          keys.add(key);
        }
      }
    }
    Mapping<T> m = backend.mapping(relation.target());
    Column<T> ownerKey = relation.ownerKey();
    Map<Object, List<T>> byValue =
        RowGroups.grouped(
            ownerKey,
            backend.rowsWhere(session, m, ownerKey, new ArrayList<>(keys)),
            new HashMap<>());
    // As in throughRows: a row is given again exactly when the list of its key is.
    Set<Object> given = new HashSet<>();
    List<List<T>> related = new ArrayList<>(owners.size());
    for (O owner : owners) {
      List<T> rows = new ArrayList<>();
      for (Object key : relation.keys(owner)) {
        List<T> of = key == null ? null : byValue.get(key);
        if (of != null) {
          RowGroups.given(of, given.add(key), relation.target(), rows);
        }
      }
      related.add(rows);
    }
    return related;
  }

  /** Per owner: its middle rows in insertion order, and the targets of each in insertion order. */
  private <O, M, T> List<List<T>> throughRows(
      Session session, HasManyThroughRelation<O, M, T> relation, List<O> owners) {
    Mapping<M> middle = backend.mapping(relation.through());
    List<M> middles =
        backend.rowsWhere(
            session,
            middle,
            relation.firstKey(),
            RowGroups.ownerValues(relation.localKey(), owners),
            relation.owner());
    Map<Object, List<M>> middlesByValue =
        RowGroups.grouped(relation.firstKey(), middles, new HashMap<>());
    Mapping<T> m = backend.mapping(relation.target());
    Column<T> secondKey = relation.secondKey();
    List<Object> links = RowGroups.ownerValues(relation.secondLocalKey(), middles);
    Map<Object, List<T>> targets =
        RowGroups.grouped(
            secondKey,
            backend.rowsWhere(session, m, secondKey, links, relation.through()),
            RowGroups.hashMap(links.size()));
    // Each target is in the list of its one link value: it is given again (as a copy) exactly when
    // its list is, so the links given are counted, not the targets.
    Set<Object> given = new HashSet<>();
    List<List<T>> related = new ArrayList<>(owners.size());
    for (O owner : owners) {
      List<T> rows = new ArrayList<>();
      Object value = relation.localKey().get(owner);
      for (M row : value == null ? List.<M>of() : middlesByValue.getOrDefault(value, List.of())) {
        Object link = relation.secondLocalKey().get(row);
        List<T> of = link == null ? null : targets.get(link);
        if (of != null) {
          RowGroups.given(of, given.add(link), relation.target(), rows);
        }
      }
      related.add(rows);
    }
    return related;
  }

  /**
   * {@code rows} (fresh from the database) carrying the relations {@code spec} loads: one query per
   * relation and level over all of them. A to-one target is one object for every row that loads it,
   * as in memory. The relation fields are set on the rows themselves, which no one else holds (a
   * record, which cannot change, is built anew with them).
   */
  @SuppressWarnings("unchecked")
  <T> List<T> materialize(Session session, QuerySpec<T> spec, List<T> rows) {
    if (spec.loads().isEmpty() || rows.isEmpty()) {
      return rows;
    }
    EntityType<T, ?> type = spec.type();
    List<QuerySpec.Load> loads = spec.loads();
    if (!type.record() && loads.size() == 1) {
      // One load, on rows that can change: each row gets its value as it is found (no array).
      Relation<T, Object> relation = (Relation<T, Object>) loads.get(0).relation();
      load(session, loads.get(0), rows, (i, value) -> give(rows.get(i), relation, value));
      return rows;
    }
    // The value of each load for each row: an array per load, not per row, so that every load is
    // read before a field is set, and a record is built once with all of them.
    Object[][] values = new Object[loads.size()][];
    for (int l = 0; l < loads.size(); l++) {
      Object[] of = new Object[rows.size()];
      load(session, loads.get(l), rows, (i, value) -> of[i] = value);
      values[l] = of;
    }
    if (!type.record()) {
      for (int i = 0; i < rows.size(); i++) {
        for (int l = 0; l < loads.size(); l++) {
          give(rows.get(i), (Relation<T, Object>) loads.get(l).relation(), values[l][i]);
        }
      }
      return rows;
    }
    List<T> assembled = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Object[] relations = new Object[type.relations().size()];
      for (int l = 0; l < loads.size(); l++) {
        relations[loads.get(l).relation().ordinal()] = values[l][i];
      }
      T row = type.assemble(rows.get(i), relations);
      for (int l = 0; l < loads.size(); l++) {
        if (values[l][i] == null) {
          LoadedNothing.mark(row, loads.get(l).relation().ordinal());
        }
      }
      assembled.add(row);
    }
    return assembled;
  }

  /**
   * Sets {@code value}, what {@code relation} loaded, on {@code row} (of a class: the row itself
   * changes), marking a to-one that found nothing.
   */
  private static <T> void give(T row, Relation<T, Object> relation, Object value) {
    relation.withValue(row, value);
    if (value == null) {
      LoadedNothing.mark(row, relation.ordinal());
    }
  }

  /** Where the value of a load for each owner goes: {@code set(i, value)} for the owner at i. */
  private interface Values {
    void set(int owner, Object value);
  }

  /**
   * Gives each of {@code owners} the value of {@code load} (a list, or a target or null), through
   * {@code values}: a to-one of a direct relation whose spec SQL runs whole and that takes no page
   * straight from the rows read ({@link #toOne}), any other from each owner's rows.
   */
  @SuppressWarnings("unchecked")
  private <O> void load(Session session, QuerySpec.Load load, List<O> owners, Values values) {
    Relation<O, Object> relation = (Relation<O, Object>) load.relation();
    QuerySpec<Object> spec = (QuerySpec<Object>) load.spec();
    if (!relation.toMany() && relation instanceof DirectRelation<O, Object> direct) {
      SqlBackend.Split<Object> split = backend.split(spec, backend.mapping(direct.target()));
      if (split.allInSql() && !spec.paged()) {
        toOne(session, direct, spec, split, owners, values);
        return;
      }
    }
    List<List<Object>> relatedOf = loadRelated(session, relation, spec, owners);
    // A to-one target (of a direct relation, the only to-one kind) is one object for every row
    // that loads it already, as directRows gives the owners of one value one list; unless the
    // target's own loads built it anew per owner (a record): then one is kept per key.
    Map<Object, Object> shared =
        !relation.toMany() && !spec.loads().isEmpty() ? new HashMap<>() : null;
    Column<Object> key = (Column<Object>) relation.target().key();
    for (int i = 0; i < owners.size(); i++) {
      List<Object> related = relatedOf.get(i);
      if (shared != null && !related.isEmpty()) {
        Object target = related.get(0);
        related = List.of(shared.computeIfAbsent(key.get(target), k -> target));
      }
      values.set(i, relation.container(related));
    }
  }
}
