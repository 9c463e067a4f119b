package dev.relata.internal;

/**
 * The primary index of a {@link Table}: key → the slot of the one row that holds it. {@link
 * NumericSlotMap} for keys assigned by counting ({@code Long}, {@code Integer}), {@link SlotMap}
 * for the others.
 *
 * <p>{@link #get} runs without the lock while a write may be changing the index (see {@link
 * Database}): it may then return a wrong slot or throw, which the caller discards, but it ends.
 */
interface PrimaryIndex {
  /** Where an index for the keys of {@code kind} is best kept. */
  static PrimaryIndex forKeys(KeyKind kind) {
    return switch (kind) {
      case LONG -> new NumericSlotMap(Long.class);
      case INT -> new NumericSlotMap(Integer.class);
      case STRING, UUID -> new SlotMap();
    };
  }

  /** The slot of {@code key}, or -1. */
  int get(Object key);

  /**
   * The slot of the numeric key {@code key} ({@code Long}, or {@code Integer} widened), or -1; an
   * index of other keys holds none. Spares the caller boxing it.
   */
  default int getNumber(long key) {
    return -1;
  }

  /** Maps {@code key} to {@code slot}. */
  void put(Object key, int slot);

  /** The slot of {@code key}; or, if absent, maps it to {@code slot} and returns -1. One probe. */
  int putIfAbsent(Object key, int slot);

  /** Removes {@code key}, if present. */
  void remove(Object key);

  /** Renumbers every slot through {@code newSlotOf} after the table compacted its rows. */
  void remap(int[] newSlotOf);

  /** Grows at once to hold {@code expected} keys without growing again (a bulk insert is due). */
  void ensureCapacity(int expected);

  /** An empty index for the same keys. */
  PrimaryIndex emptyCopy();
}
