package dev.relata.internal;

import dev.relata.internal.HashKeys.Key;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Key generators for the hash tables, from friendly to adversarial; small pools so keys repeat. */
final class KeyArbitraries {
  private KeyArbitraries() {}

  /** Numbers close together, as assigned keys are. */
  static Arbitrary<Object> sequentialLongs() {
    return Arbitraries.longs().between(0, 400).map(k -> k);
  }

  /** Short strings, many of them equal. */
  static Arbitrary<Object> strings() {
    return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(0).ofMaxLength(4).map(s -> s);
  }

  /** UUIDs from a pool of a few hundred. */
  static Arbitrary<Object> uuids() {
    return Arbitraries.integers().between(0, 300).map(i -> new UUID(0x9E3779B97F4A7C15L * i, i));
  }

  /** Distinct keys that all share one hash code. */
  static Arbitrary<Object> sameHashCode() {
    return Arbitraries.integers().between(0, 250).map(id -> new Key(42, id));
  }

  /** Distinct keys over a handful of hash codes that differ only in their high bits. */
  static Arbitrary<Object> highBitHashCodes() {
    return Arbitraries.integers().between(0, 250).map(id -> new Key((id % 5) << 27, id));
  }

  /** Strings of one hash code (blocks of "Aa" and "BB"), from a pool of 64. */
  static Arbitrary<Object> collidingStrings() {
    return Arbitraries.integers().between(0, 63).map(i -> CollidingKeys.string(i, 6));
  }

  /** {@code Long}s {@code i * (2^32 + 1)}, which all hash to 0, from a pool of 64. */
  static Arbitrary<Object> collidingLongs() {
    return Arbitraries.integers().between(0, 63).map(CollidingKeys::longKey);
  }

  /** {@code new UUID(i, i)}, which all hash to 0, from a pool of 64. */
  static Arbitrary<Object> collidingUuids() {
    return Arbitraries.integers().between(0, 63).map(CollidingKeys::uuid);
  }

  /** A mix of every family above, so that keys of different classes share a table. */
  static Arbitrary<Object> mixed() {
    return Arbitraries.oneOf(
        sequentialLongs(),
        strings(),
        uuids(),
        sameHashCode(),
        highBitHashCodes(),
        collidingStrings(),
        collidingLongs(),
        collidingUuids());
  }
}
