package dev.relata.internal;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of {@code long}s by a range of their bits, for the
 * bulk writes of the indexes: a sorted index sorts its new entries (number above slot) and a hash
 * index orders new keys by home position (home above their place in the batch).
 *
 * <p>Implementation notes. Digits of {@value #DIGIT_BITS} bits: a pass counts the digits, turns
 * the counts into starts and scatters the array into a second one, so sorting by {@code b} bits
 * takes {@code ceil(b / 11)} passes over the array in place of the O(n log n) comparisons of a
 * comparison sort (five passes for 50 bits, two for the 18 bits of a home among 262,144
 * positions). Stable: elements whose sorted bits are equal keep their order, so bits below the
 * range that already ascend in the input (slots in insertion order) need no pass of their own.
 */
final class RadixSort {
  /** The number of elements below which {@link #sort} leaves the work to {@code Arrays.sort}. */
  static final int RADIX_FROM = 2048;

  private static final int DIGIT_BITS = 11;

  private RadixSort() {}

  /**
   * Sorts the first {@code n} elements of {@code packed} by their bits from {@code fromBit}
   * (inclusive) to {@code toBit} (exclusive), keeping the order of elements equal in those bits.
   * The elements must be non-negative with no bit set from {@code toBit} up, and their bits below
   * {@code fromBit} must ascend in the input (a position or a slot), so that sorting by every bit,
   * which {@code Arrays.sort} does for few elements, gives the same order.
   */
  static void sort(long[] packed, int n, int fromBit, int toBit) {
    if (n < RADIX_FROM) {
      Arrays.sort(packed, 0, n);
      return;
    }
    long[] from = packed;
    long[] to = new long[n];
    int[] starts = new int[1 << DIGIT_BITS];
    int mask = (1 << DIGIT_BITS) - 1;
    for (int shift = fromBit; shift < toBit; shift += DIGIT_BITS) {
      Arrays.fill(starts, 0);
      for (int i = 0; i < n; i++) {
        starts[(int) (from[i] >>> shift) & mask]++;
      }
      if (starts[(int) (from[0] >>> shift) & mask] == n) {
        continue; // every element has this digit: the pass would change nothing
      }
      for (int digit = 0, sum = 0; digit <= mask; digit++) {
        int count = starts[digit];
        starts[digit] = sum;
        sum += count;
      }
      for (int i = 0; i < n; i++) {
        to[starts[(int) (from[i] >>> shift) & mask]++] = from[i];
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != packed) {
      System.arraycopy(from, 0, packed, 0, n);
    }
  }
}
