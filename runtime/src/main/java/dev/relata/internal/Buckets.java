package dev.relata.internal;

/** Joins buckets (element 0 the count, then slots) into one, for relations that collect several. */
final class Buckets {
  private Buckets() {}

  /** The buckets {@code parts[0..n)} joined in order, allocated once at its exact size. */
  static int[] join(int[][] parts, int n) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += parts[i][0];
    }
    int[] joined = new int[total + 1];
    joined[0] = total;
    int at = 1;
    for (int i = 0; i < n; i++) {
      int count = parts[i][0];
      System.arraycopy(parts[i], 1, joined, at, count);
      at += count;
    }
    return joined;
  }
}
