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
  public static <P> BoundParent<P> of(Database database, EntityType<P, ?> type, P parent) {
    return new BoundParent<>(type, database.readColumn(type, type.key(), parent));
  }

  /** The bound key as read, which may be unassigned ({@code null}, or {@code 0} if primitive). */
  Object key() {
    return key;
  }

  /** The slot of the stored row of the key in {@code tables}, or -1 if there is none. */
  int slot(Tables tables) {
    return type.unassigned(key) ? -1 : tables.of(type).slotOf(key);
  }

  /** The stored row of the key, or null. */
  P row(Tables tables) {
    int slot = slot(tables);
    return slot < 0 ? null : tables.of(type).row(slot);
  }

  /**
   * The stored row of the key; refuses {@code what} (a write through the resolver) with an {@link
   * IllegalArgumentException} if there is none.
   */
  P require(Tables tables, String what) {
    P row = row(tables);
    if (row == null) {
      throw notStored(what);
    }
    return row;
  }

  /** The slot of the stored row of the key; refuses {@code what} as {@link #require} does. */
  int requireSlot(Tables tables, String what) {
    int slot = slot(tables);
    if (slot < 0) {
      throw notStored(what);
    }
    return slot;
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
   * IllegalArgumentException}, which {@link Database#write} passes on as it is (not wrapped like
   * entity code's exceptions), after undoing what the write did before it.
   */
  static final class ParentNotStoredException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ParentNotStoredException(String message) {
      super(message);
    }
  }
}
