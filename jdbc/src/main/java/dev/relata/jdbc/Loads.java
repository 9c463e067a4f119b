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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations that a query of a {@link SqlBackend} loads: one statement per relation and level
 * over the rows of every owner of the level (see the backend's notes for how the values are sent),
 * the rows then handed to their owners ({@link RowGroups}) and the relation fields set.
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
   * takes): the SQL part of {@code spec} in its {@code WHERE} and {@code ORDER BY}, and its page
   * per owner with {@code ROW_NUMBER() OVER (PARTITION BY ...)} when nothing is left to Java and
   * the dialect {@linkplain Dialect#pagesPerOwner pages in SQL}.
   */
  private <O, T> List<List<T>> directRows(
      Session session,
      DirectRelation<O, T> relation,
      QuerySpec<T> spec,
      SqlBackend.Split<T> split,
      List<O> owners) {
    Mapping<T> m = backend.mapping(relation.target());
    Column<T> match = relation.targetColumn();
    List<Object> values = RowGroups.ownerValues(relation.ownerColumn(), owners);
    Parameters parameters = new Parameters();
    String where = backend.conditions(m, "t", split.sqlFilters(), split.sqlExistence(), parameters);
    String and = where.isEmpty() ? "" : " AND " + where;
    boolean paged = split.allInSql() && spec.paged() && backend.dialect.pagesPerOwner();
    // Matched on the target's key, each owner gets one row at most: their order does not matter.
    boolean unordered = !paged && match == m.type.key();
    boolean javaOrder = !unordered && backend.insertionOrderInJava(spec, split, paged);
    String order = unordered || javaOrder ? "" : SqlBackend.orderBy(spec, m, "t", split.sqlOrder());
    String columns = javaOrder ? m.selectListAndPlace : m.selectList;
    InsertionOrder<T> inOrder = javaOrder ? new InsertionOrder<>() : null;
    Map<Object, List<T>> byValue = RowGroups.hashMap(values.size());
    // A to-one target by its key: one row per value, in a list that no one changes (see perOwner).
    boolean single = unordered && !relation.toMany();
    Mapping<T>.Reader reader = m.reader(backend.codecs);
    // Rows of values no owner has, which a scan reads too, are grouped but given to no owner.
    backend.forValuesOrScan(
        session,
        m,
        match,
        values,
        backend.scans(session, m, match, values, relation.owner()),
        condition -> {
          if (!paged) {
            return "SELECT "
                + columns
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
                  .append(m.name(match))
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
        },
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
              T row = reader.read(result, 1);
              if (inOrder != null) {
                inOrder.add(row, m.readPlace(result));
              } else if (single) {
                byValue.put(match.get(row), List.of(row));
              } else {
                byValue.computeIfAbsent(match.get(row), v -> new ArrayList<>()).add(row);
              }
            }
          }
        });
    if (inOrder != null) {
      RowGroups.grouped(match, inOrder.rows(), byValue);
    }
    // A to-one target is one object for every owner that loads it (see materialize): no copies.
    return RowGroups.perOwner(
        relation.ownerColumn(), owners, byValue, relation.target(), !relation.toMany());
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
    Set<Object> given = new java.util.HashSet<>();
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
    Set<Object> given = new java.util.HashSet<>();
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
    // The value of each load for each row: an array per load, not per row.
    Object[][] values = new Object[loads.size()][];
    for (int l = 0; l < loads.size(); l++) {
      QuerySpec.Load load = loads.get(l);
      Relation<T, Object> relation = (Relation<T, Object>) load.relation();
      List<List<Object>> relatedOf =
          loadRelated(session, relation, (QuerySpec<Object>) load.spec(), rows);
      // A to-one target (of a direct relation, the only to-one kind) is one object for every row
      // that loads it already, as directRows gives the owners of one value one list; unless the
      // target's own loads built it anew per owner (a record): then one is kept per key.
      Map<Object, Object> shared =
          !relation.toMany() && !load.spec().loads().isEmpty() ? new HashMap<>() : null;
      Column<Object> key = (Column<Object>) relation.target().key();
      Object[] of = new Object[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        List<Object> related = relatedOf.get(i);
        if (shared != null && !related.isEmpty()) {
          Object target = related.get(0);
          related = List.of(shared.computeIfAbsent(key.get(target), k -> target));
        }
        of[i] = relation.container(related);
      }
      values[l] = of;
    }
    // A class's rows get their relations set in place (withValue returns the row itself): the
    // list of rows is the result. A record is built anew with them, into a list of its own.
    boolean record = type.record();
    List<T> assembled = record ? new ArrayList<>(rows.size()) : rows;
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      if (record) {
        Object[] relations = new Object[type.relations().size()];
        for (int l = 0; l < loads.size(); l++) {
          relations[loads.get(l).relation().ordinal()] = values[l][i];
        }
        row = type.assemble(row, relations);
        assembled.add(row);
      } else {
        for (int l = 0; l < loads.size(); l++) {
          ((Relation<T, ?>) loads.get(l).relation()).withValue(row, values[l][i]);
        }
      }
      for (int l = 0; l < loads.size(); l++) {
        if (values[l][i] == null) {
          LoadedNothing.mark(row, loads.get(l).relation().ordinal());
        }
      }
    }
    return assembled;
  }
}
