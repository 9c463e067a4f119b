package dev.relata.internal;

import dev.relata.RelataException;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tables of one {@link dev.relata.Store} and the lock that guards them.
 *
 * <p>Implementation notes. One read-write lock covers every table, so a read sees every write
 * either whole or not at all, even a write that spans tables (a nested save, a cascading delete).
 * Reads share the lock; a read may run inside another read on the same thread (a {@code where}
 * callback that queries), but a write inside a read would wait forever for itself and is refused. A
 * write inside a write on the same thread (entity code that saves while being saved) joins the
 * running transaction with a savepoint.
 *
 * <p>An entity type is registered on first use, by its repository or query: registration creates
 * its table and, through its relations, the tables and key indexes they read, following the
 * relation graph. Tables are never dropped, so a registered table can be read without a lookup
 * under the lock.
 *
 * <p>Short reads ({@link #find}, {@link #size}) first try without the lock, as a seqlock (the
 * technique of {@link java.util.concurrent.locks.StampedLock}'s optimistic reads): every write
 * makes the version odd before it changes anything and even again when it is done. A reader that
 * sees the same even version before and after its reads saw no write; otherwise, or if its reads
 * threw on structures a write was changing, it reads again under the lock. What makes this safe:
 * the reads before validation touch only Relata's own structures, through loops bounded by the
 * table's farthest displacement, so a race can only produce a result that is then thrown away or an
 * exception that is caught; and a stored row never changes once stored, so the row a validated read
 * found can be copied (entity code) after validation, without the lock.
 */
public final class Database {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Read without the lock; see {@link Tables}. */
  final Tables tables = new Tables();

  private final Set<EntityType<?, ?>> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, EntityType<?, ?>> byName = new ConcurrentHashMap<>();

  /** The running transaction; read and written only by the thread holding the write lock. */
  private Transaction current;

  /** Odd while a write changes tables; see the class notes. */
  private final AtomicLong version = new AtomicLong();

  /** Makes {@code type}, and everything its relations reach, usable in this database. */
  public void register(EntityType<?, ?> type) {
    if (registered.contains(type)) {
      return;
    }
    refuseInsideRead("start using " + type.name());
    lock.writeLock().lock();
    Set<EntityType<?, ?>> before = Set.copyOf(registered);
    // Inside a running write (entity code that makes a repository) the version is odd already.
    boolean outermost = current == null;
    if (outermost) {
      version.getAndIncrement();
    }
    try {
      registerLocked(type);
    } catch (RuntimeException e) {
      registered.retainAll(before);
      throw e;
    } finally {
      if (outermost) {
        version.getAndIncrement();
      }
      lock.writeLock().unlock();
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
        throw new RelataException(
            "two entities are named '"
                + type.name()
                + "': "
                + other.javaType().getName()
                + " and "
                + type.javaType().getName()
                + "; give one of them @Entity(name = ...)");
      }
      table = new Table<>(type);
      tables.add(table);
    }
    return table;
  }

  /** The table of a registered type. */
  <T> Table<T> table(EntityType<T, ?> type) {
    return tables.of(type);
  }

  /**
   * Refuses to take the write lock on a thread that holds the read lock: the lock cannot be
   * upgraded, so the thread would wait for itself forever.
   */
  private void refuseInsideRead(String what) {
    if (lock.getReadHoldCount() > 0 && !lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException(
          "cannot "
              + what
              + " while reading the same store on this thread (inside a where, orderBy or has"
              + " callback); do it before or after the query");
    }
  }

  /** Runs {@code body} under the read lock. */
  public <R> R read(Supplier<R> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs {@code body} as one atomic write: if it throws, every change it made is undone. An
   * exception that is no {@link RelataException} (one thrown by entity code, say) is wrapped in one
   * that says that nothing was written; {@code what} names the write for that message.
   */
  <R> R write(String what, Function<Transaction, R> body) {
    refuseInsideRead(what);
    lock.writeLock().lock();
    try {
      Transaction outer = current;
      Transaction tx = outer != null ? outer : new Transaction();
      int mark = tx.mark();
      current = tx;
      if (outer == null) {
        version.getAndIncrement(); // odd: readers without the lock must retry under it
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
        if (e instanceof RelataException || e instanceof Error) {
          throw e;
        }
        throw new RelataException("could not " + what + "; nothing was written: " + e, e);
      } finally {
        current = outer;
        if (outer == null) {
          version.getAndIncrement();
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- Entity operations, for repositories and queries ----

  /**
   * Saves (upserts) {@code entities} with what they carry, atomically; see {@link SaveOperation}.
   * Returns the saved entities in order: those given, or for records new instances.
   */
  public <T> List<T> save(EntityType<T, ?> type, Collection<? extends T> entities) {
    return write(
        "save " + type.name(),
        tx -> SaveOperation.run(tables, tx, type, entities, SaveOperation.Mode.UPSERT, null));
  }

  /**
   * Inserts {@code entities} with what they carry, atomically: a top-level key the table holds
   * already is a {@link dev.relata.DuplicateKeyException} and nothing is written. Returns what
   * {@link #save} returns.
   */
  public <T> List<T> insert(EntityType<T, ?> type, Collection<? extends T> entities) {
    return write(
        "insert " + type.name(),
        tx -> SaveOperation.run(tables, tx, type, entities, SaveOperation.Mode.INSERT, null));
  }

  /** A fresh copy of the row with key {@code key}, or {@code null}. */
  public <T> T find(EntityType<T, ?> type, Object key) {
    Table<T> table = table(type);
    long stamp = version.getAcquire();
    if ((stamp & 1) == 0) {
      try {
        int slot = table.slotOf(key);
        T row = slot < 0 ? null : table.row(slot);
        if (unchangedSince(stamp)) {
          // A stored row never changes, so copying it needs no lock; entity code runs only here,
          // on a row the validation vouched for.
          return row == null ? null : type.copy(row);
        }
      } catch (RuntimeException raced) {
        // Our own structures, caught half-way through a write; the read under the lock decides.
      }
    }
    lock.readLock().lock();
    try {
      int slot = table.slotOf(key);
      return slot < 0 ? null : type.copy(table.row(slot));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Fresh copies of the rows with {@code keys}, in their order; missing keys are skipped. */
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

  /** The number of rows. */
  public int size(EntityType<?, ?> type) {
    Table<?> table = table(type);
    long stamp = version.getAcquire();
    if ((stamp & 1) == 0) {
      int size = table.size();
      if (unchangedSince(stamp)) {
        return size;
      }
    }
    return read(table::size);
  }

  /** Whether no write has begun since {@code stamp}, an even version read before. */
  private boolean unchangedSince(long stamp) {
    VarHandle.acquireFence(); // the reads before happen before the version is read again
    return version.get() == stamp;
  }

  /** Deletes the row with {@code key}, applying {@code onDelete}; false if there is none. */
  public boolean delete(EntityType<?, ?> type, Object key) {
    return write(
        "delete " + type.name() + " " + key,
        tx -> {
          Table<?> table = table(type);
          int slot = table.slotOf(key);
          return slot >= 0 && DeleteOperation.runOne(tables, tx, table, slot);
        });
  }

  /** Deletes every row, applying {@code onDelete}; returns how many rows of {@code type} went. */
  public long deleteAll(EntityType<?, ?> type) {
    return write(
        "delete every row of " + type.name(),
        tx -> (long) DeleteOperation.runAll(tables, tx, table(type)));
  }

  /** Fresh copies of the rows {@code spec} selects, carrying the relations it loads. */
  @SuppressWarnings("unchecked")
  public <T> List<T> list(QuerySpec<T> spec) {
    return read(() -> (List<T>) Plan.bind(tables, spec).run(null));
  }

  /** The number of rows {@code spec} selects. */
  public long count(QuerySpec<?> spec) {
    return read(() -> (long) Plan.bind(tables, spec).count(null));
  }

  /** Whether {@code spec} selects a row. */
  public boolean exists(QuerySpec<?> spec) {
    return read(() -> Plan.bind(tables, spec).any(null));
  }

  /**
   * Deletes the rows {@code spec} selects (conditions, order and page included, relations to load
   * left alone), applying {@code onDelete}, atomically; returns how many it selected.
   */
  public long delete(QuerySpec<?> spec) {
    return write(
        "delete the " + spec.type.name() + " of a query",
        tx -> {
          Plan plan = Plan.bind(tables, spec);
          int[] slots = plan.selectedSlots();
          return (long) DeleteOperation.run(tables, tx, plan.table(), slots);
        });
  }
}
