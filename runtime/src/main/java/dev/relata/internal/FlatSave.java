package dev.relata.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A save in which no object carries relation values, the bulk of {@code saveAll} and of every
 * import: each object is one row of one table, stored in the caller's order.
 *
 * <p>Implementation notes. {@link SaveOperation} makes a node per object so that it can follow
 * relation values, save each object once and link keys between rows. A flat save has nothing to
 * follow or link, so it keeps no node: one pass reads each object's key (and refuses the fast path,
 * before anything is written, as soon as an object carries a relation value), then the keys are
 * checked and reserved per table as {@link SaveOperation} does, and a second pass copies each row;
 * then the rows are stored at once ({@link Rows#storeAll}: into a table this write fills, indexed
 * in bulk). The rules are the same: a key given twice stores the later row in the place of the
 * first; an object without a key gets one number (or random key) however often it is given, is
 * stored once, and gets its key written back through the transaction; a record is rebuilt for the
 * result instead. Rows built by the JSON reader for an import ({@code owned}) are held by nobody
 * else and are stored as they are, without a copy.
 */
final class FlatSave {
  private FlatSave() {}

  /**
   * Saves {@code roots} as {@link SaveOperation#run} does, if none of them carries a relation value;
   * returns null, having changed nothing, if one does.
   *
   * @param owned whether the roots are rows that nobody else holds (built by the JSON reader for
   *     this write), to store without a copy; no key is written back into them
   */
  @SuppressWarnings("unchecked")
  static <T> List<T> run(
      Rows rows,
      EntityType<T, ?> type,
      Collection<? extends T> roots,
      SaveOperation.Mode mode,
      boolean owned) {
    Object[] objects = roots.toArray();
    int n = objects.length;
    EntityType.SavingOrder<T> relations = type.savingOrder();
    Column<T> keyColumn = type.key();
    boolean numeric = type.keyKind().numeric();
    long highestGiven = Long.MIN_VALUE;
    boolean[] unassigned = null; // which objects have no key; allocated at the first one
    // Where each object without a key is first given, by identity: it gets one key however often.
    Map<Object, Integer> fresh = null;
    List<Object> given = mode == SaveOperation.Mode.INSERT ? new ArrayList<>(n) : null;
    for (int i = 0; i < n; i++) {
      T object = (T) objects[i];
      if (SaveOperation.carriesValues(relations, object)) {
        return null;
      }
      Object key = keyColumn.get(object);
      if (type.unassigned(key)) {
        if (unassigned == null) {
          unassigned = new boolean[n];
          fresh = new IdentityHashMap<>();
        }
        unassigned[i] = true;
        fresh.putIfAbsent(object, i);
      } else {
        if (numeric) {
          highestGiven = Math.max(highestGiven, ((Number) key).longValue());
        }
        if (given != null) {
          given.add(key);
        }
      }
    }
    if (given != null) {
      SaveOperation.checkNew(rows, type, given);
    }
    int missing = fresh == null ? 0 : fresh.size();
    long[] numbers = null;
    if (numeric && (missing > 0 || highestGiven > 0)) {
      numbers = rows.reserveNumbers(type, highestGiven, missing);
    }
    Object[] stored = type.record() ? new Object[n] : null;
    // The keys to write back into the objects given, with what their fields hold before.
    boolean writesBack = missing > 0 && !owned && !type.record();
    Object[] targets = writesBack ? new Object[missing] : null;
    Object[] keys = writesBack ? new Object[missing] : null;
    Object[] held = writesBack ? new Object[missing] : null;
    int count = n - (missing == 0 ? 0 : countRepeats(unassigned, n, missing));
    rows.expect(type, count);
    Copies<T> copies = new Copies<>(rows, type, objects, owned);
    copies.unassigned = unassigned;
    copies.fresh = fresh;
    copies.numbers = numbers;
    copies.stored = stored;
    copies.targets = targets;
    copies.keys = keys;
    copies.held = held;
    rows.storeAll(type, count, copies);
    copies.passRepeats();
    if (owned) {
      return List.of(); // nobody asks for the rows of an import back
    }
    List<T> result;
    if (stored != null) {
      // Records are rebuilt before any caller object changes: their constructors may throw.
      // A record without a key given twice is one row, and one instance in the result.
      Map<Object, T> rebuilt = fresh == null ? null : new IdentityHashMap<>();
      result = new ArrayList<>(n);
      for (Object row : stored) {
        result.add(
            rebuilt == null ? rebuild(type, (T) row) : rebuilt.computeIfAbsent(row, r -> rebuild(type, (T) r)));
      }
    } else {
      result = new ArrayList<>(roots); // a class instance is its own result
    }
    if (writesBack) {
      Column<?>[] columns = new Column<?>[missing];
      Arrays.fill(columns, keyColumn);
      rows.setCallerColumns(columns, targets, keys, held, missing);
    }
    return result;
  }

  /**
   * The rows of the objects given, made one by one as they are stored: each object's copy, with
   * the key assigned to it where it had none (and that key noted for writing back); an object
   * without a key given again is passed over (stored once), and its row noted as the first's.
   * Made as stored, so that a row is at hand (in the cache) when the table reads its key and
   * indexed values.
   */
  private static final class Copies<T> implements Rows.RowFeed<T> {
    private final Rows rows;
    private final EntityType<T, ?> type;
    private final Object[] objects;
    private final boolean owned;
    boolean[] unassigned;
    Map<Object, Integer> fresh;
    long[] numbers;
    Object[] stored;
    Object[] targets;
    Object[] keys;
    Object[] held;
    private int next;
    private int assigned;
    private boolean assignedLast;

    Copies(Rows rows, EntityType<T, ?> type, Object[] objects, boolean owned) {
      this.rows = rows;
      this.type = type;
      this.objects = objects;
      this.owned = owned;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
      Column<T> keyColumn = type.key();
      while (true) {
        int i = next++;
        T object = (T) objects[i];
        T row;
        assignedLast = unassigned != null && unassigned[i];
        if (assignedLast) {
          int first = fresh.get(object);
          if (first < i) {
            if (stored != null) {
              stored[i] = stored[first];
            }
            continue; // given again: stored once, as a nested save stores an object once
          }
          Object key =
              numbers != null ? type.keyKind().number(numbers[assigned]) : rows.randomKey(type);
          if (targets != null) {
            targets[assigned] = object;
            keys[assigned] = key;
            held[assigned] = keyColumn.get(object);
          }
          assigned++;
          row = keyColumn.set(owned ? object : type.copy(object), key);
        } else {
          row = owned ? object : type.copy(object);
        }
        if (stored != null) {
          stored[i] = row;
        }
        return row;
      }
    }

    @Override
    public boolean assigned() {
      return assignedLast;
    }

    /** Passes over the objects after the last row: each an object without a key given again. */
    void passRepeats() {
      for (; next < objects.length; next++) {
        if (stored != null) {
          stored[next] = stored[fresh.get(objects[next])];
        }
      }
    }
  }

  /** A new instance of a record from its stored row, carrying its key and no relation value. */
  private static <T> T rebuild(EntityType<T, ?> type, T row) {
    return type.assemble(row, new Object[type.relations().size()]);
  }

  /** How many of the objects without a key repeat one met before ({@code missing} are distinct). */
  private static int countRepeats(boolean[] unassigned, int n, int missing) {
    int all = 0;
    for (int i = 0; i < n; i++) {
      if (unassigned[i]) {
        all++;
      }
    }
    return all - missing;
  }
}
