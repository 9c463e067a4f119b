package dev.relata.internal;

import static dev.relata.internal.TestEntities.GROUPS;
import static dev.relata.internal.TestEntities.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.internal.TestEntities.Group;
import dev.relata.internal.TestEntities.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Readers running beside a writer see every write whole or not at all. The writer saves groups with
 * two items each (a write over two tables) and deletes some of them again with a cascade, so items
 * always come and go in pairs with their group; the readers check that in every read.
 */
class DatabaseConcurrencyTest {
  private static final int WRITES = 1_500;
  private static final int READERS = 4;

  @Test
  void readersNeverSeeHalfOfAMultiRowWrite() throws Exception {
    Database db = new Database();
    db.register(GROUPS);
    AtomicBoolean writing = new AtomicBoolean(true);
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    // The writer starts once every reader has read once, so that reads overlap the writes.
    CountDownLatch readersRunning = new CountDownLatch(READERS);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      Future<Integer> writer =
          pool.submit(
              () -> {
                readersRunning.await();
                try {
                  return write(db);
                } finally {
                  writing.set(false);
                }
              });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(reader(db, writing, violations, readersRunning)));
      }

      // Generous bounds that only keep a broken lock from hanging the build.
      int groupsLeft = writer.get(60, TimeUnit.SECONDS);
      for (Future<Integer> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(), List.copyOf(violations));
      assertEquals(groupsLeft, db.size(GROUPS));
      assertEquals(2 * groupsLeft, db.size(ITEMS));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@link Database#find} and {@link Database#size} read without the lock while no write runs (see
   * Database's notes). A writer replaces one row over and over, each version consistent in itself
   * (its name spells its group), and deletes and re-inserts a second; readers that find a row must
   * find a whole one, and sizes must only ever be the two that exist between writes.
   */
  @Test
  void findWithoutTheLockReturnsOnlyWholeRows() throws Exception {
    Database db = new Database();
    db.register(ITEMS);
    db.save(ITEMS, List.of(new Item(1L, 0L, "group 0"), new Item(2L, 0L, "group 0")));
    AtomicBoolean writing = new AtomicBoolean(true);
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    CountDownLatch readersRunning = new CountDownLatch(READERS);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                readersRunning.await();
                try {
                  for (long i = 1; i <= 20 * WRITES; i++) {
                    db.save(ITEMS, List.of(new Item(1L, i, "group " + i)));
                    if (i % 2 == 0) {
                      db.delete(ITEMS, 2L);
                    } else {
                      db.save(ITEMS, List.of(new Item(2L, i, "group " + i)));
                    }
                  }
                } finally {
                  writing.set(false);
                }
                return null;
              });
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(
            pool.submit(
                () -> {
                  long last = -1;
                  int reads = 0;
                  do {
                    Item one = db.find(ITEMS, 1L);
                    if (one == null || !one.name.equals("group " + one.groupId)) {
                      violations.add("row 1 read as " + one);
                    } else if (one.groupId < last) {
                      violations.add("row 1 went back from group " + last + " to " + one.groupId);
                    } else {
                      last = one.groupId;
                    }
                    Item two = db.find(ITEMS, 2L);
                    if (two != null && !two.name.equals("group " + two.groupId)) {
                      violations.add("row 2 read as " + two);
                    }
                    long size = db.size(ITEMS);
                    if (size != 1 && size != 2) {
                      violations.add(size + " rows");
                    }
                    if (reads++ == 0) {
                      readersRunning.countDown();
                    }
                  } while (writing.get());
                  return null;
                }));
      }

      writer.get(60, TimeUnit.SECONDS);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(), List.copyOf(violations));
      assertEquals("group " + 20 * WRITES, db.find(ITEMS, 1L).name);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Saves groups of two items, deleting every third group again; returns how many are left. */
  private static int write(Database db) {
    List<Long> saved = new ArrayList<>();
    int deleted = 0;
    for (int i = 0; i < WRITES; i++) {
      Group group =
          new Group(
              null,
              "group " + i,
              List.of(
                  new Item(null, null, "first of " + i), new Item(null, null, "second of " + i)));
      db.save(GROUPS, List.of(group));
      saved.add(group.id);
      if (i % 3 == 2) {
        assertTrue(db.delete(GROUPS, saved.get(i - 1)));
        deleted++;
      }
    }
    return WRITES - deleted;
  }

  private static Callable<Integer> reader(
      Database db, AtomicBoolean writing, Queue<String> violations, CountDownLatch running) {
    QuerySpec<Group> groupsWithItems =
        QuerySpec.of(GROUPS).with(TestEntities.groupItems(), QuerySpec.of(ITEMS));
    QuerySpec<Item> allItems = QuerySpec.of(ITEMS);
    return () -> {
      int reads = 0;
      do {
        db.read(
            () -> {
              long groups = db.size(GROUPS);
              long items = db.size(ITEMS);
              if (items != 2 * groups) {
                violations.add(items + " items for " + groups + " groups");
              }
              for (Group group : db.list(groupsWithItems)) {
                if (group.items.size() != 2) {
                  violations.add(group.name + " has " + group.items.size() + " items");
                }
              }
              return null;
            });
        long count = db.count(allItems);
        if (count % 2 != 0) {
          violations.add(count + " items counted");
        }
        if (reads++ == 0) {
          running.countDown();
        }
      } while (writing.get() && violations.size() < 10);
      return reads;
    };
  }
}
