package dev.relata.examples.integrity.model;

/**
 * Entity code that fails on demand, for fault-injection tests: every getter, setter and constructor
 * of the entities of this package reports its call here, and an armed fault makes the call with a
 * given number throw an {@link IllegalStateException}. Calls are counted from {@link #arm}, so a
 * test that counts the calls of an operation can make each of them fail in turn.
 *
 * <p>Not thread-safe: the tests that arm faults run on one thread.
 */
public final class Faults {
  private Faults() {}

  /** Which calls fail once the armed call has failed. */
  public enum Mode {
    /** Only the armed call. */
    ONCE,
    /** The armed call, then every getter (entity code failing again while a write is undone). */
    THEN_EVERY_GETTER,
    /** The armed call, then every call. */
    THEN_EVERY_CALL
  }

  private static int calls;
  private static int armedAt;
  private static Mode mode = Mode.ONCE;
  private static boolean failed;

  /** Makes the {@code n}th call from now fail (the first is 1), and then as {@code mode} says. */
  public static void arm(int n, Mode mode) {
    calls = 0;
    armedAt = n;
    Faults.mode = mode;
    failed = false;
  }

  /** Counts calls from now without failing any. */
  public static void count() {
    arm(0, Mode.ONCE);
  }

  /** Stops failing; the count goes on. */
  public static void disarm() {
    armedAt = 0;
    failed = false;
  }

  /** The calls since {@link #arm} or {@link #count}. */
  public static int calls() {
    return calls;
  }

  /** Whether the armed call has failed. */
  public static boolean fired() {
    return failed;
  }

  static void get(String what) {
    call(what, true);
  }

  static void set(String what) {
    call(what, false);
  }

  static void construct(String what) {
    call(what, false);
  }

  private static void call(String what, boolean getter) {
    calls++;
    if (armedAt == 0) {
      return;
    }
    boolean fail =
        calls == armedAt
            || failed && (mode == Mode.THEN_EVERY_CALL || mode == Mode.THEN_EVERY_GETTER && getter);
    if (fail) {
      failed = true;
      throw new IllegalStateException("fault at call " + calls + " (" + what + ")");
    }
  }
}
