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
   * Saves (upserts) or inserts {@code entities} with what they carry; see {@link SaveOperation}.
   */
  public <T> List<T> save(EntityType<T, ?> type, Collection<? extends T> entities, boolean insert) {
    return write(
        (insert ? "insert " : "save ") + type.name(),
        tx -> SaveOperation.run(tables, tx, type, entities, insert, null));
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
          return slot >= 0 && DeleteOperation.run(tables, tx, table, new int[] {1, slot}) == 1;
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
    return read(
        () -> {
          return (List<T>) Plan.bind(tables, spec).run(null);
        });
  }

  /** The number of rows {@code spec} selects. */
  public long count(QuerySpec<?> spec) {
    return read(() -> (long) Plan.bind(tables, spec).count(null));
  }

  /** Whether {@code spec} selects a row. */
  public boolean exists(QuerySpec<?> spec) {
    return read(() -> Plan.bind(tables, spec).any(null));
  }

  // ---- Relation operations, for resolvers; "owner" is the instance the resolver was made for ----

  /** The rows related to {@code owner} that {@code spec} selects, as fresh copies. */
  @SuppressWarnings("unchecked")
  public <P, C> List<C> listRelated(Relation<P, C> relation, P owner, QuerySpec<C> spec) {
    return read(
        () -> {
          int[] related = relation.bind(tables).related(owner);
          return (List<C>) Plan.bind(tables, spec).run(related);
        });
  }

  /** The number of rows related to {@code owner} that {@code spec} selects. */
  public <P> long countRelated(Relation<P, ?> relation, P owner, QuerySpec<?> spec) {
    return read(
        () -> {
          int[] related = relation.bind(tables).related(owner);
          return (long) Plan.bind(tables, spec).count(related);
        });
  }

  /**
   * The owner's value of the key that children of {@code relation} hold; a {@link RelataException}
   * if it has none, since children written now would belong to no one.
   */
  public <P> Object parentKey(ChildRelation<P, ?> relation, P owner) {
    Object key = relation.localKey().get(owner);
    if (key == null) {
      throw new RelataException(
          relation.owner().name()
              + " has no "
              + relation.localKey().name()
              + " yet, so its "
              + relation.name()
              + " cannot be written: save it first");
    }
    return key;
  }

  /**
   * Saves or inserts {@code children} as related rows of {@code owner}: each gets the owner's key
   * in its foreign key (over any parent it carries), along with everything it carries.
   */
  public <P, C> List<C> saveRelated(
      ChildRelation<P, C> relation, P owner, Collection<? extends C> children, boolean insert) {
    Object key = parentKey(relation, owner);
    return write(
        (insert ? "create " : "save ") + relation,
        tx ->
            SaveOperation.run(
                tables,
                tx,
                relation.target(),
                children,
                insert,
                node -> node.write(relation.foreignKey(), key)));
  }

  /** A fresh copy of the related row of {@code owner} with key {@code key}, or null. */
  public <P, C> C findRelated(ChildRelation<P, C> relation, P owner, Object key) {
    return read(
        () -> {
          Table<C> table = table(relation.target());
          int slot = relatedSlot(relation, owner, table, key);
          return slot < 0 ? null : relation.target().copy(table.row(slot));
        });
  }

  /** Deletes the related row of {@code owner} with key {@code key}, if it is related. */
  public <P, C> boolean destroyRelated(ChildRelation<P, C> relation, P owner, Object key) {
    return write(
        "destroy " + relation + " " + key,
        tx -> {
          Table<C> table = table(relation.target());
          int slot = relatedSlot(relation, owner, table, key);
          return slot >= 0 && DeleteOperation.run(tables, tx, table, new int[] {1, slot}) == 1;
        });
  }

  /** The slot of the row with key {@code key} if it is related to {@code owner}, else -1. */
  private <P, C> int relatedSlot(
      ChildRelation<P, C> relation, P owner, Table<C> table, Object key) {
    int slot = table.slotOf(key);
    if (slot < 0) {
      return -1;
    }
    Object parentKey = relation.localKey().get(owner);
    Object childKey = relation.foreignKey().get(table.row(slot));
    return parentKey != null && parentKey.equals(childKey) ? slot : -1;
  }

  /**
   * Makes {@code parent} the parent of {@code child} through {@code relation}: a parent not stored
   * yet is saved first (a stored one is left as stored, since the caller's copy may be stale, and
   * its owner key is read from the store), then the child's stored row gets that key in its foreign
   * key and nothing else changes; a child not stored yet is saved whole. The caller's child gets
   * the key and the parent.
   */
  public <C, P> C associate(BelongsToRelation<C, P> relation, C child, P parent) {
    EntityType<P, ?> parentType = relation.target();
    return write(
        "associate " + relation,
        tx -> {
          Table<P> parents = table(parentType);
          Object parentKey = parentType.key().get(parent);
          int slot = parentType.unassigned(parentKey) ? -1 : parents.slotOf(parentKey);
          if (slot >= 0) {
            Object ownerKey = relation.ownerKey().get(parents.row(slot));
            return setForeignKey(tx, relation, child, ownerKey, parent);
          }
          P saved = SaveOperation.run(tables, tx, parentType, List.of(parent), false, null).get(0);
          return setForeignKey(tx, relation, child, relation.ownerKey().get(saved), saved);
        });
  }

  /**
   * Clears the foreign key of {@code child}'s stored row (a child not stored yet is saved whole
   * without it) and of the caller's child, and its relation field.
   */
  public <C> C dissociate(BelongsToRelation<C, ?> relation, C child) {
    if (relation.foreignKey().primitive()) {
      throw new RelataException(
          relation.owner().name()
              + "."
              + relation.foreignKey().name()
              + " is primitive and cannot be cleared; declare it with a boxed type to dissociate");
    }
    return write("dissociate " + relation, tx -> setForeignKey(tx, relation, child, null, null));
  }

  private <C, P> C setForeignKey(
      Transaction tx, BelongsToRelation<C, P> relation, C child, Object key, P parent) {
    EntityType<C, ?> type = relation.owner();
    Table<C> table = table(type);
    Object childKey = type.key().get(child);
    int slot = type.unassigned(childKey) ? -1 : table.slotOf(childKey);
    Column<C> foreignKey = relation.foreignKey();
    if (slot >= 0) {
      tx.replace(table, slot, foreignKey.set(type.copy(table.row(slot)), key));
      return relation.withValue(foreignKey.set(child, key), parent);
    }
    // Not stored yet: saved whole, with the key written as a resolver writes it, and without the
    // parent it may carry (that one is stored already, and the caller's copy may be stale).
    Object carried = relation.valueOf(child);
    C cleared = relation.withValue(child, null);
    try {
      C saved =
          SaveOperation.run(
                  tables, tx, type, List.of(cleared), false, node -> node.write(foreignKey, key))
              .get(0);
      return relation.withValue(saved, parent);
    } catch (RuntimeException | Error e) {
      if (cleared == child) {
        relation.withValue(child, carried); // the caller's object as it was
      }
      throw e;
    }
  }

  /** Deletes every row related to {@code owner}; returns how many. */
  public <P> long destroyAllRelated(Relation<P, ?> relation, P owner) {
    return write(
        "destroy " + relation,
        tx -> {
          Relation.Lookup lookup = relation.bind(tables);
          int[] related = lookup.related(owner).clone();
          return (long) DeleteOperation.run(tables, tx, lookup.table(), related);
        });
  }

  /**
   * Saves {@code target} (with what it carries) and adds its owner key to the stored owner's key
   * list, once; writes the new list into {@code owner} too. Returns the saved target.
   */
  public <O, T> T attach(HasManyByRelation<O, T> relation, O owner, T target) {
    return write(
        "attach to " + relation,
        tx -> {
          T saved =
              SaveOperation.run(tables, tx, relation.target(), List.of(target), false, null).get(0);
          Object key = relation.ownerKey().get(saved);
          if (key == null) {
            throw new RelataException(
                "cannot attach to "
                    + relation
                    + ": the "
                    + relation.target().name()
                    + " row has no "
                    + relation.ownerKey().name()
                    + ", and a null key matches nothing");
          }
          changeKeys(tx, relation, owner, key, true);
          return saved;
        });
  }

  /** Adds {@code key} to the stored owner's key list unless present; false if it was. */
  public <O> boolean attachKey(HasManyByRelation<O, ?> relation, O owner, Object key) {
    return write("attach to " + relation, tx -> changeKeys(tx, relation, owner, key, true));
  }

  /** Removes {@code key} from the stored owner's key list; false if it was not there. */
  public <O> boolean detachKey(HasManyByRelation<O, ?> relation, O owner, Object key) {
    return write("detach from " + relation, tx -> changeKeys(tx, relation, owner, key, false));
  }

  private <O> boolean changeKeys(
      Transaction tx, HasManyByRelation<O, ?> relation, O owner, Object key, boolean add) {
    EntityType<O, ?> type = relation.owner();
    Table<O> table = table(type);
    Object ownerKey = type.key().get(owner);
    int slot = type.unassigned(ownerKey) ? -1 : table.slotOf(ownerKey);
    if (slot < 0) {
      throw new RelataException(
          type.name()
              + " has no row with key "
              + ownerKey
              + ", so its "
              + relation.name()
              + " cannot change: save it first");
    }
    O row = table.row(slot);
    List<Object> keys = new ArrayList<>(relation.keys(row));
    boolean changed = add ? !keys.contains(key) && keys.add(key) : keys.removeIf(key::equals);
    if (changed) {
      tx.replace(table, slot, relation.foreignKey().set(type.copy(row), keys));
    }
    if (!type.record()) {
      relation.foreignKey().set(owner, new ArrayList<>(keys));
    }
    return changed;
  }
}
