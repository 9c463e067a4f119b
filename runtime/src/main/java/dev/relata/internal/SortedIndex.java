package dev.relata.internal;

import java.util.Arrays;

/**
 * A sorted index: the entries (value, slot) of one column in order of value ({@code compareTo}),
 * then of slot, so that rows with one value come in insertion order. It answers equality, ranges
 * and ordered walks for {@code @Index(sorted = true)}.
 *
 * <p>Implementation notes. Entries live in blocks of at most {@value #BLOCK} entries, each block a
 * sorted pair of arrays (values, slots), the blocks in order: a B+ tree of two levels whose upper
 * level is the list of blocks itself. Finding an entry is a binary search over the blocks' first
 * entries, then one within the block, O(log n) comparisons over arrays that stay in the cache, and
 * adding or removing one moves at most a block's worth of array elements. A full block splits in
 * two; an empty one is dropped (partly empty blocks are not merged: they cost memory, not time).
 * Entries are addressed by cursors, {@code block << 8 | index}, which a write invalidates; walks
 * run under the read lock, so no write happens while a cursor lives. {@link #end()} is the cursor
 * one past the last entry. Not thread-safe: the {@link Database} lock guards every access.
 *
 * <p>The values of a {@code Long}, {@code Integer}, {@code Short} or {@code Byte} column, the
 * commonest sorted ones (times as epoch numbers, counts, ranks), are kept as primitive {@code
 * long}s ({@link #numberClass} is then set): a comparison reads the array it searches rather than
 * an object elsewhere in memory, a cache miss at each step of a search among many rows, and {@code
 * Long.compare} orders them as their {@code compareTo} does. The first value added decides. A bound
 * of another class fails with a {@code ClassCastException}, as {@code compareTo} would.
 *
 * <p>Bulk writes. Inserting many entries one by one at random places costs a search and a shift
 * each; so a write that saves many rows ({@link Table#reserve}) may put a non-unique numeric index
 * in bulk mode ({@link #startBulk}), where {@link #add} only appends the entry to a pending buffer,
 * and {@link #settle} sorts the buffer once and merges it into the blocks (building them afresh
 * when the buffer is large against the index). Every other method settles first, so what the index
 * answers never depends on the buffer; and the {@link Transaction} settles every table it touched
 * when a write ends, done or undone, so entries are pending only inside the write that added them,
 * under the write lock: readers on other threads never find a buffer to settle. Only numbers are
 * buffered, whose comparison cannot throw, so settling never fails; a unique index is never put in
 * bulk mode, since {@link #add} could not say whether another row holds the value. A write that
 * fills a table gives the index all its values at once instead ({@link #addAll}): sorted once and
 * put in place there and then, unique or not, nothing buffered.
 */
final class SortedIndex implements ColumnIndex {
  /** The most entries of one block. */
  static final int BLOCK = 128;

  private static final int SHIFT = 8;
  private static final int INDEX = (1 << SHIFT) - 1;

  /** The values of each block: an {@code Object[]}, or in numeric mode a {@code long[]}. */
  private Object[] keys = new Object[4];

  private int[][] slots = new int[4][];
  private int[] sizes = new int[4];

  /**
   * The first entry of each block, apart, so that finding a block searches these arrays and not one
   * array of each block (a cache miss per step among many blocks): its number (numeric mode) or
   * value, and its slot.
   */
  private long[] firstNumbers = new long[4];

  private Object[] firstValues = new Object[4];
  private int[] firstSlots = new int[4];
  private int blocks;
  private int size;

  /** The class of the values in numeric mode ({@code Long.class} ...), or null. */
  private Class<?> numberClass;

  /** Whether {@link #add} buffers numeric entries; see the class notes. */
  private boolean bulk;

  /** The entries added in bulk mode and not yet in the blocks: values and slots, in add order. */
  private long[] pendingNumbers = new long[0];

  private int[] pendingSlots = new int[0];
  private int pending;

  /** How many entries bulk mode expects: the buffer's size when the first one comes. */
  private int expectedPending;

  /** Whether the slots of the buffered entries ascend in add order (appended rows: they do). */
  private boolean pendingSlotsAscend;

  /** The number of entries. */
  int size() {
    flushPending();
    return size;
  }

