package dev.relata.examples.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relata.DuplicateKeyException;
import dev.relata.RelataException;
import dev.relata.Store;
import dev.relata.examples.StoreKind;
import dev.relata.examples.transactions.model.Account;
import dev.relata.examples.transactions.model.AccountRepository;
import dev.relata.examples.transactions.model.Reply;
import dev.relata.examples.transactions.model.ReplyRepository;
import dev.relata.examples.transactions.model.Topic;
import dev.relata.examples.transactions.model.TopicRepository;
import dev.relata.jdbc.WriteConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DESIGN.md "Transactions": {@code store.transaction(...)} makes the writes of every repository and
 * resolver inside one atomic write, seen whole by other threads, and undone whole (the caller's
 * objects too) when its work throws, which comes out unchanged.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TransactionTest {
  private final StoreKind kind;
  private final Store store;
  private final TopicRepository topics;
  private final ReplyRepository replies;
  private final AccountRepository accounts;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  private final Topic java;
  private final Topic rust;
  private final Account ann;
  private final Account bob;

  TransactionTest(StoreKind kind) {
    this.kind = kind;
    store = kind.open();
    topics = new TopicRepository(store);
    replies = new ReplyRepository(store);
    accounts = new AccountRepository(store);
    kind.ready(store);
    java = topics.save(topic("java", "streams", "records"));
    rust = topics.save(topic("rust", "borrowing"));
    ann = accounts.save(new Account("ann", 100));
    bob = accounts.save(new Account("bob", 50));
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static Topic topic(String title, String... texts) {
    Topic topic = new Topic(title);
    topic.replies = new ArrayList<>();
    for (String text : texts) {
      Reply reply = new Reply(text);
      reply.topicTitle = title;
      topic.replies.add(reply);
    }
    return topic;
  }

  /** Runs {@code work} as a transaction, which must throw {@code type}; returns what it threw. */
  private <X extends Throwable> X failsWith(Class<X> type, Runnable work) {
    return assertThrows(type, () -> store.transaction(work));
  }

  /** Carries the keys a probe was given out of the transaction that undoes it. */
  private static final class Probed extends RuntimeException {
    final List<Long> next;

    Probed(List<Long> next) {
      super(null, null, false, false);
      this.next = next;
    }
  }

  /**
   * Every row of every table, every relation as loaded, the counts, and the next keys (in memory: a
   * SQL store's sequences never take back a number, not even the probe's own, so there the next
   * keys only grow and are left out).
   */
  private List<String> snapshot() {
    List<String> state = new ArrayList<>();
    topics.withReplies().get().forEach(t -> state.add(t + " " + t.replies));
    replies.withTopic().get().forEach(r -> state.add(r + " of " + r.topic));
    accounts.all().forEach(a -> state.add(a.toString()));
    state.add(topics.count() + " " + replies.count() + " " + accounts.count());
    if (kind.sql()) {
      return state;
    }
    try {
      store.transaction(
          () -> {
            throw new Probed(
                List.of(
                    topics.save(new Topic("probe")).id,
                    replies.save(new Reply("probe")).id,
                    accounts.save(new Account("probe", 0)).id));
          });
    } catch (Probed probed) {
      state.add("next keys " + probed.next);
    }
    return state;
  }

  private void transfer(Account from, Account to, long amount) {
    Account a = accounts.find(from.id).orElseThrow();
    Account b = accounts.find(to.id).orElseThrow();
    a.balance -= amount;
    b.balance += amount;
    accounts.save(a);
    accounts.save(b);
  }

  @Test
  void writesOfEveryRepositoryAndResolverApplyTogether() {
    Topic go = new Topic("go");
    Reply moved = replies.find(java.replies.get(0).id).orElseThrow();

    long saved =
        store.transaction(
            () -> {
              topics.save(go);
              topics.replies(go).save(moved);
              replies.topic(moved).associate(go);
              topics.replies(rust).create(new Reply("lifetimes"));
              topics.delete(java.id);
              transfer(ann, bob, 30);
              return topics.count();
            });

    assertEquals(2, saved);
    assertEquals(
        List.of("rust [borrowing, lifetimes]", "go [streams]"),
        topics.withReplies().get().stream()
            .map(t -> t.title + " " + t.replies.stream().map(r -> r.text).toList())
            .toList());
    assertEquals(List.of(70L, 80L), accounts.all().stream().map(a -> a.balance).toList());
    assertEquals(3L, go.id);
    assertEquals(go.id, moved.topicId);
  }

  @Test
  void workThatThrowsUndoesEveryWriteAndItsKeysAndComesOutUnchanged() {
    List<String> before = snapshot();
    Topic go = topic("go", "channels");
    Reply moved = replies.find(java.replies.get(1).id).orElseThrow();
    IllegalStateException failure = new IllegalStateException("changed my mind");

    IllegalStateException thrown =
        failsWith(
            IllegalStateException.class,
            () -> {
              topics.save(go);
              topics.replies(rust).save(moved);
              topics.delete(java.id);
              transfer(ann, bob, 30);
              accounts.deleteAll();
              throw failure;
            });

    assertSame(failure, thrown);
    assertEquals(before, snapshot());
    assertNull(go.id, "the key assigned to the topic is taken back out");
    assertNull(go.replies.get(0).id, "and so are the keys of what it carried");
    assertNull(go.replies.get(0).topicId);
    assertEquals(java.id, moved.topicId, "the foreign key written by the resolver is set back");
  }

  @Test
  void aFailedWriteInsideIsUndoneAloneAndTheTransactionGoesOnIfCaught() {
    Reply duplicate = new Reply("again");
    duplicate.id = java.replies.get(0).id;

    store.transaction(
        () -> {
          topics.save(new Topic("go"));
          assertThrows(DuplicateKeyException.class, () -> topics.replies(rust).create(duplicate));
          transfer(ann, bob, 1);
        });

    assertEquals(3, topics.count());
    assertEquals(java.id, replies.find(duplicate.id).orElseThrow().topicId);
    assertEquals(99, accounts.find(ann.id).orElseThrow().balance);
  }

  @Test
  void aFailedWriteInsideThatIsNotCaughtEndsTheTransactionWithItsOwnException() {
    List<String> before = snapshot();
    Reply duplicate = new Reply("again");
    duplicate.id = java.replies.get(0).id;

    DuplicateKeyException thrown =
        failsWith(
            DuplicateKeyException.class,
            () -> {
              transfer(ann, bob, 1);
              replies.insert(duplicate);
            });

    assertTrue(thrown.getMessage().contains("txReplies"), thrown.getMessage());
    assertEquals(before, snapshot());
  }

  @Test
  void readsInsideSeeTheTransactionsOwnWrites() {
    store.transaction(
        () -> {
          Topic go = topics.save(topic("go", "channels"));
          assertEquals("go", topics.find(go.id).orElseThrow().title, "find");
          assertEquals(3, topics.count(), "count");
          assertEquals(1, topics.replies(go).count(), "resolver");
          topics.delete(java.id);
          assertFalse(topics.find(java.id).isPresent(), "find of a deleted row");
          assertEquals(2, replies.count(), "count after the cascade");
          assertEquals(
              List.of("rust", "go"), topics.all().stream().map(t -> t.title).toList(), "all");
        });
  }

  @Test
  void nestedTransactionsJoinAndAFailedInnerOneIsUndoneAlone() {
    IllegalStateException inner = new IllegalStateException("inner");

    store.transaction(
        () -> {
          store.transaction(() -> transfer(ann, bob, 10));
          IllegalStateException thrown =
              failsWith(
                  IllegalStateException.class,
                  () -> {
                    topics.deleteAll();
                    throw inner;
                  });
          assertSame(inner, thrown);
          assertEquals(2, topics.count(), "the inner transaction is undone");
        });

    assertEquals(List.of(90L, 60L), accounts.all().stream().map(a -> a.balance).toList());
    assertEquals(2, topics.count());
  }

  @Test
  void anInnerTransactionThatFailsUndoesTheOuterOneIfItIsNotCaught() {
    List<String> before = snapshot();

    failsWith(
        IllegalStateException.class,
        () -> {
          transfer(ann, bob, 10);
          store.transaction(
              () -> {
                throw new IllegalStateException("inner");
              });
        });

    assertEquals(before, snapshot());
  }

  /**
   * Runs a transaction on another thread: {@code first}, then {@code millis} of holding it open
   * (long enough for what this thread does next to start and wait), then {@code last}. Returns once
   * {@code first} has run.
   */
  private Future<?> transactionOnAnotherThread(Runnable first, long millis, Runnable last)
      throws InterruptedException {
    CountDownLatch written = new CountDownLatch(1);
    Future<?> transaction =
        pool.submit(
            () ->
                store.transaction(
                    () -> {
                      first.run();
                      written.countDown();
                      sleep(millis);
                      last.run();
                    }));
    assertTrue(written.await(10, TimeUnit.SECONDS));
    return transaction;
  }

  @Test
  void otherThreadsWaitForTheTransactionAndThenSeeAllOfIt() throws Exception {
    AtomicBoolean returned = new AtomicBoolean();
    Future<?> transaction = transferAndDeleteOnAnotherThread(returned);
    if (kind.sql()) {
      otherThreadsReadTheStateBeforeTheTransactionUntilItCommits(transaction, returned);
      return;
    }

    // Each read waits for the transaction (the flag was set before it returned), then sees all.
    List<Supplier<Object>> reads =
        List.of(
            () -> accounts.find(ann.id).orElseThrow().balance,
            () -> topics.count(),
            () -> accounts.all().stream().mapToLong(a -> a.balance).sum(),
            () -> topics.query().where(t -> t.title.equals("java")).count(),
            () -> topics.replies(java).count());
    List<Object> expected = List.of(60L, 1L, 150L, 0L, 0L);
    for (int i = 0; i < reads.size(); i++) {
      Object value = reads.get(i).get();
      assertTrue(returned.get(), "read " + i + " returned before the transaction did");
      assertEquals(expected.get(i), value, "read " + i);
    }
    transaction.get(10, TimeUnit.SECONDS);
  }

  /**
   * A transaction that moves 40 from ann to bob and deletes the java topic, on another thread, and
   * sets {@code returned} just before its work returns, having slept a while.
   */
  private Future<?> transferAndDeleteOnAnotherThread(AtomicBoolean returned) throws Exception {
    return transactionOnAnotherThread(
        () -> {
          transfer(ann, bob, 40);
          topics.delete(java.id);
        },
        300,
        () -> returned.set(true));
  }

  /**
   * On a SQL database a reader does not wait for a transaction: it reads the state before it (its
   * own snapshot), never part of it, until the transaction commits.
   */
  private void otherThreadsReadTheStateBeforeTheTransactionUntilItCommits(
      Future<?> transaction, AtomicBoolean returned) throws Exception {
    List<Object> during =
        List.of(
            accounts.find(ann.id).orElseThrow().balance,
            topics.count(),
            accounts.all().stream().mapToLong(a -> a.balance).sum(),
            topics.replies(java).count());
    assertFalse(returned.get(), "the reads should have run while the transaction slept");
    assertEquals(List.of(100L, 2L, 150L, 2L), during);
    transaction.get(10, TimeUnit.SECONDS);
    assertEquals(60L, accounts.find(ann.id).orElseThrow().balance);
    assertEquals(1L, topics.count());
    assertEquals(0L, topics.replies(java).count());
  }

  @Test
  void otherThreadsSeeNothingOfATransactionThatFails() throws Exception {
    List<String> before = snapshot();
    Future<?> transaction =
        transactionOnAnotherThread(
            () -> {
              transfer(ann, bob, 40);
              topics.deleteAll();
            },
            200,
            () -> {
              throw new IllegalStateException("fails after writing");
            });

    assertEquals(100L, accounts.find(ann.id).orElseThrow().balance);
    assertEquals(2L, topics.count());
    assertEquals(before, snapshot());
    assertThrows(Exception.class, () -> transaction.get(10, TimeUnit.SECONDS));
  }

  @Test
  void writersOnOtherThreadsTakeTurnsWithTheTransaction() throws Exception {
    AtomicReference<Account> read = new AtomicReference<>();
    Future<?> transaction =
        transactionOnAnotherThread(
            () -> read.set(accounts.find(ann.id).orElseThrow()),
            200,
            () -> {
              read.get().balance += 1; // a read-modify-write that no other write can interleave
              accounts.save(read.get());
            });

    Account a = accounts.find(ann.id).orElseThrow(); // waits: sees 101
    a.balance += 1;
    accounts.save(a);
    if (kind.sql()) {
      // No wait on a SQL database: both read 100, this save commits first, and the transaction's
      // read-modify-write then conflicts with it and fails whole; run again, it sees 101.
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> transaction.get(10, TimeUnit.SECONDS));
      assertInstanceOf(WriteConflictException.class, failed.getCause());
      assertEquals(101L, accounts.find(ann.id).orElseThrow().balance);
      store.transaction(
          () -> {
            Account again = accounts.find(ann.id).orElseThrow();
            again.balance += 1;
            accounts.save(again);
          });
    } else {
      transaction.get(10, TimeUnit.SECONDS);
    }

    assertEquals(102L, accounts.find(ann.id).orElseThrow().balance);
  }

  @Test
  void aRepositoryOfAnEntityNotUsedBeforeMayBeCreatedInside() {
    Store fresh = kind.open();

    long count =
        fresh.transaction(
            () -> {
              AccountRepository late = new AccountRepository(fresh);
              kind.ready(fresh); // a SQL store: its table, made on a connection of its own
              late.save(new Account("cid", 1));
              return late.count();
            });

    assertEquals(1, count);
    assertEquals(1, new AccountRepository(fresh).count());
  }

  @Test
  void nullWorkIsRefusedNamingIt() {
    NullPointerException runnable =
        assertThrows(NullPointerException.class, () -> store.transaction((Runnable) null));
    NullPointerException supplier =
        assertThrows(NullPointerException.class, () -> store.transaction((Supplier<?>) null));

    assertEquals("work must not be null", runnable.getMessage());
    assertEquals("work must not be null", supplier.getMessage());
  }

  @Test
  void aTransactionStartedInAQueryCallbackIsRefusedAndChangesNothing() {
    List<String> before = snapshot();
    List<RelataException> refused = new ArrayList<>();
    AtomicBoolean ran = new AtomicBoolean();

    topics
        .query()
        .where(
            t -> {
              try {
                store.transaction(
                    () -> {
                      ran.set(true);
                      topics.deleteAll();
                    });
              } catch (RelataException e) {
                refused.add(e);
              }
              return true;
            })
        .get();

    assertFalse(ran.get(), "the work never runs");
    assertEquals(2, refused.size());
    assertTrue(
        refused
            .get(0)
            .getMessage()
            .startsWith(
                "cannot start a transaction: the store is running entity code or a query callback"),
        refused.get(0).getMessage());
    assertEquals(before, snapshot());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
