package dev.relata.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The to-one relations that a query loaded and found nothing for, by the identity of the object it
 * returned, so that JSON can write them as {@code null} where a relation that was not loaded is
 * left out: in the object both are {@code null}.
 *
 * <p>Implementation notes. Only misses are marked (most loads find their row), in a map from weak
 * identity references to the ordinals of the relations, so a marked object that the caller drops is
 * forgotten: cleared references are purged on every mark. Records would compare equal by value, so
 * entries match by identity, never by {@code equals}. Thread-safe; the lock is held only for a map
 * access.
 */
public final class LoadedNothing {
  private static final Map<Key, BitSet> MARKS = new HashMap<>();
  private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();

  private LoadedNothing() {}

  /** Notes that relation {@code ordinal} of {@code owner} was loaded and found nothing. */
  public static void mark(Object owner, int ordinal) {
    synchronized (MARKS) {
      for (Object cleared = CLEARED.poll(); cleared != null; cleared = CLEARED.poll()) {
        MARKS.remove(cleared);
      }
      MARKS.computeIfAbsent(new Key(owner, CLEARED), k -> new BitSet()).set(ordinal);
    }
  }

  /** Whether relation {@code ordinal} of {@code owner} was loaded and found nothing. */
  static boolean marked(Object owner, int ordinal) {
    synchronized (MARKS) {
      if (MARKS.isEmpty()) {
        return false;
      }
      BitSet ordinals = MARKS.get(new Key(owner, null));
      return ordinals != null && ordinals.get(ordinal);
    }
  }

  /** A weak reference that hashes and compares by the identity of its referent. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == key.get();
    }
  }
}