  /**
   * Lets {@link #add} buffer numeric entries until {@link #settle}, about {@code expected} of them;
   * see the class notes.
   */
  void startBulk(int expected) {
    bulk = true;
    expectedPending = expected; // allocated by the first add: a write may bring its rows at once
  }

  /** Puts the buffered entries into the blocks and ends bulk mode; for the writer, at its end. */
  void settle() {
    bulk = false;
    flushPending();
  }

  /**
   * Puts the buffered entries into the blocks: what every use but {@link #add} does first. Writes
   * no field when nothing is buffered, which is always so outside a write (see the class notes).
   */
  private void flushPending() {
    if (pending > 0) {
      int n = pending;
      pending = 0; // first: what merge calls (count, insert) must not flush again
      merge(pendingNumbers, pendingSlots, n, pendingSlotsAscend);
      pendingNumbers = new long[0];
      pendingSlots = new int[0];
    }
  }

  /** Buffers the entry (number, slot) in bulk mode. */
  private void buffer(long number, int slot) {
    if (pending == 0) {
      pendingSlotsAscend = true;
    } else if (slot <= pendingSlots[pending - 1]) {
      pendingSlotsAscend = false;
    }
    if (pending == pendingSlots.length) {
      int capacity = Math.max(Math.max(64, expectedPending), pending + (pending >> 1));
      pendingNumbers = Arrays.copyOf(pendingNumbers, capacity);
      pendingSlots = Arrays.copyOf(pendingSlots, capacity);
    }
    pendingNumbers[pending] = number;
    pendingSlots[pending] = slot;
    pending++;
  }

  /**
   * Adds the {@code n} entries (numbers, slots), sorting them first ({@code slotsAscend}: their
   * slots ascend in the arrays' order); returns whether one of them shares its number with another
   * entry. One by one when they are few against the index; appended after the last block when they
   * all come after it (times saved as they happen do); else by merging them with every entry into
   * blocks built afresh, filled to three quarters so that later inserts seldom split them. O((n +
   * size) log n) at most.
   */
  private boolean merge(long[] numbers, int[] entrySlots, int n, boolean slotsAscend) {
    sort(numbers, entrySlots, n, slotsAscend);
    if ((long) n * 8 < size) {
      boolean held = false;
      for (int i = 0; i < n; i++) {
        held |= insert(box(numbers[i]), entrySlots[i]);
      }
      return held;
    }
    if (size == 0) {
      rebuild(numbers, entrySlots, dropRepeats(numbers, entrySlots, n));
      return repeatsNumber(numbers, 0, size);
    }
    long[] lastValues = (long[]) keys[blocks - 1];
    int last = sizes[blocks - 1] - 1;
    if (compare(lastValues[last], slots[blocks - 1][last], numbers[0], entrySlots[0]) < 0) {
      appendBlocks(numbers, entrySlots, n);
      return lastValues[last] == numbers[0] || repeatsNumber(numbers, 0, n);
    }
    int total = size + n;
    long[] allNumbers = new long[total];
    int[] allSlots = new int[total];
    int kept = 0;
    int next = 0;
    for (int b = 0; b < blocks; b++) {
      long[] values = (long[]) keys[b];
      int[] s = slots[b];
      for (int i = 0; i < sizes[b]; i++) {
        while (next < n && compare(numbers[next], entrySlots[next], values[i], s[i]) < 0) {
          kept = append(allNumbers, allSlots, kept, numbers[next], entrySlots[next]);
          next++;
        }
        kept = append(allNumbers, allSlots, kept, values[i], s[i]);
      }
    }
    for (; next < n; next++) {
      kept = append(allNumbers, allSlots, kept, numbers[next], entrySlots[next]);
    }
    rebuild(allNumbers, allSlots, kept);
    return repeatsNumber(allNumbers, 0, kept);
  }

