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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongUnaryOperator;
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

  /**
   * Lock-free finds racing transactions that change the primary index of {@code Long} keys
   * throughout and then fail: in each round a fresh database holds 1,000 rows with keys at the
   * edges of {@code int} (its index narrow); a transaction saves 1,000 rows whose keys are beyond
   * the int range (widening the index) or of one hash code (switching it to the seeded hash),
   * growing it, deletes half of the stable rows (shifting probe runs back) and re-saves some of
   * them, then throws. Readers must always find every stable row whole and never a row of a failed
   * transaction: a wrong answer read mid-write must be discarded by the version check.
   */
  @Test
  void findWithoutTheLockNeverSeesARolledBackWideningWrite() throws Exception {
    int stable = 1_000;
    LongUnaryOperator stableKey = i -> i % 2 == 0 ? Integer.MAX_VALUE - i : Integer.MIN_VALUE + i;
    LongUnaryOperator failedKey =
        i -> i % 2 == 0 ? (1L << 32) + i : i * ((1L << 32) + 1) + Long.MIN_VALUE;
    AtomicReference<Database> current = new AtomicReference<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    Queue<String> violations = new ConcurrentLinkedQueue<>();
    CountDownLatch readersRunning = new CountDownLatch(READERS);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      current.set(stableDatabase(stable, stableKey));
      Future<Integer> writer =
          pool.submit(
              () -> {
                readersRunning.await();
                int failed = 0;
                try {
                  for (int round = 0; round < 60; round++) {
                    Database db = round == 0 ? current.get() : stableDatabase(stable, stableKey);
                    current.set(db);
                    for (int attempt = 0; attempt < 3; attempt++) {
                      try {
                        db.transaction(() -> failingWrite(db, stable, stableKey, failedKey));
                      } catch (IllegalStateException expected) {
                        failed++;
                      }
                    }
                  }
                } finally {
                  writing.set(false);
                }
                return failed;
              });
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        int first = r;
        readers.add(
            pool.submit(
                () -> {
                  int reads = 0;
                  long i = first;
                  do {
                    Database db = current.get();
                    i = (i + 7) % stable;
                    Item found = db.find(ITEMS, stableKey.applyAsLong(i));
                    if (found == null || found.groupId != i || !found.name.equals("stable " + i)) {
                      violations.add("stable row " + i + " read as " + found);
                    }
                    Item never = db.find(ITEMS, failedKey.applyAsLong(i));
                    if (never != null) {
                      violations.add("row of a failed write read as " + never);
                    }
                    if (reads++ == 0) {
                      readersRunning.countDown();
                    }
                  } while (writing.get() && violations.size() < 10);
                  return null;
                }));
      }

      assertEquals(180, writer.get(120, TimeUnit.SECONDS));
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertEquals(List.of(), List.copyOf(violations));
      Database last = current.get();
      assertEquals(stable, last.size(ITEMS));
      for (long i = 0; i < stable; i++) {
        assertEquals("stable " + i, last.find(ITEMS, stableKey.applyAsLong(i)).name);
        assertEquals(null, last.find(ITEMS, failedKey.applyAsLong(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A database whose items are {@code count} rows with the keys {@code key} gives 0, 1, .... */
  private static Database stableDatabase(int count, LongUnaryOperator key) {
    Database db = new Database();
    db.register(ITEMS);
    List<Item> rows = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      rows.add(new Item(key.applyAsLong(i), i, "stable " + i));
    }
    db.save(ITEMS, rows);
    return db;
  }

  /** Widens, rehashes and grows the primary index, deletes and re-saves, then fails. */
  private static Object failingWrite(
      Database db, int stable, LongUnaryOperator stableKey, LongUnaryOperator failedKey) {
    List<Item> rows = new ArrayList<>();
    for (long i = 0; i < stable; i++) {
      rows.add(new Item(failedKey.applyAsLong(i), -1L, "failed " + i));
    }
    db.save(ITEMS, rows);
    for (long i = 0; i < stable; i += 2) {
      db.delete(ITEMS, stableKey.applyAsLong(i));
    }
    for (long i = 0; i < stable; i += 4) {
      db.save(ITEMS, List.of(new Item(stableKey.applyAsLong(i), -1L, "re-saved " + i)));
    }
    throw new IllegalStateException("undo everything");
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
