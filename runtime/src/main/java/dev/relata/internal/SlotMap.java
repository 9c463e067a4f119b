package dev.relata.internal;

/**
 * A unique index: key → the slot of the one row that holds it, for keys of any class (the primary
 * index of {@code String} and {@code UUID} keys; numbers have {@link NumericSlotMap}). The slot is
 * the position's value in {@link #entries}, beside the key's hash code, so a hit reads no other
 * array.
 */
final class SlotMap extends OpenAddressing implements PrimaryIndex {
  @Override
  public int get(Object key) {
    int i = find(key);
    return i < 0 ? -1 : value(i);
  }

  @Override
  public void put(Object key, int slot) {
    int i = findOrFree(key);
    if (keys[i] == null) {
      store(i, key, slot);
      added();
    } else {
      setValue(i, slot);
    }
  }

  @Override
  public int putIfAbsent(Object key, int slot) {
    int i = findOrFree(key);
    if (keys[i] != null) {
      return value(i);
    }
    store(i, key, slot);
    added();
    return -1;
  }

  @Override
  public void remove(Object key) {
    int i = find(key);
    if (i >= 0) {
      removeAt(i);
    }
  }

  @Override
  public void remap(int[] newSlotOf) {
    for (int i = 0; i < keys.length; i++) {
      if (holdsKey(i)) {
        setValue(i, newSlotOf[value(i)]);
      }
    }
  }

  @Override
  public PrimaryIndex emptyCopy() {
    return new SlotMap();
  }

  // The slots live in entries, which OpenAddressing keeps: no storage of its own.

  @Override
  void allocateValues(int capacity) {}

  @Override
  void extendValues(int length) {}

  @Override
  Object detachValues() {
    return null;
  }

  @Override
  void copyValue(Object detached, int from, int to) {}

  @Override
  void moveValue(int from, int to) {}

  @Override
  void clearValue(int position) {}
}
