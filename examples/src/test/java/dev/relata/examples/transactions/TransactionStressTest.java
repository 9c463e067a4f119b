package dev.relata.examples.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.Store;
import dev.relata.examples.transactions.model.Account;
import dev.relata.examples.transactions.model.AccountRepository;
import dev.relata.examples.transactions.model.Event;
import dev.relata.examples.transactions.model.EventRepository;
import dev.relata.examples.transactions.model.Reply;
import dev.relata.examples.transactions.model.ReplyRepository;
import dev.relata.examples.transactions.model.Topic;
import dev.relata.examples.transactions.model.TopicRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 4: four writers run transactions for about {@value #SECONDS} seconds (move replies
 * between topics and cascade-delete the topic they leave, move a balance between accounts, some
 * failing part way on purpose) while four readers check, on every read, what those transactions
 * keep: a loaded reply belongs to the topic it is loaded with, the counts of topics and replies and
 * the sum of the balances never change, the count of an append-only log never goes back and always
 * counts whole transactions, and nothing throws. Time bounds the test; no assertion is about time.
 */
class TransactionStressTest {
  private static final int SECONDS = 10;
  private static final int TOPICS = 20;
  private static final int REPLIES_PER_TOPIC = 5;
  private static final int REPLIES = TOPICS * REPLIES_PER_TOPIC;
  private static final int ACCOUNTS = 10;
  private static final long BALANCE = 1_000;

  /** Every transaction appends this many events, so a count that is not a multiple is torn. */
  private static final int EVENTS_PER_TRANSACTION = 2;

  private final Store store = Store.inMemory();
  private final TopicRepository topics = new TopicRepository(store);
  private final ReplyRepository replies = new ReplyRepository(store);
  private final AccountRepository accounts = new AccountRepository(store);
  private final EventRepository events = new EventRepository(store);
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final AtomicInteger titles = new AtomicInteger();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong reads = new AtomicLong();

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
  }

  /** What a transaction that fails on purpose throws. */
  private static final class Abort extends RuntimeException {
    Abort() {
      super("abort", null, false, false);
    }
  }

  @Test
  void readersOnlyEverSeeWholeTransactions() throws Exception {
    for (int i = 0; i < TOPICS; i++) {
      topics.save(newTopic(REPLIES_PER_TOPIC));
    }
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.save(new Account("a" + i, BALANCE));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);

    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      futures.add(pool.submit(loop(deadline, this::write)));
      futures.add(pool.submit(loop(deadline, this::read)));
    }
    for (Future<?> future : futures) {
      future.get(SECONDS + 60, TimeUnit.SECONDS); // rethrows what a thread threw
    }

    read();
    System.out.printf(
        "TransactionStressTest: %d transactions committed, %d failed on purpose, %d rounds of"
            + " reads%n",
        committed.get(), failed.get(), reads.get());
    assertTrue(committed.get() > 0 && failed.get() > 0 && reads.get() > 0, "nothing ran");
    assertEquals(committed.get() * EVENTS_PER_TRANSACTION, events.count(), "events of the commits");
  }

  private static Callable<Void> loop(long deadline, Runnable step) {
    return () -> {
      while (System.nanoTime() < deadline) {
        step.run();
      }
      return null;
    };
  }

  /** A new topic with a title of its own and {@code count} replies that repeat it. */
  private Topic newTopic(int count) {
    Topic topic = new Topic("t" + titles.incrementAndGet());
    topic.replies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Reply reply = new Reply("r" + i);
      reply.topicTitle = topic.title;
      topic.replies.add(reply);
    }
    return topic;
  }

  /** One transaction: a move of replies with a cascade, or a transfer; one in five fails. */
  private void write() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    boolean fails = random.nextInt(5) == 0;
    Abort abort = new Abort();
    try {
      store.transaction(
          () -> {
            if (random.nextBoolean()) {
              moveRepliesAndDeleteTopic(random);
            } else {
              transfer(random);
            }
            for (int i = 0; i < EVENTS_PER_TRANSACTION; i++) {
              events.insert(new Event("event"));
            }
            if (fails) {
              throw abort;
            }
          });
      committed.incrementAndGet();
    } catch (Abort thrown) {
      assertSame(abort, thrown);
      failed.incrementAndGet();
    }
  }

  /**
   * Moves some replies of topic A to topic B, deletes A (its other replies go with it), and adds a
   * topic with as many replies as went: the counts stay.
   */
  private void moveRepliesAndDeleteTopic(ThreadLocalRandom random) {
    List<Topic> all = topics.all();
    int[] pair = twoPlaces(all.size(), random);
    Topic from = all.get(pair[0]);
    Topic to = all.get(pair[1]);
    List<Reply> moved = new ArrayList<>();
    for (Reply reply : topics.replies(from).find()) {
      if (random.nextBoolean()) {
        reply.topicTitle = to.title;
        moved.add(reply);
      }
    }
    topics.replies(to).saveMany(moved);
    long cascaded = topics.replies(from).count();
    topics.delete(from.id);
    topics.save(newTopic((int) cascaded));
  }

  private void transfer(ThreadLocalRandom random) {
    List<Account> all = accounts.all();
    int[] pair = twoPlaces(all.size(), random);
    Account from = all.get(pair[0]);
    Account to = all.get(pair[1]);
    long amount = 1 + random.nextInt(100);
    from.balance -= amount;
    accounts.save(from);
    to.balance += amount;
    accounts.save(to);
  }

  /** Two different random places of a list of {@code size} elements. */
  private static int[] twoPlaces(int size, ThreadLocalRandom random) {
    int first = random.nextInt(size);
    return new int[] {first, (first + 1 + random.nextInt(size - 1)) % size};
  }

  /** One round of reads, each checked against what every transaction keeps. */
  private void read() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    assertEquals(TOPICS, topics.count(), "topics");
    assertEquals(REPLIES, replies.count(), "replies");

    List<Topic> loaded = topics.withReplies().get();
    assertEquals(TOPICS, loaded.size());
    int loadedReplies = 0;
    for (Topic topic : loaded) {
      for (Reply reply : topic.replies) {
        assertEquals(topic.id, reply.topicId, () -> reply + " loaded with " + topic);
        assertEquals(topic.title, reply.topicTitle, () -> reply + " loaded with " + topic);
        loadedReplies++;
      }
    }
    assertEquals(REPLIES, loadedReplies, "replies loaded with their topics");

    for (Reply reply : replies.withTopic().where(r -> random.nextInt(4) == 0).get()) {
      assertTrue(reply.topic != null, () -> reply + " has no topic");
      assertEquals(reply.topicTitle, reply.topic.title, reply::toString);
    }

    long sum = 0;
    for (Account account : accounts.all()) {
      sum += account.balance;
    }
    assertEquals(ACCOUNTS * BALANCE, sum, "the sum of the balances");
    Account some = accounts.find(1L + random.nextInt(ACCOUNTS)).orElseThrow();
    assertTrue(some.balance > ACCOUNTS * -100_000L, some::toString);

    long before = events.count();
    long after = events.count();
    assertTrue(after >= before, () -> "events went back from " + before + " to " + after);
    assertEquals(0, before % EVENTS_PER_TRANSACTION, () -> "a torn count of events: " + before);
    reads.incrementAndGet();
  }
}