  /** Whether two neighbours among {@code numbers[from..to)}, sorted, are equal. */
  private static boolean repeatsNumber(long[] numbers, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (numbers[i] == numbers[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends the {@code n} sorted entries, which all come after the last one, in blocks three
   * quarters full: the last block is topped up to that, then new blocks follow. The blocks before
   * are not read.
   */
  private void appendBlocks(long[] numbers, int[] entrySlots, int n) {
    int fill = BLOCK - BLOCK / 4;
    int from = 0;
    int b = blocks - 1;
    while (from < n) {
      if (sizes[b] >= fill) {
        addBlock(++b);
      }
      int length = Math.min(fill - sizes[b], n - from);
      System.arraycopy(numbers, from, keys[b], sizes[b], length);
      System.arraycopy(entrySlots, from, slots[b], sizes[b], length);
      if (sizes[b] == 0) {
        sizes[b] = length;
        refreshFirst(b);
      } else {
        sizes[b] += length;
      }
      from += length;
    }
    size += n;
  }

  /** Drops repeated entries from the {@code n} sorted ones, in place; the number left. */
  private static int dropRepeats(long[] numbers, int[] entrySlots, int n) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      kept = append(numbers, entrySlots, kept, numbers[i], entrySlots[i]);
    }
    return kept;
  }

  /** Appends (number, slot) at {@code at} unless it repeats the entry before; the new length. */
  private static int append(long[] numbers, int[] entrySlots, int at, long number, int slot) {
    if (at > 0 && numbers[at - 1] == number && entrySlots[at - 1] == slot) {
      return at; // an entry present twice is there once, as add keeps it
    }
    numbers[at] = number;
    entrySlots[at] = slot;
    return at + 1;
  }

  private static int compare(long a, int aSlot, long b, int bSlot) {
    int c = Long.compare(a, b);
    return c != 0 ? c : Integer.compare(aSlot, bSlot);
  }

  /** Replaces every block with blocks of the {@code n} sorted entries, three quarters full. */
  private void rebuild(long[] numbers, int[] entrySlots, int n) {
    int fill = allocateBlocks(n);
    for (int b = 0; b < blocks; b++) {
      int from = b * fill;
      int length = Math.min(fill, n - from);
      System.arraycopy(numbers, from, keys[b], 0, length);
      System.arraycopy(entrySlots, from, slots[b], 0, length);
      sizes[b] = length;
      refreshFirst(b);
    }
  }

  /**
   * {@link #rebuild} from {@code n} sorted entries packed as {@link #sort} packs them: {@code
   * packed[i]} holds the number less {@code min} above a slot of {@code slotBits} bits.
   */
  private void rebuildPacked(long[] packed, int n, int slotBits, long min) {
    int fill = allocateBlocks(n);
    long mask = (1L << slotBits) - 1;
    for (int b = 0; b < blocks; b++) {
      int from = b * fill;
      int length = Math.min(fill, n - from);
      long[] values = (long[]) keys[b];
      int[] s = slots[b];
      for (int i = 0; i < length; i++) {
        long entry = packed[from + i];
        values[i] = (entry >>> slotBits) + min;
        s[i] = (int) (entry & mask);
      }
      sizes[b] = length;
      refreshFirst(b);
    }
  }

  /**
   * Replaces every block with empty numeric blocks enough for {@code n} entries three quarters
   * full, and sets the size to {@code n}; returns the entries each block is to hold.
   */
  private int allocateBlocks(int n) {
    int fill = BLOCK - BLOCK / 4;
    int count = (n + fill - 1) / fill;
    int capacity = Math.max(4, Integer.highestOneBit(Math.max(1, count)) << 1);
    keys = new Object[capacity];
    slots = new int[capacity][];
    sizes = new int[capacity];
    firstNumbers = new long[capacity];
    firstValues = new Object[capacity];
    firstSlots = new int[capacity];
    blocks = count;
    for (int b = 0; b < count; b++) {
      keys[b] = new long[BLOCK];
      slots[b] = new int[BLOCK];
    }
    size = n;
    return fill;
  }

  /**
   * Sorts the first {@code n} entries (numbers, slots) by number, then slot; nothing to do where
   * they are in order already (times saved as they happen). Where the spread of the numbers and the
   * largest slot fit in 63 bits together (they nearly always do: slots are below the table's size,
   * and times or counts spread over far less than 2^40), each entry packs into one {@code long},
   * number above slot, sorted as a primitive by {@link RadixSort}: by the number's bits alone where
   * the slots ascend in the arrays' order ({@code slotsAscend}), as the slots of appended rows do,
   * since the sort keeps that order among equal numbers. Otherwise a merge sort of the two arrays
   * together.
   */
  private static void sort(long[] numbers, int[] entrySlots, int n, boolean slotsAscend) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int maxSlot = 0;
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, numbers[i]);
      max = Math.max(max, numbers[i]);
      maxSlot = Math.max(maxSlot, entrySlots[i]);
      if (i > 0 && compare(numbers[i - 1], entrySlots[i - 1], numbers[i], entrySlots[i]) > 0) {
        sorted = false;
      }
    }
    if (sorted) {
      return;
    }
    long spread = max - min; // negative if it overflowed: then it does not fit
    int slotBits = 32 - Integer.numberOfLeadingZeros(maxSlot);
    if (spread < 0 || 64 - Long.numberOfLeadingZeros(spread) + slotBits > 63) {
      mergeSort(numbers, entrySlots, n);
      return;
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (numbers[i] - min) << slotBits | entrySlots[i];
    }
    int bits = 64 - Long.numberOfLeadingZeros(spread) + slotBits;
    RadixSort.sort(packed, n, slotsAscend ? slotBits : 0, bits);
    long mask = (1L << slotBits) - 1;
    for (int i = 0; i < n; i++) {
      numbers[i] = (packed[i] >>> slotBits) + min;
      entrySlots[i] = (int) (packed[i] & mask);
    }
  }

  /** The sort of {@link #sort} for any numbers: a merge sort, O(n log n) whatever their order. */
  private static void mergeSort(long[] numbers, int[] entrySlots, int n) {
    long[] numberBuffer = new long[n];
    int[] slotBuffer = new int[n];
    long[] fromNumbers = numbers;
    int[] fromSlots = entrySlots;
    long[] toNumbers = numberBuffer;
    int[] toSlots = slotBuffer;
    for (int width = 1; width < n; width <<= 1) {
      for (int low = 0; low < n; low += width << 1) {
        int middle = Math.min(low + width, n);
        int high = Math.min(low + (width << 1), n);
        int i = low;
        int j = middle;
        for (int k = low; k < high; k++) {
          if (j >= high
              || (i < middle
                  && compare(fromNumbers[i], fromSlots[i], fromNumbers[j], fromSlots[j]) <= 0)) {
            toNumbers[k] = fromNumbers[i];
            toSlots[k] = fromSlots[i++];
          } else {
            toNumbers[k] = fromNumbers[j];
            toSlots[k] = fromSlots[j++];
          }
        }
      }
      long[] n1 = fromNumbers;
      fromNumbers = toNumbers;
      toNumbers = n1;
      int[] s1 = fromSlots;
      fromSlots = toSlots;
      toSlots = s1;
    }
    if (fromNumbers != numbers) {
      System.arraycopy(fromNumbers, 0, numbers, 0, n);
      System.arraycopy(fromSlots, 0, entrySlots, 0, n);
    }
  }

  @SuppressWarnings("unchecked")
  static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  private static boolean numeric(Class<?> type) {
    return type == Long.class || type == Integer.class || type == Short.class || type == Byte.class;
  }

  /** {@code value} as a {@code long} in numeric mode (0 otherwise), read once per operation. */
  private long number(Object value) {
    if (numberClass == null) {
      return 0;
    }
    if (value.getClass() != numberClass) {
      throw new ClassCastException(
          value.getClass().getName() + " cannot be compared with " + numberClass.getName());
    }
    return ((Number) value).longValue();
  }

  private Object box(long number) {
    return ColumnIndex.box(number, numberClass);
  }

  /** The value at {@code i} of block {@code b} against {@code value} (its {@code number}). */
  private int compareAt(int b, int i, Object value, long number) {
    return numberClass != null
        ? Long.compare(((long[]) keys[b])[i], number)
        : compare(((Object[]) keys[b])[i], value);
  }

  /** The entry at {@code i} of block {@code b} against the entry (value, slot). */
  private int compareAt(int b, int i, Object value, long number, int slot) {
    int c = compareAt(b, i, value, number);
    return c != 0 ? c : Integer.compare(slots[b][i], slot);
  }

  private void store(int b, int i, Object value, long number) {
    if (numberClass != null) {
      ((long[]) keys[b])[i] = number;
    } else {
      ((Object[]) keys[b])[i] = value;
    }
  }

  /**
   * The block where the entry (value, slot) belongs: the last whose first entry is not above it.
   */
  private int blockOf(Object value, long number, int slot) {
    int low = 1;
    int high = blocks - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c =
          numberClass != null
              ? Long.compare(firstNumbers[mid], number)
              : compare(firstValues[mid], value);
      if ((c != 0 ? c : Integer.compare(firstSlots[mid], slot)) <= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** The position of (value, slot) in block {@code b}, or {@code -(insertion point) - 1}. */
  private int search(int b, Object value, long number, int slot) {
    int low = 0;
    int high = sizes[b] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compareAt(b, mid, value, number, slot);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  /**
   * {@inheritDoc} In bulk mode (see the class notes) a numeric entry is only buffered, and this
   * returns true: whether another slot holds the value is not known until the index settles.
   */
  @Override
  public boolean add(Object value, int slot) {
    if (bulk && pending == 0 && blocks == 0) {
      numberClass = numeric(value.getClass()) ? value.getClass() : null;
    }
    if (bulk && numberClass != null) {
      buffer(number(value), slot);
      return true;
    }
    flushPending();
    return insert(value, slot);
  }

  /**
   * {@inheritDoc} Numbers go in as the buffer of bulk mode does: sorted once (not at all when they
   * come in order) and merged or appended; other values one by one.
   */
  @Override
  public boolean addAll(Object[] values, int firstSlot, int n, boolean unique) {
    flushPending();
    int first = 0;
    while (first < n && values[first] == null) {
      first++;
    }
    if (first == n) {
      return false;
    }
    if (blocks == 0) {
      numberClass = numeric(values[first].getClass()) ? values[first].getClass() : null;
    }
    if (numberClass == null) {
      return ColumnIndex.super.addAll(values, firstSlot, n, unique);
    }
    long[] numbers = new long[n - first];
    int[] entrySlots = new int[n - first];
    int m = 0;
    for (int i = first; i < n; i++) {
      if (values[i] != null) {
        numbers[m] = number(values[i]);
        entrySlots[m++] = firstSlot + i;
      }
    }
    return addNumbers(numbers, entrySlots, firstSlot, m);
  }

  /**
   * {@inheritDoc} As {@link #addAll} does with numbers, without a box for any of them; boxed as
   * there if the index holds values of another class (whose comparison then fails as it would).
   */
  @Override
  public boolean addAllNumbers(
      long[] numbers, Class<?> type, int firstSlot, int n, boolean unique) {
    flushPending();
    if (n == 0) {
      return false;
    }
    if (blocks == 0) {
      numberClass = type;
    } else if (numberClass != type) {
      return ColumnIndex.super.addAllNumbers(numbers, type, firstSlot, n, unique);
    }
    return addNumbers(numbers, null, firstSlot, n);
  }

  /**
   * Adds the {@code n} entries (numbers[i], slot of i) in numeric mode, the slots ascending: {@code
   * entrySlots[i]}, or {@code firstSlot + i} where {@code entrySlots} is null. Into an empty index
   * they are packed, sorted by number alone (the slots ascend) unless they come in order, and put
   * into blocks built afresh, without the arrays of numbers and slots that {@link #merge} sorts;
   * else {@link #merge}d. Returns whether one of them shares its number with another entry.
   */
  private boolean addNumbers(long[] numbers, int[] entrySlots, int firstSlot, int n) {
    int lastSlot = entrySlots == null ? firstSlot + n - 1 : entrySlots[n - 1];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      long number = numbers[i];
      min = Math.min(min, number);
      max = Math.max(max, number);
      inOrder &= i == 0 || number >= numbers[i - 1];
    }
    long spread = max - min; // negative if it overflowed: then it does not fit
    int slotBits = 32 - Integer.numberOfLeadingZeros(lastSlot);
    int bits = 64 - Long.numberOfLeadingZeros(spread) + slotBits;
    if (size > 0 || spread < 0 || bits > 63) {
      if (entrySlots == null) {
        entrySlots = new int[n];
        for (int i = 0; i < n; i++) {
          entrySlots[i] = firstSlot + i;
        }
      }
      return merge(numbers, entrySlots, n, true);
    }
    long[] packed = numbers; // each number is read before its place is written
    for (int i = 0; i < n; i++) {
      int slot = entrySlots == null ? firstSlot + i : entrySlots[i];
      packed[i] = (numbers[i] - min) << slotBits | slot;
    }
    if (!inOrder) {
      RadixSort.sort(packed, n, slotBits, bits);
    }
    rebuildPacked(packed, n, slotBits, min);
    for (int i = 1; i < n; i++) {
      if (packed[i] >>> slotBits == packed[i - 1] >>> slotBits) {
        return true;
      }
    }
    return false;
  }

  /** {@inheritDoc} Always: a sorted index sorts its entries once (see {@link #addAll}). */
  @Override
  public boolean addsInBulk(boolean unique) {
    return true;
  }

  /** Adds the entry at its place in the blocks: {@link #add} outside bulk mode. */
  private boolean insert(Object value, int slot) {
    if (blocks == 0) {
      numberClass = numeric(value.getClass()) ? value.getClass() : null;
      addBlock(0);
    }
    long number = number(value);
    int b = blockOf(value, number, slot);
    int at = search(b, value, number, slot);
    if (at >= 0) {
      return count(value) > 1;
    }
    at = -at - 1;
    if (sizes[b] == BLOCK) {
      if (b == blocks - 1 && at == BLOCK) {
        // After the last entry (a time saved as it happens): a new block; this one stays full.
        addBlock(++b);
        at = 0;
      } else {
        split(b);
        if (at > BLOCK / 2) {
          b++;
          at -= BLOCK / 2;
        }
      }
    }
    int n = sizes[b];
    System.arraycopy(keys[b], at, keys[b], at + 1, n - at);
    System.arraycopy(slots[b], at, slots[b], at + 1, n - at);
    store(b, at, value, number);
    slots[b][at] = slot;
    sizes[b] = n + 1;
    size++;
    if (at == 0) {
      refreshFirst(b);
    }
    int cursor = b << SHIFT | at;
    int before = previous(cursor);
    int after = next(cursor);
    return (before >= 0 && sameValue(before, cursor))
        || (after < end() && sameValue(after, cursor));
  }

  /** Moves the upper half of full block {@code b} into a new block after it. */
  private void split(int b) {
    addBlock(b + 1);
    int half = BLOCK / 2;
    System.arraycopy(keys[b], half, keys[b + 1], 0, BLOCK - half);
    System.arraycopy(slots[b], half, slots[b + 1], 0, BLOCK - half);
    if (numberClass == null) {
      Arrays.fill((Object[]) keys[b], half, BLOCK, null);
    }
    sizes[b] = half;
    sizes[b + 1] = BLOCK - half;
    refreshFirst(b + 1);
  }

  /** Copies the first entry of block {@code b} (which is not empty) into the first-entry arrays. */
  private void refreshFirst(int b) {
    firstSlots[b] = slots[b][0];
    if (numberClass != null) {
      firstNumbers[b] = ((long[]) keys[b])[0];
    } else {
      firstValues[b] = ((Object[]) keys[b])[0];
    }
  }

  private void addBlock(int at) {
    if (blocks == sizes.length) {
      int capacity = blocks * 2;
      keys = Arrays.copyOf(keys, capacity);
      slots = Arrays.copyOf(slots, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
      firstNumbers = Arrays.copyOf(firstNumbers, capacity);
      firstValues = Arrays.copyOf(firstValues, capacity);
      firstSlots = Arrays.copyOf(firstSlots, capacity);
    }
    for (Object array : new Object[] {keys, slots, sizes, firstNumbers, firstValues, firstSlots}) {
      System.arraycopy(array, at, array, at + 1, blocks - at);
    }
    keys[at] = numberClass != null ? new long[BLOCK] : new Object[BLOCK];
    slots[at] = new int[BLOCK];
    sizes[at] = 0;
    blocks++;
  }

  @Override
  public void remove(Object value, int slot) {
    flushPending();
    if (blocks == 0) {
      return;
    }
    long number = number(value);
    int b = blockOf(value, number, slot);
    int at = search(b, value, number, slot);
    if (at < 0) {
      return;
    }
    int n = sizes[b] - 1;
    System.arraycopy(keys[b], at + 1, keys[b], at, n - at);
    System.arraycopy(slots[b], at + 1, slots[b], at, n - at);
    if (numberClass == null) {
      ((Object[]) keys[b])[n] = null;
    }
    sizes[b] = n;
    size--;
    if (n == 0) {
      for (Object array :
          new Object[] {keys, slots, sizes, firstNumbers, firstValues, firstSlots}) {
        System.arraycopy(array, b + 1, array, b, blocks - b - 1);
      }
      blocks--;
      keys[blocks] = null;
      slots[blocks] = null;
      firstValues[blocks] = null;
    } else if (at == 0) {
      refreshFirst(b);
    }
  }

  @Override
  public int count(Object value) {
    flushPending();
    return distance(lowerBound(value, true), lowerBound(value, false));
  }

  @Override
  public void remap(int[] newSlotOf) {
    flushPending();
    for (int b = 0; b < blocks; b++) {
      int[] s = slots[b];
      for (int i = 0, n = sizes[b]; i < n; i++) {
        s[i] = newSlotOf[s[i]];
      }
    }
  }

  @Override
  public ColumnIndex emptyCopy() {
    return new SortedIndex();
  }

  // ---- Cursors, for walks ----

  /** The cursor of the first entry, or {@link #end()} if there is none. */
  int first() {
    flushPending();
    return 0;
  }

  /** The cursor one past the last entry. */
  int end() {
    flushPending();
    return blocks << SHIFT;
  }

  /** The cursor after {@code cursor}, or {@link #end()}. */
  int next(int cursor) {
    int b = cursor >>> SHIFT;
    int i = (cursor & INDEX) + 1;
    return i < sizes[b] ? cursor + 1 : (b + 1) << SHIFT;
  }

  /** The cursor before {@code cursor}, or -1 before the first entry. */
  int previous(int cursor) {
    int b = cursor >>> SHIFT;
    int i = cursor & INDEX;
    if (i > 0) {
      return cursor - 1;
    }
    return b == 0 ? -1 : (b - 1) << SHIFT | (sizes[b - 1] - 1);
  }

  /** The value at {@code cursor}. */
  Object value(int cursor) {
    int b = cursor >>> SHIFT;
    int i = cursor & INDEX;
    return numberClass != null ? box(((long[]) keys[b])[i]) : ((Object[]) keys[b])[i];
  }

  /** Whether the entries at two cursors hold equal values ({@code compareTo} 0). */
  boolean sameValue(int cursor, int other) {
    int b = other >>> SHIFT;
    int i = other & INDEX;
    return numberClass != null
        ? compareAt(cursor >>> SHIFT, cursor & INDEX, null, ((long[]) keys[b])[i]) == 0
        : compareAt(cursor >>> SHIFT, cursor & INDEX, ((Object[]) keys[b])[i], 0) == 0;
  }

  /** The slot at {@code cursor}. */
  int slot(int cursor) {
    return slots[cursor >>> SHIFT][cursor & INDEX];
  }

  /**
   * The cursor of the first entry whose value is at least {@code value} ({@code inclusive}) or
   * above it; {@link #end()} if there is none. O(log n) comparisons.
   */
  int lowerBound(Object value, boolean inclusive) {
    flushPending();
    if (blocks == 0) {
      return end();
    }
    long number = number(value);
    // The first block whose last entry is past the bound holds the first entry past it.
    int low = 0;
    int high = blocks - 1;
    int b = blocks;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (past(compareAt(mid, sizes[mid] - 1, value, number), inclusive)) {
        b = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    if (b == blocks) {
      return end();
    }
    low = 0;
    high = sizes[b] - 1;
    int at = sizes[b] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (past(compareAt(b, mid, value, number), inclusive)) {
        at = mid;
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    return b << SHIFT | at;
  }

  /** Whether an entry that compares {@code c} with a bound is past it. */
  private static boolean past(int c, boolean inclusive) {
    return inclusive ? c >= 0 : c > 0;
  }

  /** The number of entries from cursor {@code from} up to, not including, cursor {@code to}. */
  int distance(int from, int to) {
    if (from >= to) {
      return 0;
    }
    int fromBlock = from >>> SHIFT;
    int toBlock = to >>> SHIFT;
    if (fromBlock == toBlock) {
      return (to & INDEX) - (from & INDEX);
    }
    int count = sizes[fromBlock] - (from & INDEX);
    for (int b = fromBlock + 1; b < toBlock; b++) {
      count += sizes[b];
    }
    return count + (to & INDEX);
  }

  @Override
  public String toString() {
    flushPending();
    return "SortedIndex(" + size + " entries in " + blocks + " blocks)";
  }
}
