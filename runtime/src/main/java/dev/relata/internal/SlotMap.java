package dev.relata.internal;

import java.util.Arrays;

/**
 * A unique index: key → the slot of the one row that holds it, for keys of any class (the primary
 * index of {@code String} and {@code UUID} keys; numbers have {@link NumericSlotMap}).
 */
final class SlotMap extends OpenAddressing implements PrimaryIndex {
  private int[] slots;

  @Override
  public int get(Object key) {
    int i = find(key);
    return i < 0 ? -1 : slots[i];
  }

  @Override
  public void put(Object key, int slot) {
    int i = findOrFree(key);
    slots[i] = slot;
    if (keys[i] == null) {
      keys[i] = key;
      added();
    }
  }

  @Override
  public int putIfAbsent(Object key, int slot) {
    int i = findOrFree(key);
    if (keys[i] != null) {
      return slots[i];
    }
    keys[i] = key;
    slots[i] = slot;
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
    for (int i = 0; i < slots.length; i++) {
      if (holdsKey(i)) {
        slots[i] = newSlotOf[slots[i]];
      }
    }
  }

  @Override
  public PrimaryIndex emptyCopy() {
    return new SlotMap();
  }

  @Override
  void allocateValues(int capacity) {
    slots = new int[capacity];
  }

  @Override
  void extendValues(int length) {
    slots = Arrays.copyOf(slots, length);
  }

  @Override
  Object detachValues() {
    return slots;
  }

  @Override
  void copyValue(Object detached, int from, int to) {
    slots[to] = ((int[]) detached)[from];
  }

  @Override
  void moveValue(int from, int to) {
    slots[to] = slots[from];
  }

  @Override
  void clearValue(int position) {}
}
