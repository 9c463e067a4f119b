package dev.relata.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.jdbc.model.Author;
import dev.relata.jdbc.model.AuthorRepository;
import dev.relata.jdbc.model.BlogPost;
import dev.relata.jdbc.model.BlogPostRepository;
import dev.relata.jdbc.model.ReplyRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two {@link JdbcStore}s with connection pools of their own on one PostgreSQL database, as two
 * processes would be: keys come from the database, so none is given twice, and no write is lost.
 */
class KeysAcrossStoresTest {
  private static final int THREADS_PER_STORE = 3;
  private static final int SAVES_PER_THREAD = 40;

  private final String schema = Databases.newSchema(Databases.postgresServer());
  private final HikariDataSource first = Databases.pool(Databases.postgresServer(), schema);
  private final HikariDataSource second = Databases.pool(Databases.postgresServer(), schema);
  private final ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_STORE);

  @AfterEach
  void close() throws InterruptedException {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    first.close();
    second.close();
  }

  /** The repositories of a store on {@code source}. */
  private record Side(JdbcStore store, AuthorRepository authors, BlogPostRepository posts) {
    static Side on(HikariDataSource source) {
      JdbcStore store = JdbcStore.open(source);
      AuthorRepository authors = new AuthorRepository(store);
      BlogPostRepository posts = new BlogPostRepository(store);
      new ReplyRepository(store);
      return new Side(store, authors, posts);
    }
  }

  @Test
  void twoStoresSavingAtOnceNeverAssignOneKeyTwiceAndLoseNoWrite() throws Exception {
    Side a = Side.on(first);
    Side b = Side.on(second);
    a.store.createSchema();
    ConcurrentLinkedQueue<Long> authorKeys = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> postKeys = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 2 * THREADS_PER_STORE; t++) {
      Side side = t % 2 == 0 ? a : b;
      int thread = t;
      work.add(
          threads.submit(
              () -> {
                start.await();
                for (int i = 0; i < SAVES_PER_THREAD; i++) {
                  Author author = new Author("t" + thread + "-" + i);
                  author.blogPosts = List.of(new BlogPost("p", i), new BlogPost("q", i));
                  while (true) {
                    try {
                      side.authors.save(author);
                      break;
                    } catch (WriteConflictException e) {
                      conflicts.incrementAndGet(); // nothing was written: run it again
                    }
                  }
                  authorKeys.add(author.id);
                  author.blogPosts.forEach(p -> postKeys.add(p.id));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : work) {
      future.get(2, TimeUnit.MINUTES);
    }

    int saves = 2 * THREADS_PER_STORE * SAVES_PER_THREAD;
    assertEquals(saves, new HashSet<>(authorKeys).size(), "an author key was given twice");
    assertEquals(2 * saves, new HashSet<>(postKeys).size(), "a post key was given twice");
    List<Author> stored = b.authors.query().withBlogPosts().get();
    assertEquals(saves, stored.size(), "a write was lost");
    Set<Long> storedKeys = new HashSet<>();
    for (Author author : stored) {
      storedKeys.add(author.id);
      assertEquals(2, author.blogPosts.size(), author.name + " lost a post");
    }
    assertEquals(new HashSet<>(authorKeys), storedKeys);
    assertEquals(2L * saves, a.posts.count());
  }

  @Test
  void aKeyWrittenByOneStoreIsNeverAssignedByTheOther() {
    Side a = Side.on(first);
    Side b = Side.on(second);
    a.store.createSchema();
    for (long key : new long[] {5_000L, 3_000_000_000L}) { // drawn past, then set past
      Author given = new Author("given");
      given.id = key;
      a.authors.save(given);

      Author assigned = b.authors.save(new Author("assigned"));

      assertTrue(assigned.id > key, "assigned " + assigned.id);
    }
    assertEquals(4, a.authors.count());
  }

  /**
   * Both stores save the same new explicit keys at once, many rows at a time (sent as inserts
   * first, see {@link SqlRows}): each save either succeeds or fails as a {@link
   * WriteConflictException} that wrote nothing, never as a duplicate key; one row per key stays.
   */
  @Test
  void twoStoresSavingTheSameNewKeysAtOnceConflictOrReplaceButNeverDuplicate() throws Exception {
    Side a = Side.on(first);
    Side b = Side.on(second);
    a.store.createSchema();
    int rows = SqlRows.INSERTED_FIRST * 2;
    int rounds = 5;
    AtomicInteger saved = new AtomicInteger();
    for (int round = 0; round < rounds; round++) {
      long from = 1_000L * (round + 1);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> work = new ArrayList<>();
      for (Side side : List.of(a, b)) {
        work.add(
            threads.submit(
                () -> {
                  List<BlogPost> posts = new ArrayList<>();
                  for (long key = from; key < from + rows; key++) {
                    BlogPost post = new BlogPost("p" + key, 1);
                    post.id = key;
                    posts.add(post);
                  }
                  start.await();
                  try {
                    side.posts.saveAll(posts);
                    saved.incrementAndGet();
                  } catch (WriteConflictException e) {
                    // The other store's save came first: nothing of this one was written.
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : work) {
        future.get(2, TimeUnit.MINUTES); // a DuplicateKeyException would come out here
      }
    }

    assertTrue(saved.get() >= rounds, "a round where neither save succeeded");
    assertEquals((long) rounds * rows, a.posts.count());
    Set<Long> keys = new HashSet<>();
    for (BlogPost post : b.posts.all()) {
      assertTrue(keys.add(post.id), "key " + post.id + " stored twice");
    }
  }
}
