package dev.relata;

import dev.relata.internal.Database;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Holds the tables of entities: one table per entity, with hash indexes on every key that a
 * relation uses. Repositories and queries work on a store:
 *
 * <pre>{@code
 * Store store = Store.inMemory();
 * PostRepository posts = new PostRepository(store);
 * }</pre>
 *
 * <p>A store is safe to use from many threads. Every write (a save with everything it carries, a
 * cascading delete) is atomic: it happens whole or, when it fails, not at all, and readers never
 * see part of it. Reads run in parallel; writes take turns. {@link #transaction(Runnable)} makes
 * several writes, through any repositories and resolvers of the store, one atomic write.
 */
public final class Store {
  private final Database database = new Database();

  private Store() {}

  /** A new, empty store held in memory. */
  public static Store inMemory() {
    return new Store();
  }

  /**
   * Runs {@code work} as one atomic write: every write it makes to this store, through any
   * repository or resolver, applies together when {@code work} returns, or not at all when it
   * throws.
   *
   * <pre>{@code
   * store.transaction(() -> {
   *   posts.comments(target).saveMany(posts.comments(source).find()); // move the comments
   *   posts.delete(source.getId());
   * });
   * }</pre>
   *
   * <ul>
   *   <li>If {@code work} throws, every write it made is undone, keys and foreign keys that saves
   *       wrote into your objects are set back, and the exception comes out unchanged (the same
   *       instance). A write inside that fails is undone alone, and its exception reaches {@code
   *       work}, which may catch it and go on.
   *   <li>Inside, reads on this thread see the transaction's writes. Other threads see none of them
   *       until it returns: their reads and writes wait for it (they read the state after it, never
   *       part of it).
   *   <li>Transactions and single writes are serializable: they run one at a time. A transaction
   *       inside a transaction joins it (if the inner one throws, its own writes are undone).
   *   <li>{@code work} runs on the calling thread and holds up every other reader and writer of the
   *       store while it runs: keep it short, do no slow I/O in it, and never make it wait for
   *       another thread that uses the store (that thread waits for it: a deadlock).
   *   <li>The repository of an entity not used before may be created inside, unless its relations
   *       need an index on a table the transaction has written already (a {@link RelataException});
   *       create repositories before the transaction.
   * </ul>
   *
   * @throws NullPointerException if {@code work} is null
   * @throws RelataException if called from entity code (a getter, setter or constructor the store
   *     runs) or from a query callback ({@code where}, {@code orderBy}, {@code has}) on this
   *     thread; nothing runs and nothing changes
   */
  public void transaction(Runnable work) {
    Objects.requireNonNull(work, "work must not be null");
    database.transaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code work} as one atomic write, as {@link #transaction(Runnable)} does, and returns what
   * it returns.
   *
   * <pre>{@code
   * Post copy = store.transaction(() -> posts.save(new Post(original.getTitle())));
   * }</pre>
   *
   * @return what {@code work} returned (which may be null)
   * @throws NullPointerException if {@code work} is null
   * @throws RelataException if called from entity code or a query callback, as {@link
   *     #transaction(Runnable)} says
   */
  public <T> T transaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work must not be null");
    return database.transaction(work);
  }

  Database database() {
    return database;
  }
}
