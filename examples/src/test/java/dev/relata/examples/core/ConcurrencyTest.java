package dev.relata.examples.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.RelataException;
import dev.relata.examples.StoreKind;
import dev.relata.examples.core.model.Article;
import dev.relata.examples.core.model.Author;
import dev.relata.examples.core.model.AuthorQuery;
import dev.relata.examples.core.model.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md "Store": safe from many threads, and readers never see half of a write. Every thread
 * does a fixed amount of work; the assertions are about what is read, never about time (the
 * timeouts only keep a deadlock from hanging the build).
 */
class ConcurrencyTest {
  private static final int ARTICLES_PER_AUTHOR = 4;

  private final CoreStore db = new CoreStore(StoreKind.MEMORY);
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
  }

  /** Runs writers, and readers until every writer is done; rethrows what any of them threw. */
  private void run(List<Callable<Void>> writers, List<Callable<Void>> readers) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writersDone = new AtomicBoolean();
    List<Future<Void>> writerFutures = new ArrayList<>();
    List<Future<Void>> readerFutures = new ArrayList<>();
    for (Callable<Void> writer : writers) {
      writerFutures.add(
          pool.submit(
              () -> {
                start.await();
                return writer.call();
              }));
    }
    for (Callable<Void> reader : readers) {
      readerFutures.add(
          pool.submit(
              () -> {
                start.await();
                do {
                  reader.call();
                } while (!writersDone.get());
                return null;
              }));
    }
    start.countDown();
    try {
      for (Future<Void> f : writerFutures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      writersDone.set(true);
    }
    for (Future<Void> f : readerFutures) {
      f.get(60, TimeUnit.SECONDS);
    }
  }

  private static Author authorWithArticles(String name, String version) {
    Author a = new Author(name);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES_PER_AUTHOR; i++) {
      articles.add(new Article(version, i));
    }
    a.setArticles(articles);
    return a;
  }

  /** Checks, in single reads, that every author has all its articles and one version of them. */
  private Void checkNoHalfWrite() {
    for (Author a : db.authors.withArticles().get()) {
      assertFalse(a.getName().startsWith("doomed"), "a failed save is visible");
      assertEquals(ARTICLES_PER_AUTHOR, a.getArticles().size(), "half a save is visible: " + a);
      Set<String> versions = new HashSet<>();
      a.getArticles().forEach(x -> versions.add(x.title));
      assertEquals(1, versions.size(), "half a replace is visible: " + versions);
    }
    Map<Long, Integer> perAuthor = new HashMap<>();
    for (Article x : db.articles.all()) {
      perAuthor.merge(x.authorId, 1, Integer::sum);
    }
    perAuthor.forEach(
        (author, n) -> assertEquals(ARTICLES_PER_AUTHOR, n, "half a save is visible: " + author));
    assertFalse(db.authors.query().doesntHaveArticles().exists(), "an author without articles");
    assertEquals(0, db.articles.query().where(x -> x.title.startsWith("doomed")).count());
    return null;
  }

  @Test
  void readersNeverSeeHalfOfAMultiRowSave() throws Exception {
    int writers = 4;
    int rounds = 120;
    List<Callable<Void>> writerTasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      writerTasks.add(
          () -> {
            List<Author> mine = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
              int i = round;
              if (i % 5 == 4) {
                List<Author> batch = new ArrayList<>();
                for (int b = 0; b < 3; b++) {
                  batch.add(authorWithArticles("w" + writer + " batch " + i, "v0"));
                }
                mine.addAll(db.authors.saveAll(batch));
              } else if (i % 3 == 2 && !mine.isEmpty()) {
                Author old = mine.get(i % mine.size());
                Author again =
                    db.authors
                        .withArticles()
                        .where(a -> a.getId().equals(old.getId()))
                        .first()
                        .orElseThrow();
                again.getArticles().forEach(x -> x.title = "v" + (i + 1));
                db.authors.save(again);
              } else if (i % 7 == 6) {
                Author doomed = authorWithArticles("doomed " + writer, "doomed");
                doomed.getArticles().add(null);
                assertThrows(RelataException.class, () -> db.authors.save(doomed));
              } else {
                mine.add(db.authors.save(authorWithArticles("w" + writer + " #" + i, "v0")));
              }
            }
            return null;
          });
    }
    List<Callable<Void>> readerTasks =
        List.of(this::checkNoHalfWrite, this::checkNoHalfWrite, this::checkNoHalfWrite);

    run(writerTasks, readerTasks);

    checkNoHalfWrite();
    List<Author> authors = db.authors.all();
    Set<Long> keys = new HashSet<>();
    authors.forEach(a -> keys.add(a.getId()));
    assertEquals(authors.size(), keys.size(), "two authors got one key");
    assertEquals(authors.size() * (long) ARTICLES_PER_AUTHOR, db.articles.count());
    int perWriter = 0;
    for (int i = 0; i < rounds; i++) {
      if (i % 5 == 4) {
        perWriter += 3;
      } else if (!(i % 3 == 2) && !(i % 7 == 6)) {
        perWriter += 1;
      }
    }
    assertEquals(writers * (long) perWriter, db.authors.count());
  }

  @Test
  void concurrentSavesAssignDistinctConsecutiveKeys() throws Exception {
    int writers = 8;
    int saves = 250;
    List<Callable<Void>> writerTasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      writerTasks.add(
          () -> {
            for (int i = 0; i < saves; i++) {
              db.tickets.save(new Ticket("t"));
            }
            return null;
          });
    }

    run(writerTasks, List.of());

    int[] keys = db.tickets.all().stream().mapToInt(Ticket::getId).sorted().toArray();
    int[] expected = new int[writers * saves];
    Arrays.setAll(expected, i -> i + 1);
    assertTrue(Arrays.equals(expected, keys), "keys are not 1.." + expected.length);
  }

  @Test
  void readersNeverSeeHalfOfAResolverCreateManyOrDestroyAll() throws Exception {
    int writers = 4;
    List<Author> owners = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      owners.add(db.authors.save(new Author("owner " + w)));
    }
    List<Callable<Void>> writerTasks = new ArrayList<>();
    for (Author owner : owners) {
      writerTasks.add(
          () -> {
            for (int i = 0; i < 150; i++) {
              List<Article> batch = new ArrayList<>();
              for (int k = 0; k < 3; k++) {
                batch.add(new Article("r" + i, k));
              }
              db.authors.articles(owner).createMany(batch);
              assertEquals(3, db.authors.articles(owner).destroyAll());
            }
            return null;
          });
    }
    AuthorQuery shared = db.authors.withArticles();
    Callable<Void> reader =
        () -> {
          for (Author a : shared.get()) {
            int n = a.getArticles().size();
            assertTrue(n == 0 || n == 3, "half a resolver write is visible: " + n);
          }
          return null;
        };

    run(writerTasks, List.of(reader, reader, reader));

    assertEquals(0, db.articles.count());
    assertEquals(writers, db.authors.count());
  }
}
