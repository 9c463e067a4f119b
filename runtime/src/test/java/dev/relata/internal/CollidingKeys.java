package dev.relata.internal;

import java.math.BigInteger;
import java.util.UUID;

/**
 * Keys of the key types whose {@code hashCode}s are all equal: what a hash-flooding attack sends.
 */
final class CollidingKeys {
  private CollidingKeys() {}

  /**
   * The {@code i}-th string of {@code blocks} blocks of "Aa" or "BB" (one hash code per length).
   */
  static String string(int i, int blocks) {
    StringBuilder s = new StringBuilder(2 * blocks);
    for (int b = blocks - 1; b >= 0; b--) {
      s.append((i >>> b & 1) == 0 ? "Aa" : "BB");
    }
    return s.toString();
  }

  /** {@code i * (2^32 + 1)}: high and low halves equal, so {@code Long.hashCode} is 0. */
  static Long longKey(long i) {
    return i * ((1L << 32) + 1);
  }

  /** Equal halves, so {@code UUID.hashCode} is 0. */
  static UUID uuid(long i) {
    return new UUID(i, i);
  }

  /**
   * {@code (i + 1) * 2^32 + (7 - 31 * (i + 1)) mod 2^32}: two words whose {@code
   * BigInteger.hashCode} ({@code 31 * high + low}) is 7. A type whose bin fingerprints are all
   * equal, so that {@code compareTo} alone orders its bin.
   */
  static BigInteger bigInteger(long i) {
    long high = i + 1;
    long low = (7 - 31 * high) & 0xFFFF_FFFFL;
    return BigInteger.valueOf(high).shiftLeft(32).or(BigInteger.valueOf(low));
  }
}
