package dev.relata.internal;

/**
 * The nodes of a {@link SaveOperation}, found by the object each was made from, compared by
 * identity: what a nested save tracks its objects in, so that it saves each once.
 *
 * <p>Implementation notes. Open addressing with linear probing, like {@link
 * java.util.IdentityHashMap}, over the nodes themselves (a node holds its object, so no array of
 * keys is needed) and, in a parallel array, the objects' identity hashes. A nested save of a
 * million rows tracks a million objects: growing then rehashes from the stored hashes without
 * reading every object's header again (a cache miss each, which made {@code IdentityHashMap}'s
 * resizing cost as much as all its lookups), and a probe compares hashes before objects. At most
 * two thirds full. Nothing is ever removed. Not thread-safe: one save uses it.
 */
final class NodeMap {
  private static final int MIN_CAPACITY = 16;

  private SaveOperation.Node[] nodes = new SaveOperation.Node[MIN_CAPACITY];
  private int[] hashes = new int[MIN_CAPACITY];
  private int size;

  /** Whether no node was put. */
  boolean isEmpty() {
    return size == 0;
  }

  /** The node made from {@code object}, or null. */
  SaveOperation.Node get(Object object) {
    int hash = System.identityHashCode(object);
    int mask = nodes.length - 1;
    for (int i = spread(hash) & mask; nodes[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && nodes[i].original == object) {
        return nodes[i];
      }
    }
    return null;
  }

  /** Adds {@code node}, whose object has no node in the map yet. */
  void put(SaveOperation.Node node) {
    if (3L * (size + 1) > 2L * nodes.length) {
      grow();
    }
    place(node, System.identityHashCode(node.original));
    size++;
  }

  private void place(SaveOperation.Node node, int hash) {
    int mask = nodes.length - 1;
    int i = spread(hash) & mask;
    while (nodes[i] != null) {
      i = (i + 1) & mask;
    }
    nodes[i] = node;
    hashes[i] = hash;
  }

  private void grow() {
    SaveOperation.Node[] oldNodes = nodes;
    int[] oldHashes = hashes;
    nodes = new SaveOperation.Node[oldNodes.length * 2];
    hashes = new int[oldNodes.length * 2];
    for (int j = 0; j < oldNodes.length; j++) {
      if (oldNodes[j] != null) {
        place(oldNodes[j], oldHashes[j]);
      }
    }
  }

  /** Mixes the high bits in: only the low ones pick a slot. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
