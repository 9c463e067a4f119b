package dev.relata.internal;

import dev.relata.Condition;
import dev.relata.RelataException;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tables of one {@link dev.relata.Store} and the lock that guards them.
 *
 * <p>Implementation notes. One read-write lock covers every table, so a read sees every write
 * either whole or not at all, even a write that spans tables (a nested save, a cascading delete).
 * Reads share the lock; a read may run inside another read on the same thread (a {@code where}
 * callback that queries).
 *
 * <p>Every operation that runs entity code (getters, setters, constructors) or a query callback
 * counts itself, per thread, in {@link #running} while it does, with or without the lock: a read, a
 * write, the copy a {@link #find} makes after its lock-free read, a resolver reading its parent's
 * key. A write or a registration that starts while the count is not zero comes from that code, and
 * is refused, always, with one {@link RelataException}. Inside a read it would wait for itself
 * forever; inside a write it would change tables under the running write, which has reserved keys
 * and logged what it undoes (it stored a second row with a reserved key); and which of the two it
 * met depended on whether a concurrent writer made a {@code find} take the lock. Code that runs
 * inside a write without being run by it, as {@link #transaction} runs its work, is not counted:
 * its writes join the running transaction, each undone alone if it fails.
 *
 * <p>Transactions ({@code Store.transaction}). A transaction is a write whose body is the user's
 * work: it takes the write lock, makes the version odd and opens one {@link Transaction} (undo
 * log), and holds all three until the work returns. Every write the work makes on this thread,
 * through any repository or resolver, runs {@link #write} as usual, finds the running transaction
 * in {@link #current} and joins it from a mark: if it fails, it is undone to its mark alone and its
 * exception reaches the work, which may catch it and go on. When the work returns the log is
 * dropped (committed); when it throws, the log is undone from the start, which restores every
 * table, index and key counter and the fields Relata wrote into the caller's objects, and the
 * exception goes on unchanged. A transaction inside a transaction is a write inside a write: it
 * joins from a mark. Consequences:
 *
 * <ul>
 *   <li>Isolation is serializable, and simply so: transactions and single writes hold the write
 *       lock one at a time, so they run one after the other, and no other thread reads meanwhile.
 *   <li>Reads on the transaction's thread see its writes: the read lock is granted to the holder of
 *       the write lock, and {@link #find} and {@link #size}, finding the version odd, read under
 *       it.
 *   <li>Readers on other threads wait for the transaction: the read lock is not granted while the
 *       write lock is held, and the lock-free {@link #find} and {@link #size} find the version odd
 *       for the whole transaction, so they fall back on the lock. They then read the state after it
 *       (or before it, if they got the lock first); never a state in between.
 *   <li>A long transaction costs: every other reader and writer of the store waits for all of it;
 *       its undo log keeps an entry (and the row replaced or removed) per change until it ends;
 *       tables it emptied or thinned are compacted when it commits.
 *   <li>A transaction cannot start from entity code or a query callback that this database runs (it
 *       would wait for the read around it, or change tables under a running write): refused like
 *       any write from there, before anything runs.
 * </ul>
 *
 * <p>An entity type is registered on first use, by its repository or query: registration creates
 * its table and, through its relations, the tables and key indexes they read, following the
 * relation graph. Tables are never dropped, so a registered table can be read without a lookup
 * under the lock. A transaction's work may register a type: registration is no change to the data,
 * so it is not undone if the transaction fails, and the repository stays usable. It is refused,
 * before it changes anything, only where it would add an index to a table the running transaction
 * has written: the undo log holds, per change, the values of the indexes the table had then, and
 * undoing with one index more would not fit (reading the missing values while undoing would run
 * entity code, which undo never does). A new table, and a new index on a table the transaction has
 * not written, fit the log.
 *
 * <p>Short reads ({@link #find}, {@link #size}, and {@link #list}, {@link #first}, {@link #count}
 * and {@link #exists} of a query that is one index lookup, see {@link IndexLookup}) first try
 * without the lock, as a seqlock (the technique of {@link java.util.concurrent.locks.StampedLock}'s
 * optimistic reads): every write makes the version odd before it changes anything and even again
 * when it is done. A reader that sees the same even version before and after its reads saw no
 * write; otherwise, or if its reads threw on structures a write was changing, it reads again under
 * the lock. What makes this safe: the reads before validation touch only Relata's own structures,
 * through loops bounded by the table's farthest displacement, so a race can only produce a result
 * that is then thrown away or an exception that is caught; and a stored row never changes once
 * stored, so the row a validated read found can be copied (entity code, counted in {@link
 * #running}) after validation, without the lock. A copy that the processor found to run no entity
 * code ({@link EntityType#copyRunsEntityCode}) is not counted: it cannot write, so the rule holds
 * without the count, and a {@code find} saves the thread-local lookup.
 *
 * <p>Contract of the public methods, which repositories, queries and resolvers call after checking
 * their arguments: arguments are not {@code null}; every type passed is registered (otherwise an
 * {@link IllegalStateException}); a write from entity code or a query callback that this database
 * is running is a {@link RelataException}, since it would see or change a half-done operation; a
 * write that fails is a {@link RelataException} (entity code's own exception wrapped as its cause)
 * and leaves every table as it was; a transaction that fails throws what its work threw.
 */
public final class Database extends Backend {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Read without the lock; see {@link Tables}. */
  final Tables tables = new Tables();

  private final Set<EntityType<?, ?>> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, EntityType<?, ?>> byName = new ConcurrentHashMap<>();

  /** The running transaction; read and written only by the thread holding the write lock. */
  private Transaction current;

  /** Odd while a write changes tables; see the class notes. */
  private final AtomicLong version = new AtomicLong();

  /**
   * Per thread, how many operations of this database are running entity code or query callbacks on
   * it; see the class notes.
   */
  private final ThreadLocal<int[]> running = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Makes {@code type}, and everything its relations reach, usable in this database. Once it is
   * registered, a call costs one set lookup and takes no lock. Inside a transaction (its work, not
   * entity code) it is part of it, see the class notes: registration is not undone with the
   * transaction, and it is refused if it would index a table the transaction has written.
   *
   * @throws RelataException if another entity class registered has the same entity name, or if the
   *     registration is refused
   */
  @Override
  public void register(EntityType<?, ?> type) {
    if (registered.contains(type)) {
      return;
    }
    String what = "start using " + type.name();
    refuseFromEntityCode(what);
    lock.writeLock().lock();
    // Non-null only on the thread that runs a transaction: its work registers a type.
    Transaction running = current;
    Set<EntityType<?, ?>> before = Set.copyOf(registered);
    if (running == null) {
      version.getAndIncrement();
    }
    try {
      if (running != null) {
        refuseIndexesOfWrittenTables(type, running, what);
      }
      registerLocked(type);
    } catch (RuntimeException e) {
      registered.retainAll(before);
      throw e;
    } finally {
      if (running == null) {
        version.getAndIncrement(); // inside a transaction it stays odd until the transaction ends
      }
      lock.writeLock().unlock();
    }
  }

  /**
   * Refuses {@code what}, the registration of {@code type} inside {@code running}, if it would add
   * an index to a table that the transaction has written: the undo log holds the indexed values of
   * that table's rows without the new one, so undoing would no longer fit the table. Walks the
   * types the registration would reach, changing nothing.
   */
  private void refuseIndexesOfWrittenTables(
      EntityType<?, ?> type, Transaction running, String what) {
    Set<EntityType<?, ?>> reached = new HashSet<>();
    ArrayDeque<EntityType<?, ?>> pending = new ArrayDeque<>();
    Registrar probe =
        new Registrar() {
          @Override
          public void register(EntityType<?, ?> target) {
            if (!registered.contains(target) && reached.add(target)) {
              pending.add(target);
            }
          }

          @Override
          public void index(EntityType<?, ?> target, Column<?> column) {
            Table<?> table = tables.find(target);
            if (table != null && running.wrote(table) && !table.indexes(column)) {
              throw new RelataException(
                  "cannot "
                      + what
                      + " inside this transaction: its relations need an index on "
                      + target.name()
                      + "."
                      + column.name()
                      + ", and the transaction has written "
                      + target.name()
                      + " already; create a repository of "
                      + type.name()
                      + " before the transaction, or before its first write to "
                      + target.name());
            }
          }
        };
    probe.register(type);
    while (!pending.isEmpty()) {
      for (Relation<?, ?> relation : pending.poll().relations()) {
        relation.register(probe);
      }
    }
  }

  private void registerLocked(EntityType<?, ?> type) {
    if (registered.contains(type)) {
      return;
    }
    tableLocked(type);
    registered.add(type);
    for (Relation<?, ?> relation : type.relations()) {
      relation.register(registrar);
    }
  }

  /** What relations may do while their owner registers; runs under the write lock. */
  private final Registrar registrar =
      new Registrar() {
        @Override
        public void register(EntityType<?, ?> type) {
          registerLocked(type);
        }

        @Override
        public void index(EntityType<?, ?> type, Column<?> column) {
          tableLocked(type).addIndex(column);
        }
      };

  private Table<?> tableLocked(EntityType<?, ?> type) {
    Table<?> table = tables.find(type);
    if (table == null) {
      EntityType<?, ?> other = byName.putIfAbsent(type.name(), type);
      if (other != null && other != type) {
        throw nameClash(other, type);
      }
      table = new Table<>(type);
      tables.add(table);
    }
    return table;
  }

  @Override
  public boolean uses(EntityType<?, ?> type) {
    return registered.contains(type);
  }

  /** The table of a registered type. */
  <T> Table<T> table(EntityType<T, ?> type) {
    return tables.of(type);
  }

  /**
   * Refuses {@code what}, a write or a registration, on a thread where an operation of this
   * database is running entity code or a query callback; see the class notes.
   */
  private void refuseFromEntityCode(String what) {
    if (running.get()[0] > 0) {
      throw refusedFromEntityCode(what);
    }
  }

  /**
   * Runs {@code body}, which may run entity code, under the read lock and returns what it returns;
   * reads may nest on one thread, and run in parallel with other threads' reads.
   */
  @Override
  public <R> R read(Supplier<R> body) {
    int[] depth = running.get();
    lock.readLock().lock();
    depth[0]++;
    try {
      return body.get();
    } finally {
      depth[0]--;
      lock.readLock().unlock();
    }
  }

  /**
   * Runs {@code body}, which runs entity code, as one atomic write: if it throws, every change it
   * made is undone. An exception that is no {@link RelataException} (one thrown by entity code,
   * say) is wrapped in one that says that nothing was written; {@code what} names the write for
   * that message.
   */
  <R> R write(String what, Function<Transaction, R> body) {
    return write(what, body, true);
  }

  /**
   * Runs {@code work} as one transaction, for {@code Store.transaction}: every write it makes, on
   * this thread, joins it, and they apply together when {@code work} returns or not at all when it
   * throws; see the class notes. What {@code work} throws comes out unchanged, after every change
   * is undone. Inside another transaction, it joins that one: if it throws, only its own changes
   * are undone.
   *
   * @throws RelataException if called from entity code or a query callback that this database runs,
   *     before anything runs
   */
  @Override
  public <R> R transaction(Supplier<R> work) {
    return transaction("start a transaction", tx -> work.get());
  }

  /**
   * Runs {@code body} as {@link #transaction(Supplier)} does, with the transaction; {@code what}
   * names it in a refusal.
   */
  <R> R transaction(String what, Function<Transaction, R> body) {
    return write(what, body, false);
  }

  private <R> R write(String what, Function<Transaction, R> body, boolean runsEntityCode) {
    refuseFromEntityCode(what);
    int[] depth = running.get();
    lock.writeLock().lock();
    try {
      Transaction outer = current;
      Transaction tx = outer != null ? outer : new Transaction();
      int mark = tx.mark();
      current = tx;
      if (outer == null) {
        version.getAndIncrement(); // odd: readers without the lock must retry under it
      }
      if (runsEntityCode) {
        depth[0]++;
      }
      try {
        R result = body.apply(tx);
        tx.checkUnique(mark); // unique indexes hold at the end of each write, as in SQL
        if (outer == null) {
          tx.commit();
        }
        return result;
      } catch (Throwable e) {
        // Throwable: entity code may throw a checked exception it does not declare.
        try {
          tx.rollbackTo(mark);
        } catch (RuntimeException | Error rollback) {
          e.addSuppressed(rollback); // entity code failed again while being undone
        }
        if (!runsEntityCode
            || e instanceof RelataException
            || e instanceof Error
            || e instanceof BoundParent.ParentNotStoredException) {
          throw e; // a transaction's work threw it: it is the caller's own, passed on unchanged
        }
        throw new RelataException("could not " + what + "; nothing was written: " + e, e);
      } finally {
        if (runsEntityCode) {
          depth[0]--;
        }
        current = outer;
        if (outer == null) {
          version.getAndIncrement();
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Counts the getter as entity code that this database runs; see the class notes. */
  @Override
  public <T> Object readColumn(EntityType<T, ?> type, Column<T> column, T entity) {
    int[] depth = running.get();
    depth[0]++;
    try {
      return super.readColumn(type, column, entity);
    } finally {
      depth[0]--;
    }
  }

  // ---- Entity operations, for repositories and queries ----

  @Override
  protected <R> R atomically(String what, Function<Rows, R> body) {
    return write(what, tx -> body.apply(new TableRows(tables, tx)));
  }

  /**
   * A fresh copy of the row with key {@code key}, or {@code null}. One hash lookup, which takes no
   * lock unless a write is running (see the class notes).
   */
  @Override
  public <T> T find(EntityType<T, ?> type, Object key) {
    return find(type, key, 0);
  }

  /** {@link #find} of a numeric key, which it looks up without boxing. */
  @Override
  public <T> T findNumber(EntityType<T, ?> type, long key) {
    return find(type, null, key);
  }

  /** {@link #find} of {@code key}, or, where it is null, of the numeric key {@code number}. */
  private <T> T find(EntityType<T, ?> type, Object key, long number) {
    Table<T> table = table(type);
    long stamp = version.getAcquire();
    if ((stamp & 1) == 0) {
      T row = null;
      boolean valid = false;
      try {
        int slot = table.slotOf(key, number);
        row = slot < 0 ? null : table.row(slot);
        valid = unchangedSince(stamp);
      } catch (RuntimeException raced) {
        // Our own structures, caught half-way through a write; the read under the lock decides.
      }
      if (valid) {
        // A stored row never changes, so copying it needs no lock; entity code runs only here, on
        // a row the validation vouched for, and what it throws is not taken for a race.
        return row == null ? null : copy(type, row);
      }
    }
    return read(
        () -> {
          int slot = table.slotOf(key, number);
          return slot < 0 ? null : type.copy(table.row(slot));
        });
  }

  /**
   * A copy of the stored {@code row}, made outside the lock, counted as running entity code where
   * the copy can run any ({@link EntityType#copyRunsEntityCode}): one that runs none cannot write,
   * so it skips the per-thread count, the costliest step of a {@link #find} after its misses.
   */
  private <T> T copy(EntityType<T, ?> type, T row) {
    if (!type.copyRunsEntityCode()) {
      return type.copy(row);
    }
    int[] depth = running.get();
    depth[0]++;
    try {
      return type.copy(row);
    } finally {
      depth[0]--;
    }
  }

  /**
   * Fresh copies of the rows with {@code keys}, in their order; missing keys are skipped. One hash
   * lookup per key.
   */
  @Override
  public <T> List<T> findAll(EntityType<T, ?> type, Collection<?> keys) {
    return read(
        () -> {
          Table<T> table = table(type);
          List<T> found = new ArrayList<>(keys.size());
          for (Object key : keys) {
            int slot = table.slotOf(key);
            if (slot >= 0) {
              found.add(type.copy(table.row(slot)));
            }
          }
          return found;
        });
  }

  /** The number of rows of {@code type}, in constant time and without the lock if it can. */
  @Override
  public long size(EntityType<?, ?> type) {
    Table<?> table = table(type);
    long stamp = version.getAcquire();
    if ((stamp & 1) == 0) {
      int size = table.size();
      if (unchangedSince(stamp)) {
        return size;
      }
    }
    return read(() -> (long) table.size());
  }

  /** Whether no write has begun since {@code stamp}, an even version read before. */
  private boolean unchangedSince(long stamp) {
    VarHandle.acquireFence(); // the reads before happen before the version is read again
    return version.get() == stamp;
  }

  /**
   * Fresh copies of the rows {@code spec} selects, carrying the relations it loads; see {@link
   * Plan} for the cost. Conditions and comparators run under the read lock, on stored rows.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> List<T> list(QuerySpec<T> spec) {
    List<Object> rows = (List<Object>) lookedUp(spec, IndexLookup.Answer.ROWS);
    if (rows != null) {
      // Stored rows never change: copied outside the lock, counted as entity code, as find does.
      EntityType<T, ?> type = spec.type;
      if (!type.copyRunsEntityCode()) {
        return copyAll(type, rows);
      }
      int[] depth = running.get();
      depth[0]++;
      try {
        return copyAll(type, rows);
      } finally {
        depth[0]--;
      }
    }
    return read(() -> (List<T>) Plan.bind(tables, spec).run(null));
  }

  /** {@code rows}, stored rows of {@code type}, each replaced by its copy. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> copyAll(EntityType<T, ?> type, List<Object> rows) {
    for (int i = 0, n = rows.size(); i < n; i++) {
      rows.set(i, type.copy((T) rows.get(i)));
    }
    return (List<T>) rows;
  }

  /** The first row {@code spec} selects, as {@link #list} finds it. */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T first(QuerySpec<T> spec) {
    Object row = lookedUp(spec, IndexLookup.Answer.FIRST);
    if (row != null) {
      return row == IndexLookup.NONE ? null : copy(spec.type, (T) row);
    }
    return super.first(spec);
  }

  /** The number of rows {@code spec} selects, without ordering or copying them. */
  @Override
  public long count(QuerySpec<?> spec) {
    Object count = lookedUp(spec, IndexLookup.Answer.COUNT);
    if (count != null) {
      return (Integer) count;
    }
    return read(() -> (long) Plan.bind(tables, spec).count(null));
  }

  /** Whether {@code spec} selects a row; stops at the first. */
  @Override
  public boolean exists(QuerySpec<?> spec) {
    Object count = lookedUp(spec, IndexLookup.Answer.COUNT);
    if (count != null) {
      return (Integer) count > 0;
    }
    return read(() -> Plan.bind(tables, spec).any(null));
  }

  /**
   * The {@code answer} to {@code spec} if it is one index lookup ({@link IndexLookup}), read as
   * {@link #find} reads: without the lock unless a write runs. Null where the query needs its full
   * plan.
   */
  private Object lookedUp(QuerySpec<?> spec, IndexLookup.Answer answer) {
    Condition.Comparison<?> condition = IndexLookup.condition(spec);
    if (condition == null) {
      return null;
    }
    Table<?> table = table(spec.type);
    long stamp = version.getAcquire();
    if ((stamp & 1) == 0) {
      Object found = null;
      boolean valid = false;
      try {
        found = IndexLookup.answer(table, spec, condition, answer);
        valid = unchangedSince(stamp);
      } catch (RuntimeException raced) {
        // Our own structures, caught half-way through a write; the read under the lock decides.
      }
      if (valid) {
        return found;
      }
    }
    return read(() -> IndexLookup.answer(table, spec, condition, answer));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <P, C> List<C> related(Relation<P, C> relation, BoundParent<P> parent, QuerySpec<C> spec) {
    return read(
        () -> {
          P row = parentRow(parent);
          if (row == null) {
            return List.of();
          }
          int[] related = relation.bind(tables).related(row);
          return (List<C>) Plan.bind(tables, spec).run(related);
        });
  }

  @Override
  public <P> long countRelated(Relation<P, ?> relation, BoundParent<P> parent, QuerySpec<?> spec) {
    return read(
        () -> {
          P row = parentRow(parent);
          if (row == null) {
            return 0L;
          }
          int[] related = relation.bind(tables).related(row);
          return (long) Plan.bind(tables, spec).count(related);
        });
  }

  /** The stored row of the key {@code parent} is bound to, or null; under the lock. */
  private <P> P parentRow(BoundParent<P> parent) {
    if (!parent.assigned()) {
      return null;
    }
    Table<P> table = table(parent.type());
    int slot = table.slotOf(parent.key());
    return slot < 0 ? null : table.row(slot);
  }

  @Override
  public <T> void forEachRow(EntityType<T, ?> type, Consumer<? super T> action) {
    Table<T> table = table(type);
    for (int slot = 0, end = table.end(); slot < end; slot++) {
      T row = table.row(slot);
      if (row != null) {
        action.accept(row);
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  protected <T> List<T> selected(QuerySpec<T> spec) {
    return new ArrayList<>((List<T>) Plan.bind(tables, spec).select(null));
  }
}
