package dev.relata.internal;

import java.util.Arrays;

/** Builds a bucket (element 0 the count, then slots) out of several, for relations that join. */
final class Buckets {
  private int[] slots = new int[9];

  void addAll(int[] bucket) {
    int n = bucket[0];
    int count = slots[0];
    if (count + n >= slots.length) {
      slots = Arrays.copyOf(slots, Math.max(slots.length * 2, count + n + 1));
    }
    System.arraycopy(bucket, 1, slots, count + 1, n);
    slots[0] = count + n;
  }

  int[] toBucket() {
    return slots;
  }
}
