package dev.relata.internal;

import dev.relata.DuplicateKeyException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The rows of one entity and the key indexes over them.
 *
 * <p>Implementation notes. Rows live in {@link #rows} at positions called slots, in insertion
 * order: a new row is appended at a slot above every slot in use, a replaced row keeps its slot
 * (and so its place in insertion order), a removed row leaves a {@code null}. So "insertion order"
 * is "slot order" everywhere, and the indexes keep their buckets sorted by slot. Undoing a write
 * puts the previous row back into the same slot, which restores order exactly (undoing appends may
 * lower the end again). When more than half of the slots are free, {@link #compactIfSparse}
 * renumbers the rows and every index in one pass, keeping their order; it runs only between
 * transactions, when no undo log refers to slots.
 *
 * <p>The primary index maps each key to its slot. A {@link MultiIndex} exists for every other
 * column that a relation matches on, registered by the relations themselves, and for every column
 * the entity declares {@code @Index} on ({@link EntityType#indexes()}); a {@code sorted} one is a
 * {@link SortedIndex} instead (and a column that a relation also matches on has both). Stored rows
 * are private copies that are never changed in place: a change is a new row in the same slot.
 *
 * <p>A {@code unique} index is not checked as each row goes in but by {@link #checkUnique} on the
 * slots a write changed, when the write is done (as SQL checks a constraint at the end of a
 * statement): a save that swaps two values between rows passes, and one that leaves two rows with a
 * value is undone whole.
 *
 * <p>The arrays, and why there are several:
 *
 * <ul>
 *   <li>{@link #rows}: the row of each slot, {@code null} for a free slot; {@link #end} is one past
 *       the highest slot in use and {@link #live} the number of rows.
 *   <li>{@link #primary}: key → slot ({@link NumericSlotMap} for numeric keys, which reads no boxed
 *       key; {@link SlotMap} for the others).
 *   <li>{@link #indexByOrdinal}: the hash index of each column, by column ordinal, {@code null}
 *       where a column has none. Reads go through it: a lookup by column is one array access.
 *       {@link #sortedByOrdinal} holds the sorted indexes alike.
 *   <li>{@link #indexedColumns} and {@link #indexOfIndexedColumn}: the same indexes, densely, as
 *       two parallel arrays. Writes go through them: every write reads the values of exactly the
 *       indexed columns, in this order, without skipping the unindexed ones. A table with one
 *       indexed column (one foreign key, the common case) reads its value without an array.
 * </ul>
 *
 * Invariant: {@code indexByOrdinal[indexedColumns[i].ordinal()] == indexOfIndexedColumn[i]} for
 * every {@code i} whose index is a {@link MultiIndex}, {@code sortedByOrdinal} likewise for the
 * {@link SortedIndex}es, and no other element of them is set; {@link #relink} restores it after
 * {@link #detach} and {@link #reattach} swap the index objects.
 *
 * <p>Reading a row's key and indexed values runs entity code (getters), which may throw. So the
 * writes here take them as arguments, read beforehand by {@link #keyOf} and {@link #indexedValues}
 * (the {@link Transaction} does, and keeps them in its undo log), and change the table without
 * calling entity code: an undo then needs none. Only {@link #upsert} reads the values of the row it
 * replaces, before it changes anything. Indexed values are packed: {@code null} while no column is
 * indexed, the value itself for one indexed column (the common case, without an array), an array in
 * index order for several. Indexes are added only outside writes, or inside a transaction to tables
 * it has not written (see {@link Database}), so a packed value read during a write fits the table
 * until the write ends. The exception is {@link #upsertAll}, for a write that fills the table: it
 * reads keys and values (and makes the rows) as it goes, since undoing a fill needs none of them.
 *
 * <p>Not thread-safe: the {@link Database} lock guards every access.
 */
final class Table<T> {
  private static final int MIN_ROWS = 16;

  /** The number of rows from which a write sorts its entries of a sorted index once, in bulk. */
  private static final int BULK_ROWS = 256;

  final EntityType<T, ?> type;
  private final Column<T> key;
  private final boolean numericKeys;

  private Object[] rows = new Object[MIN_ROWS];
  private int end;
  private int live;
  private PrimaryIndex primary;

  /** Whether a sorted index may be in bulk mode: set by {@link #reserve}, cleared by {@link #settle}. */
  private boolean inBulk;

  /** The hash index of each column, by column ordinal; {@code null} where a column has none. */
  private MultiIndex[] indexByOrdinal;

  /** The sorted index of each column, by column ordinal; {@code null} where a column has none. */
  private SortedIndex[] sortedByOrdinal;

  /**
   * The columns that have a secondary index, in the order their indexes were added; a column with a
   * hash and a sorted index is here twice.
   */
  private Column<T>[] indexedColumns;

  /** The index of each of {@link #indexedColumns}, at the same position. */
  private ColumnIndex[] indexOfIndexedColumn;

  /** The positions in {@link #indexedColumns} of the indexes that are unique. */
  private int[] uniquePositions = new int[0];

  /** Whether the index at each position of {@link #indexedColumns} is unique. */
  private boolean[] uniqueAt = new boolean[0];

  /**
   * Whether a unique index took a value that another row held, since {@link #checkUnique} last
   * found none: only then can a row clash, and only then does the check look values up.
   */
  private boolean mayClash;

  /** The highest numeric key the table has ever held: assigned keys go above it. */
  private long highestNumber;

  /** What the last upsert replaced, and its indexed values; read by the transaction after it. */
  private T replaced;

  private Object replacedValues;

  @SuppressWarnings("unchecked")
  Table(EntityType<T, ?> type) {
    this.type = type;
    this.key = type.key();
    this.numericKeys = type.keyKind().numeric();
    this.primary = PrimaryIndex.forKeys(type.keyKind());
    this.indexByOrdinal = new MultiIndex[type.columns().size()];
    this.sortedByOrdinal = new SortedIndex[type.columns().size()];
    this.indexedColumns = new Column[0];
    this.indexOfIndexedColumn = new ColumnIndex[0];
    for (IndexSpec<T> declared : type.indexes()) {
      Column<T> column = declared.column();
      int position = declared.isSorted() ? addSortedIndex(column) : addHashIndex(column);
      if (declared.isUnique()) {
        uniquePositions = Arrays.copyOf(uniquePositions, uniquePositions.length + 1);
        uniquePositions[uniquePositions.length - 1] = position;
        uniqueAt[position] = true;
      }
    }
  }

  /** The number of rows. */
  int size() {
    return live;
  }

  /** One past the highest slot in use; slots below it may be free. */
  int end() {
    return end;
  }

  /** The row in {@code slot}, or {@code null} if the slot is free. */
  @SuppressWarnings("unchecked")
  T row(int slot) {
    return (T) rows[slot];
  }

  /** The slot of the row with key {@code value}, or -1. */
  int slotOf(Object value) {
    return primary.get(value);
  }

  /**
   * The slot of the row with key {@code value}, or where it is null, of the numeric key {@code
   * number} (not boxed); -1 if there is none.
   */
  int slotOf(Object value, long number) {
    return value != null ? primary.get(value) : primary.getNumber(number);
  }

  /**
   * The slots of the rows whose {@code column} equals {@code value}, as a bucket (element 0 is the
   * count); {@code column} is the key or an indexed column. The array may belong to the index.
   */
  int[] bucket(Column<?> column, Object value) {
    if (value == null) {
      return MultiIndex.EMPTY;
    }
    if (column == key) {
      int slot = primary.get(value);
      return slot < 0 ? MultiIndex.EMPTY : new int[] {1, slot};
    }
    return indexByOrdinal[column.ordinal()].get(value);
  }

  /** The hash index of {@code column}, or null where it has none (the key has none). */
  MultiIndex hashIndex(Column<?> column) {
    return indexByOrdinal[column.ordinal()];
  }

  /** The sorted index of {@code column}, or null where it has none. */
  SortedIndex sortedIndex(Column<?> column) {
    return sortedByOrdinal[column.ordinal()];
  }

  /** The first row (lowest slot) whose {@code column} equals {@code value}, or -1. */
  int firstSlot(Column<?> column, Object value) {
    if (value == null) {
      return -1;
    }
    if (column == key) {
      return primary.get(value);
    }
    return indexByOrdinal[column.ordinal()].first(value);
  }

  /** Whether lookups by {@code column} go through an index: the key, or an indexed column. */
  boolean indexes(Column<?> column) {
    return column == key || indexByOrdinal[column.ordinal()] != null;
  }

  /** Indexes {@code column} (unless it is the key or indexed already), over the rows present. */
  void addIndex(Column<?> column) {
    if (column != key) {
      addHashIndex(column);
    }
  }

  /** Keeps a hash index on {@code column}; returns its position in {@link #indexedColumns}. */
  private int addHashIndex(Column<?> column) {
    MultiIndex present = indexByOrdinal[column.ordinal()];
    return present != null ? positionOf(present) : addIndex(column, new MultiIndex());
  }

  /** Keeps a sorted index on {@code column}; returns its position in {@link #indexedColumns}. */
  private int addSortedIndex(Column<?> column) {
    SortedIndex present = sortedByOrdinal[column.ordinal()];
    return present != null ? positionOf(present) : addIndex(column, new SortedIndex());
  }

  private int positionOf(ColumnIndex index) {
    return Arrays.asList(indexOfIndexedColumn).indexOf(index);
  }

  /** Adds {@code index} on {@code column}, filled with the rows present; returns its position. */
  @SuppressWarnings("unchecked")
  private int addIndex(Column<?> column, ColumnIndex index) {
    Column<T> c = (Column<T>) column;
    fill(index, c);
    int position = indexedColumns.length;
    indexedColumns = Arrays.copyOf(indexedColumns, position + 1);
    indexedColumns[position] = c;
    indexOfIndexedColumn = Arrays.copyOf(indexOfIndexedColumn, position + 1);
    indexOfIndexedColumn[position] = index;
    uniqueAt = Arrays.copyOf(uniqueAt, position + 1);
    relink();
    return position;
  }

  private void fill(ColumnIndex index, Column<T> column) {
    for (int slot = 0; slot < end; slot++) {
      T row = row(slot);
      Object value = row == null ? null : column.get(row);
      if (value != null) {
        index.add(value, slot);
      }
    }
  }

  /** Points {@link #indexByOrdinal} and {@link #sortedByOrdinal} at the current index objects. */
  private void relink() {
    for (int i = 0; i < indexOfIndexedColumn.length; i++) {
      int ordinal = indexedColumns[i].ordinal();
      ColumnIndex index = indexOfIndexedColumn[i];
      if (index instanceof SortedIndex sorted) {
        sortedByOrdinal[ordinal] = sorted;
      } else {
        indexByOrdinal[ordinal] = (MultiIndex) index;
      }
    }
  }

  /**
   * Whether writes to the table may have left two rows with one value of a unique index, so that
   * they need {@link #checkUnique}.
   */
  boolean mayClash() {
    return mayClash;
  }

  /** Notes that {@link #checkUnique} found no clash among every row written. */
  void clashesChecked() {
    mayClash = false;
  }

  /** Adds {@code slot} under {@code value} in the index at {@code position}. */
  private void add(int position, Object value, int slot) {
    if (indexOfIndexedColumn[position].add(value, slot) && uniqueAt[position]) {
      mayClash = true;
    }
  }

  /**
   * Checks that the row in {@code slot} (if any) shares the value of no unique index with another
   * row; a {@link DuplicateKeyException} naming the entity, the field and the value if it does.
   */
  void checkUnique(int slot) {
    T row = row(slot);
    if (row == null) {
      return;
    }
    for (int position : uniquePositions) {
      Column<T> column = indexedColumns[position];
      Object value = column.get(row);
      if (value != null && indexOfIndexedColumn[position].count(value) > 1) {
        throw new DuplicateKeyException(type.name(), column.name(), value);
      }
    }
  }

  /**
   * Makes room for {@code additional} more rows at once, before a bulk write (an invisible change:
   * the rows and keys stay as they are).
   */
  void reserve(int additional) {
    ensureSlots((long) end + additional);
    int expected = (int) Math.min(Integer.MAX_VALUE / 2, (long) live + additional);
    primary.ensureCapacity(expected);
    for (int position : uniquePositions) {
      // A unique index holds a key per row, as the primary does; others may hold far fewer.
      if (indexOfIndexedColumn[position] instanceof MultiIndex unique) {
        unique.ensureCapacity(expected);
      }
    }
    if (additional >= BULK_ROWS) {
      for (int i = 0; i < indexOfIndexedColumn.length; i++) {
        if (indexOfIndexedColumn[i] instanceof SortedIndex sorted && !uniqueAt[i]) {
          sorted.startBulk(additional); // sorts its entries once, at the end: see SortedIndex
          inBulk = true;
        }
      }
    }
  }

  /**
   * Ends the bulk mode of the sorted indexes: each puts the entries it buffered in place. The
   * transaction calls it on every table it touched when a write ends, so no reader ever settles;
   * a table none of whose indexes started bulk mode returns at once (every small write ends here).
   */
  void settle() {
    if (!inBulk) {
      return;
    }
    inBulk = false;
    for (SortedIndex sorted : sortedByOrdinal) {
      if (sorted != null) {
        sorted.settle();
      }
    }
  }

  /**
   * Makes {@link #rows} hold at least {@code needed} slots, growing by half at least, so that rows
   * saved one at a time (each reserving one slot) cost amortized O(1), not a copy of the table.
   */
  private void ensureSlots(long needed) {
    if (needed > rows.length) {
      long grown = Math.max(needed, rows.length + (long) (rows.length >> 1));
      rows = Arrays.copyOf(rows, (int) Math.min(grown, Integer.MAX_VALUE - 8));
    }
  }

  /** How many slots {@link #rows} holds before it must grow. For tests only: nothing else asks. */
  int capacity() {
    return rows.length;
  }

  // ---- Reading what a write needs: entity code, which may throw ----

  /** The key of {@code row}. */
  Object keyOf(T row) {
    return key.get(row);
  }

  /** The values of the indexed columns of {@code row}, packed (see the class notes). */
  Object indexedValues(T row) {
    Column<T>[] columns = indexedColumns;
    if (columns.length == 0) {
      return null;
    }
    if (columns.length == 1) {
      return columns[0].get(row);
    }
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      values[i] = columns[i].get(row);
    }
    return values;
  }

  // ---- Writes. Only Transaction calls these, so that each one is in the undo log. ----

  /**
   * Appends {@code row}, whose key {@code k} is not in the table, with its indexed {@code values};
   * returns its slot.
   */
  int append(T row, Object k, Object values) {
    ensureSlots(end + 1L);
    place(end, row, k, values);
    return end++;
  }

  /**
   * Inserts {@code row} (key {@code k}, indexed {@code values}), or puts it in place of the row
   * with its key; returns its slot, and leaves the row it replaced (or null) for {@link #replaced}
   * and that row's indexed values for {@link #replacedValues}. One probe of the primary index. The
   * replaced row's values are read (entity code) before anything changes, so a failure changes
   * nothing.
   */
  int upsert(T row, Object k, Object values) {
    ensureSlots(end + 1L);
    int slot = primary.putIfAbsent(k, end);
    if (slot < 0) {
      slot = end++;
      rows[slot] = row;
      live++;
      index(slot, values);
      replaced = null;
      replacedValues = null;
      return slot;
    }
    T old = row(slot);
    // May throw, and nothing has changed yet: the key was there, so the probe inserted nothing.
    Object before = indexedValues(old);
    rows[slot] = row;
    reindex(slot, before, values);
    replaced = old;
    replacedValues = before;
    return slot;
  }

  /**
   * {@link #upsert}s the {@code n} rows of {@code source} in order, for a write that {@link
   * Transaction#fill fills} the table (nothing here is logged: undoing the fill empties the table).
   * The indexes that gain by it ({@link ColumnIndex#addsInBulk}) take the values of the rows it
   * appends at the end, each at once ({@link ColumnIndex#addAll}), and the others as each row
   * comes; a row that replaces one of this batch is put in its slot (moved in the others), one
   * that replaces an older row is moved in every index at once, as {@link #upsert} does. So a key
   * given twice keeps its first place, and every index holds the final rows only.
   */
  void upsertAll(int n, Rows.RowFeed<T> source) {
    ensureSlots((long) end + n);
    int from = end;
    Column<T>[] columns = indexedColumns;
    // The values for the indexes in bulk, by index and slot: read while each row is at hand;
    // those of a primitive integral column as they are (numbers), the others boxed (values).
    Object[][] values = new Object[columns.length][];
    long[][] numbers = new long[columns.length][];
    for (int position = 0; position < columns.length; position++) {
      if (!indexOfIndexedColumn[position].addsInBulk(uniqueAt[position])) {
        continue;
      }
      if (columns[position].numberClass() != null) {
        numbers[position] = new long[n];
      } else {
        values[position] = new Object[n];
      }
    }
    for (int i = 0; i < n; i++) {
      T row = source.next();
      int slot = primary.putIfAbsent(keyOf(row), end);
      T old = null;
      if (slot < 0) {
        slot = end++;
        live++;
      } else if (slot < from) {
        Object before = indexedValues(row(slot));
        Object after = indexedValues(row);
        rows[slot] = row;
        reindex(slot, before, after);
        continue;
      } else {
        old = row(slot); // of this batch
      }
      rows[slot] = row;
      for (int position = 0; position < columns.length; position++) {
        if (numbers[position] != null) {
          numbers[position][slot - from] = columns[position].getLong(row);
          continue;
        }
        Object value = columns[position].get(row);
        if (values[position] != null) {
          values[position][slot - from] = value; // in place of an earlier row's, if any
        } else if (old == null) {
          if (value != null) {
            add(position, value, slot);
          }
        } else {
          move(position, slot, columns[position].get(old), value);
        }
      }
    }
    for (int position = 0; position < columns.length && end > from; position++) {
      boolean unique = uniqueAt[position];
      ColumnIndex index = indexOfIndexedColumn[position];
      boolean held =
          numbers[position] != null
              ? index.addAllNumbers(
                  numbers[position], columns[position].numberClass(), from, end - from, unique)
              : values[position] != null
                  && index.addAll(values[position], from, end - from, unique);
      if (held && unique) {
        mayClash = true;
      }
    }
  }

  /** The row that the last {@link #upsert} replaced, or null if it inserted. */
  T replaced() {
    return replaced;
  }

  /** The indexed values of the row that the last {@link #upsert} replaced. */
  Object replacedValues() {
    return replacedValues;
  }

  /**
   * Puts {@code row}, which has the same key, in place of the row in {@code slot}, moving it in the
   * indexes from the old row's values {@code before} to {@code after}; returns the old row.
   */
  T replace(int slot, T row, Object before, Object after) {
    T old = row(slot);
    rows[slot] = row;
    reindex(slot, before, after);
    return old;
  }

  /** Removes the row in {@code slot}, whose key is {@code k} and indexed values {@code values}. */
  T remove(int slot, Object k, Object values) {
    T old = row(slot);
    rows[slot] = null;
    live--;
    primary.remove(k);
    unindex(slot, values);
    return old;
  }

  /** Undo of {@link #append}: frees {@code slot} again and lowers the end past free slots. */
  void unappend(int slot, Object k, Object values) {
    remove(slot, k, values);
    while (end > 0 && rows[end - 1] == null) {
      end--;
    }
  }

  /** Undo of {@link #remove}: puts {@code row} back into {@code slot}, which is free. */
  void putBack(int slot, T row, Object k, Object values) {
    place(slot, row, k, values);
    end = Math.max(end, slot + 1);
  }

  private void place(int slot, T row, Object k, Object values) {
    rows[slot] = row;
    live++;
    primary.put(k, slot);
    index(slot, values);
  }

  /** Adds {@code slot} under each of its indexed {@code values} (nulls are not indexed). */
  private void index(int slot, Object values) {
    if (indexOfIndexedColumn.length == 1) {
      if (values != null) {
        add(0, values, slot);
      }
    } else if (values != null) {
      Object[] all = (Object[]) values;
      for (int i = 0; i < all.length; i++) {
        if (all[i] != null) {
          add(i, all[i], slot);
        }
      }
    }
  }

  /** Removes {@code slot} from under each of its indexed {@code values}. */
  private void unindex(int slot, Object values) {
    if (indexOfIndexedColumn.length == 1) {
      if (values != null) {
        indexOfIndexedColumn[0].remove(values, slot);
      }
    } else if (values != null) {
      Object[] all = (Object[]) values;
      for (int i = 0; i < all.length; i++) {
        if (all[i] != null) {
          indexOfIndexedColumn[i].remove(all[i], slot);
        }
      }
    }
  }

  /** Moves {@code slot} in each index whose value changed from {@code before} to {@code after}. */
  private void reindex(int slot, Object before, Object after) {
    if (indexOfIndexedColumn.length == 1) {
      move(0, slot, before, after);
    } else if (indexOfIndexedColumn.length > 1) {
      Object[] from = (Object[]) before;
      Object[] to = (Object[]) after;
      for (int i = 0; i < to.length; i++) {
        move(i, slot, from[i], to[i]);
      }
    }
  }

  private void move(int index, int slot, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      if (before != null) {
        indexOfIndexedColumn[index].remove(before, slot);
      }
      if (after != null) {
        add(index, after, slot);
      }
    }
  }

  /** Whether keys are numbers, assigned by counting. */
  boolean numericKeys() {
    return numericKeys;
  }

  /** The highest numeric key the table has held, for assigning the next. */
  long highestNumber() {
    return highestNumber;
  }

  /** Sets the highest numeric key held (the transaction logs the old value). */
  void setHighestNumber(long value) {
    highestNumber = value;
  }

  /** Empties the table in O(1); the returned state brings every row back with {@link #reattach}. */
  Detached detach() {
    settle(); // the detached indexes are put back as they are
    Detached state = new Detached(rows, end, live, primary, indexOfIndexedColumn);
    rows = new Object[MIN_ROWS];
    end = 0;
    live = 0;
    primary = primary.emptyCopy();
    ColumnIndex[] fresh = new ColumnIndex[indexOfIndexedColumn.length];
    for (int i = 0; i < fresh.length; i++) {
      fresh[i] = indexOfIndexedColumn[i].emptyCopy();
    }
    indexOfIndexedColumn = fresh;
    relink();
    return state;
  }

  /** Undo of {@link #detach}. */
  void reattach(Detached state) {
    rows = state.rows;
    end = state.end;
    live = state.live;
    primary = state.primary;
    // No index is added to a table after a write to it in the same transaction: the counts match.
    indexOfIndexedColumn = state.indexOfIndexedColumn;
    relink();
  }

  /** What {@link #detach} took away. */
  record Detached(
      Object[] rows, int end, int live, PrimaryIndex primary, ColumnIndex[] indexOfIndexedColumn) {}

  /** Renumbers the rows densely when most slots are free; see the class notes. */
  void compactIfSparse() {
    int free = end - live;
    if (live == 0) {
      if (end > 0) {
        rows = new Object[MIN_ROWS];
        end = 0;
      }
      return;
    }
    if (free <= 64 || free <= live) {
      return;
    }
    int[] newSlotOf = new int[end];
    Object[] packed = new Object[Math.max(MIN_ROWS, live + (live >> 1))];
    int next = 0;
    for (int slot = 0; slot < end; slot++) {
      if (rows[slot] != null) {
        newSlotOf[slot] = next;
        packed[next++] = rows[slot];
      }
    }
    primary.remap(newSlotOf);
    for (ColumnIndex index : indexOfIndexedColumn) {
      index.remap(newSlotOf);
    }
    rows = packed;
    end = next;
  }

  @Override
  public String toString() {
    return type.name() + "(" + live + " rows)";
  }
}
