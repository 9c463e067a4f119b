package dev.relata;

/**
 * What deleting a parent does to its related rows, set on {@link HasOne#onDelete()}, {@link
 * HasMany#onDelete()} and {@link HasManyBy#onDelete()}.
 *
 * <p>It applies to every delete: {@code delete}, {@code deleteAll}, and the resolvers' {@code
 * destroy} and {@code destroyAll}. A delete either applies all its rules or, when one refuses or
 * fails, changes nothing.
 */
public enum OnDelete {
  /** The related rows stay; their foreign keys dangle (and load nothing). The default. */
  NOTHING,
  /** The related rows are deleted too, applying their own {@code onDelete} rules in turn. */
  CASCADE,
  /**
   * The related rows stay with their foreign key cleared to {@code null}. Not for primitive foreign
   * keys, nor for {@link HasManyBy}, whose key list sits on the parent.
   */
  SET_NULL,
  /**
   * The delete is refused with a {@link DeleteRestrictedException} while related rows remain that
   * the same delete does not also remove.
   */
  RESTRICT
}
