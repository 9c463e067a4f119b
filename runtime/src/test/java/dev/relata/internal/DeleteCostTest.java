package dev.relata.internal;

import static dev.relata.internal.TestEntities.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Item;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deleting one row costs the same whatever the size of its table: counted in bytes allocated by the
 * deleting thread (JMH's {@code DeleteBenchmark} measures the time).
 */
class DeleteCostTest {
  private static final int DELETES = 1_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Bytes allocated per delete of the newest {@link #DELETES} rows, one at a time. */
  private static long bytesPerDeleteOfNewest(int rows) {
    Database db = new Database();
    db.register(ITEMS);
    List<Item> items = new ArrayList<>(rows);
    for (long id = 1; id <= rows; id++) {
      items.add(new Item(id, id % 100, "item " + id));
    }
    db.save(ITEMS, items);

    long thread = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(thread);
    for (long id = rows; id > rows - DELETES; id--) {
      assertTrue(db.delete(ITEMS, id), "delete of " + id);
    }
    long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
    assertEquals(rows - DELETES, db.size(ITEMS));
    return allocated / DELETES;
  }

  @Test
  void deletingNewestRowAllocatesNoMoreInLargeTableThanInSmallOne() {
    bytesPerDeleteOfNewest(4_000); // warms up the paths measured below
    long small = bytesPerDeleteOfNewest(4_000);
    long large = bytesPerDeleteOfNewest(400_000);

    assertTrue(
        large <= 2 * small + 256,
        "a delete allocated " + large + " bytes at 400,000 rows, " + small + " at 4,000");
  }
}
