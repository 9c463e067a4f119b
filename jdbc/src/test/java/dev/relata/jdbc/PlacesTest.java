package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.ReplyRepository;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Places in insertion order drawn in blocks on PostgreSQL ({@link Places}): two stores with pools
 * of their own on one database, as two processes would be, never give one place twice, each run of
 * rows keeps its order, and a table whose identity steps by 1 (made before the blocks) keeps
 * working on the identity's default.
 */
class PlacesTest {
  private static final int RUNS_PER_THREAD = 6;
  private static final int ROWS_PER_RUN = 1_250; // two blocks, the second part full

  private final String schema = Databases.newSchema(Databases.postgresServer());
  private final HikariDataSource first = Databases.pool(Databases.postgresServer(), schema);
  private final HikariDataSource second = Databases.pool(Databases.postgresServer(), schema);
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void close() throws InterruptedException {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    first.close();
    second.close();
  }

  private static BlogPostRepository posts(JdbcStore store) {
    new ReplyRepository(store);
    return new BlogPostRepository(store);
  }

  @Test
  void twoStoresSavingRunsAtOnceGiveNoPlaceTwiceAndKeepEachRunInOrder() throws Exception {
    JdbcStore a = JdbcStore.open(first);
    JdbcStore b = JdbcStore.open(second);
    BlogPostRepository postsOfA = posts(a);
    BlogPostRepository postsOfB = posts(b);
    a.createSchema();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      BlogPostRepository side = t % 2 == 0 ? postsOfA : postsOfB;
      int thread = t;
      work.add(
          threads.submit(
              () -> {
                start.await();
                for (int run = 0; run < RUNS_PER_THREAD; run++) {
                  List<BlogPost> rows = new ArrayList<>();
                  for (int i = 0; i < ROWS_PER_RUN; i++) {
                    BlogPost post = new BlogPost(thread + "/" + run + "/" + i, i);
                    if (thread >= 2) {
                      post.id = 1_000_000L * (thread * RUNS_PER_THREAD + run + 1) + i;
                    }
                    rows.add(post);
                  }
                  // Keys assigned (threads 0, 1) or given (2, 3); then a row the default places.
                  retried(() -> side.saveAll(rows));
                  BlogPost single = new BlogPost(thread + "/" + run + "/single", 0);
                  retried(() -> side.save(single));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(2, TimeUnit.MINUTES);
    }

    Map<String, Long> places = places(first);
    int rows = 4 * RUNS_PER_THREAD * (ROWS_PER_RUN + 1);
    assertEquals(rows, places.size(), "a write was lost");
    assertEquals(rows, places.values().stream().distinct().count(), "a place was given twice");
    for (int thread = 0; thread < 4; thread++) {
      long last = 0;
      for (int run = 0; run < RUNS_PER_THREAD; run++) {
        for (int i = 0; i < ROWS_PER_RUN; i++) {
          long place = places.get(thread + "/" + run + "/" + i);
          assertTrue(place > last, "row " + thread + "/" + run + "/" + i + " out of order");
          if (thread < 2 && i % Dialect.Postgres.PLACES_PER_DRAW != 0) {
            // Assigned keys make new rows, inserted with places from blocks drawn for the run (not
            // one number of the identity per row). Given keys may lie below a sequence another
            // thread raised, and then go as upserts, which the identity's default numbers.
            assertEquals(last + 1, place, "row " + thread + "/" + run + "/" + i + " not drawn");
          }
          last = place;
        }
        long single = places.get(thread + "/" + run + "/single");
        assertTrue(single > last, "the single row of " + thread + "/" + run + " out of order");
        last = single;
      }
    }
    List<String> inOrder = postsOfB.all().stream().map(p -> p.title).toList();
    List<String> byPlace =
        places.entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .toList();
    assertEquals(byPlace, inOrder);
  }

  @Test
  void aTableWhoseIdentityStepsByOneKeepsTheDefault() throws SQLException {
    JdbcStore made = JdbcStore.open(first);
    posts(made);
    made.createSchema();
    try (Connection connection = first.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE blog_posts ALTER COLUMN relata_order SET INCREMENT BY 1");
    }
    BlogPostRepository posts = posts(JdbcStore.open(second));
    List<String> titles = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      List<BlogPost> rows = new ArrayList<>();
      for (int i = 0; i < Places.FEWEST_ROWS; i++) { // runs that would draw blocks
        rows.add(new BlogPost(run + "/" + i, i));
        titles.add(run + "/" + i);
      }
      posts.saveAll(rows);
    }

    assertEquals(titles, posts.all().stream().map(p -> p.title).toList());
    Map<String, Long> places = places(first);
    assertEquals(1L, places.get("0/0"));
    int last = Places.FEWEST_ROWS - 1;
    assertEquals(2L * Places.FEWEST_ROWS, places.get("1/" + last), "a step of 1 numbers every row");
  }

  /** Runs {@code write} until it does not conflict with a concurrent one (which wrote nothing). */
  private static void retried(Runnable write) {
    while (true) {
      try {
        write.run();
        return;
      } catch (WriteConflictException e) {
        // nothing was written: run it again
      }
    }
  }

  /** Each post's place in insertion order, by title. */
  private static Map<String, Long> places(HikariDataSource source) throws SQLException {
    Map<String, Long> places = new HashMap<>();
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT title, relata_order FROM blog_posts")) {
      while (rows.next()) {
        places.put(rows.getString(1), rows.getLong(2));
      }
    }
    return places;
  }
}
