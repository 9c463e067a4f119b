package dev.relata.internal;

import dev.relata.RelataException;

/**
 * The row a relation resolver acts in, by key: the parent's primary key, read once from the object
 * the resolver was made for. Every read and write of the resolver goes to the stored row of that
 * key as it is when it runs, never to that object, which may be a stale copy or a record.
 *
 * @param <P> the parent entity
 */
public final class BoundParent<P> {
  private final EntityType<P, ?> type;
  private final Object key;

  private BoundParent(EntityType<P, ?> type, Object key) {
    this.type = type;
    this.key = key;
  }

  /**
   * Binds to the key of {@code parent}, an instance of {@code type}. Reading it runs entity code (a
   * getter); what that throws comes as a {@link RelataException}.
   */
  public static <P> BoundParent<P> of(Backend backend, EntityType<P, ?> type, P parent) {
    return new BoundParent<>(type, backend.readColumn(type, type.key(), parent));
  }

  /** The parent entity. */
  public EntityType<P, ?> type() {
    return type;
  }

  /** The bound key as read, which may be unassigned ({@code null}, or {@code 0} if primitive). */
  public Object key() {
    return key;
  }

  /** Whether the key is assigned, so that a stored row may have it. */
  public boolean assigned() {
    return !type.unassigned(key);
  }

  /** The stored row of the key in {@code rows}, or null. */
  P row(Rows rows) {
    return assigned() ? rows.row(type, key) : null;
  }

  /**
   * The stored row of the key; refuses {@code what} (a write through the resolver) with an {@link
   * IllegalArgumentException} if there is none.
   */
  P require(Rows rows, String what) {
    P row = row(rows);
    if (row == null) {
      throw notStored(what);
    }
    return row;
  }

  /** The refusal of {@code what}, for a parent whose key has no stored row. */
  ParentNotStoredException notStored(String what) {
    String reason =
        type.unassigned(key)
            ? "the " + type.name() + " has no key (" + key + ")"
            : type.name() + " " + key + " is not stored";
    return new ParentNotStoredException(
        "cannot " + what + ": " + reason + "; save the parent first");
  }

  /**
   * The refusal of {@code what}, for a stored parent whose {@code column} (the key its related rows
   * match) is null.
   */
  ParentNotStoredException noValue(String what, Column<?> column) {
    return new ParentNotStoredException(
        "cannot "
            + what
            + ": "
            + type.name()
            + " "
            + key
            + " has no "
            + column.name()
            + "; set it and save the parent first");
  }

  @Override
  public String toString() {
    return type.name() + " " + key;
  }

  /**
   * A write refused because the resolver's parent is not stored: an {@link
   * IllegalArgumentException}, which a backend's write passes on as it is (not wrapped like entity
   * code's exceptions), after undoing what the write did before it.
   */
  public static final class ParentNotStoredException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ParentNotStoredException(String message) {
      super(message);
    }
  }
}
