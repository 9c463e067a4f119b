package dev.relata.internal;

/**
 * Whether the copy that generated code makes of an entity ({@link EntityType#copy}) can run code of
 * the entity's author: the processor's verdict, read from the entity's source.
 *
 * <p>It decides how a read that copies rows outside the lock is counted: a copy that runs entity
 * code is counted as such, so that a write it makes is refused (see {@link Database}); a copy that
 * runs none cannot write, and skips the count.
 */
public enum EntityCopy {
  /**
   * The copy may run entity code: a constructor, initializer, getter or setter with a body of its
   * own, or the {@code hashCode} or comparison of a value it copies. The answer whenever in doubt.
   */
  RUNS_ENTITY_CODE,
  /**
   * The copy runs no entity code: it creates the instance through constructors and initializers
   * that do nothing, reads and writes fields directly or through accessors that only return or
   * assign them, and copies arrays and JDK collections whose hashed values are JDK types. The
   * getters of relation fields, too, only return them: so an object that a reader built through
   * that constructor and those setters holds, in its relations, exactly what the reader set, which
   * lets a save of a JSON document skip tracking its objects by identity ({@link
   * SaveOperation.Sharing#NONE}).
   */
  RUNS_NO_ENTITY_CODE
}
