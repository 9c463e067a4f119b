package dev.relata.internal;

/** Keys with a chosen hash code, to place keys at chosen positions of an open-addressing table. */
final class HashKeys {
  private HashKeys() {}

  /** A key equal only to keys with the same id, whatever its hash code. */
  static final class Key {
    final int hash;
    final int id;

    Key(int hash, int id) {
      this.hash = hash;
      this.id = id;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key) other).id == id && ((Key) other).hash == hash;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "Key(hash " + hash + ", id " + id + ")";
    }
  }

  /** A hash code whose home position is {@code position} in a table of {@code capacity}. */
  static int hashWithHome(int position, int capacity) {
    for (int h = 0; ; h++) {
      if ((OpenAddressing.mix(new Key(h, 0)) & (capacity - 1)) == position) {
        return h;
      }
    }
  }

  /** A key whose home position is {@code position} in a table of {@code capacity}. */
  static Key keyWithHome(int position, int capacity, int id) {
    return new Key(hashWithHome(position, capacity), id);
  }

  /** The position of {@code key} in the table's key array, or -1. */
  static int positionOf(OpenAddressing table, Object key) {
    for (int i = 0; i < table.keys.length; i++) {
      if (key.equals(table.keys[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The number of keys present in the table's key array (bins are no keys). */
  static int keysPresent(OpenAddressing table) {
    int n = 0;
    for (int i = 0; i < table.keys.length; i++) {
      if (table.holdsKey(i)) {
        n++;
      }
    }
    return n;
  }
}
