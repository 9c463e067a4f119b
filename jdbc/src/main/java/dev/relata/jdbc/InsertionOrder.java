package dev.relata.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows read with their place in insertion order (the {@value Mapping#ORDER} column), put in that
 * order when they are all read: for a query sent without {@code ORDER BY} (see {@link
 * Dialect#insertionOrderInJava}) or in several statements (batches of keys).
 *
 * <p>Implementation notes. The rows mostly come in order already (a table scan in key order where
 * the keys came from the sequence, one statement on a database that orders them): the places are
 * checked as they come, and only rows that came out of order are sorted, by their places. The
 * places are kept in blocks that grow from {@value #FIRST_BLOCK} to {@value #LAST_BLOCK} places and
 * are never copied (one array doubled as it grew was most of what a load of 100,000 rows allocated
 * beyond the rows themselves): a place is needed only if a row comes out of order, which may be the
 * last row, so every place is kept, but at 8 bytes a row.
 *
 * @param <T> the rows
 */
final class InsertionOrder<T> {
  private static final int FIRST_BLOCK = 16;
  private static final int LAST_BLOCK = 4096;

  private final List<T> rows = new ArrayList<>();
  private final List<long[]> blocks = new ArrayList<>();
  private long[] block = new long[0];
  private int inBlock;
  private long last = Long.MIN_VALUE;
  private boolean ordered = true;

  /** Adds {@code row}, whose place in insertion order is {@code place}. */
  void add(T row, long place) {
    if (inBlock == block.length) {
      block = new long[Math.min(LAST_BLOCK, Math.max(FIRST_BLOCK, 2 * block.length))];
      blocks.add(block);
      inBlock = 0;
    }
    block[inBlock++] = place;
    if (place < last) {
      ordered = false;
    }
    last = place;
    rows.add(row);
  }

  /** Whether the rows added so far came in insertion order. */
  boolean ordered() {
    return ordered;
  }

  /** The rows added, in insertion order; a list of the caller's from then on. */
  List<T> rows() {
    if (ordered) {
      return rows;
    }
    int n = rows.size();
    long[] at = new long[n];
    int i = 0;
    for (long[] of : blocks) {
      int length = Math.min(of.length, n - i);
      System.arraycopy(of, 0, at, i, length);
      i += length;
    }
    Integer[] byPlace = new Integer[n];
    for (int r = 0; r < n; r++) {
      byPlace[r] = r;
    }
    Arrays.sort(byPlace, (a, b) -> Long.compare(at[a], at[b]));
    List<T> sorted = new ArrayList<>(n);
    for (Integer r : byPlace) {
      sorted.add(rows.get(r));
    }
    return sorted;
  }
}
