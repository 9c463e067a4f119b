package dev.relata.examples.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-written reference of {@link IndexSaveBenchmark}: what a careful programmer writes to
 * keep the same rows in memory, with and without the two indexes. Each row is copied (as a store
 * keeps copies) into a {@code HashMap} by key; the indexed save also keeps a unique {@code HashMap}
 * by slug and a {@code TreeMap} from creation time to the rows of that time. A duplicate slug is
 * refused with an {@link IllegalStateException} and leaves the maps as they were: each row claims
 * its slug first ({@code putIfAbsent}, one probe for the check and the write), and a refusal undoes
 * the rows of this call. Maps are sized for the rows they will hold, as {@code HashMap}'s table is
 * allocated only at the first put, inside the measured time.
 */
final class HandSave {
  private final Map<Long, IndexedRow> byId;
  private final Map<String, IndexedRow> bySlug;
  private final TreeMap<Long, List<IndexedRow>> byCreatedAt = new TreeMap<>();

  /** Empty maps for {@code n} rows. */
  HandSave(int n) {
    int capacity = (int) (n / 0.75f) + 1;
    byId = new HashMap<>(capacity);
    bySlug = new HashMap<>(capacity);
  }

  /** Stores a copy of each row by key; returns how many rows the map holds. */
  int savePlain(List<PlainRow> rows) {
    Map<Long, IndexedRow> map = byId;
    for (PlainRow r : rows) {
      map.put(
          r.id(),
          new IndexedRow(r.id(), r.title(), r.userId(), r.slug(), r.createdAt(), r.views()));
    }
    return map.size();
  }

  /**
   * Stores a copy of each row by key, by slug (unique) and by creation time; returns how many rows
   * are stored. A row that replaces one of the same key takes its place in the indexes.
   *
   * @throws IllegalStateException if a slug is held by a row of another key; nothing is kept
   */
  int saveIndexed(List<IndexedRow> rows) {
    IndexedRow[] replaced = null; // by place in rows: the row of the same key it replaced
    for (int i = 0; i < rows.size(); i++) {
      IndexedRow r = rows.get(i);
      IndexedRow copy =
          new IndexedRow(r.id(), r.title(), r.userId(), r.slug(), r.createdAt(), r.views());
      IndexedRow holder = bySlug.putIfAbsent(copy.slug(), copy);
      if (holder != null && !holder.id().equals(copy.id())) {
        undo(rows, i, replaced);
        throw new IllegalStateException("slug " + copy.slug() + " is taken");
      }
      IndexedRow old = byId.put(copy.id(), copy);
      if (old != null) {
        if (replaced == null) {
          replaced = new IndexedRow[rows.size()];
        }
        replaced[i] = old;
        unindex(old);
        bySlug.put(copy.slug(), copy);
      }
      byCreatedAt.computeIfAbsent(copy.createdAt(), t -> new ArrayList<>(1)).add(copy);
    }
    return byId.size();
  }

  private void index(IndexedRow row) {
    bySlug.put(row.slug(), row);
    byCreatedAt.computeIfAbsent(row.createdAt(), t -> new ArrayList<>(1)).add(row);
  }

  private void unindex(IndexedRow row) {
    bySlug.remove(row.slug(), row);
    List<IndexedRow> atTime = byCreatedAt.get(row.createdAt());
    atTime.remove(row);
    if (atTime.isEmpty()) {
      byCreatedAt.remove(row.createdAt());
    }
  }

  /**
   * Undoes the first {@code done} rows of this call, last first: at each step the key maps to the
   * copy that step stored, which goes, and the row it replaced comes back.
   */
  private void undo(List<IndexedRow> rows, int done, IndexedRow[] replaced) {
    for (int i = done - 1; i >= 0; i--) {
      Long id = rows.get(i).id();
      unindex(byId.get(id));
      IndexedRow old = replaced == null ? null : replaced[i];
      if (old == null) {
        byId.remove(id);
      } else {
        byId.put(id, old);
        index(old);
      }
    }
  }

  /** The row of slug {@code slug}, or null. */
  IndexedRow bySlug(String slug) {
    return bySlug.get(slug);
  }

  /** The rows in order of creation time (then of saving). */
  List<IndexedRow> byCreatedAt() {
    List<IndexedRow> all = new ArrayList<>();
    byCreatedAt.values().forEach(all::addAll);
    return all;
  }

  /** The number of rows stored. */
  int size() {
    return byId.size();
  }
}
