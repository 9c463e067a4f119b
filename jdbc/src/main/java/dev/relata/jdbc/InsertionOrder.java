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
 * checked as they come, and only rows that came out of order are sorted, by their places. A place
 * is needed only if a row comes out of order, which may be the last row; but rows in order mostly
 * come with consecutive places too (a table's rows as they were inserted), so while they do, only
 * where each run of consecutive places starts is kept: nothing per row. Where the runs become many
 * (a query that skips rows) or a row comes out of order, every place is kept from then on, the
 * runs' spelled out, in blocks that grow from {@value #FIRST_BLOCK} to {@value #LAST_BLOCK} places
 * and are never copied (one array doubled as it grew was most of what a load of 100,000 rows
 * allocated beyond the rows themselves).
 *
 * @param <T> the rows
 */
final class InsertionOrder<T> {
  private static final int FIRST_BLOCK = 16;
  private static final int LAST_BLOCK = 4096;

  private final List<T> rows = new ArrayList<>();
  private long last = Long.MIN_VALUE;
  private boolean ordered = true;

  /**
   * While {@link #blocks} is null: run r starts at row {@code runRow[r]} with place {@code
   * runPlace[r]}.
   */
  private int[] runRow = new int[4];

  private long[] runPlace = new long[4];
  private int runs;

  /** Every place, once the runs were given up; else null. */
  private List<long[]> blocks;

  private long[] block;
  private int inBlock;

  /** Adds {@code row}, whose place in insertion order is {@code place}. */
  void add(T row, long place) {
    int n = rows.size();
    if (place < last) {
      ordered = false;
    }
    if (blocks == null && (n == 0 || place != last + 1)) {
      // A run starts here: kept as a run while runs are few beside the rows and all in order.
      if (ordered && runs <= n / 8 + 4) {
        if (runs == runRow.length) {
          runRow = Arrays.copyOf(runRow, 2 * runs);
          runPlace = Arrays.copyOf(runPlace, 2 * runs);
        }
        runRow[runs] = n;
        runPlace[runs++] = place;
      } else {
        spellOutRuns(n);
      }
    }
    if (blocks != null) {
      keep(place);
    }
    last = place;
    rows.add(row);
  }

  /** Gives up the runs: keeps the place of each of the {@code n} rows added so far. */
  private void spellOutRuns(int n) {
    blocks = new ArrayList<>();
    block = new long[0];
    for (int r = 0; r < runs; r++) {
      int end = r + 1 < runs ? runRow[r + 1] : n;
      for (int i = runRow[r]; i < end; i++) {
        keep(runPlace[r] + (i - runRow[r]));
      }
    }
    runRow = null;
    runPlace = null;
  }

  private void keep(long place) {
    if (inBlock == block.length) {
      block = new long[Math.min(LAST_BLOCK, Math.max(FIRST_BLOCK, 2 * block.length))];
      blocks.add(block);
      inBlock = 0;
    }
    block[inBlock++] = place;
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
    // Out of order: every place was kept (see add).
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
