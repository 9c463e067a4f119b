package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation whose foreign key sits on the target: {@code User} has one {@code Phone},
 * matched by {@code phone.userId == user.id}.
 *
 * <pre>{@code
 * @HasOne(onDelete = OnDelete.CASCADE) Phone phone;   // foreignKey "userId" on Phone
 * }</pre>
 *
 * <p>A write through Relata that gives the relation another row (its resolver's {@code create} and
 * {@code save}, a save of this entity carrying another target) releases the row it held as {@link
 * #onDelete} says, so it holds one. Where several target rows match anyway (rows written around the
 * resolver, or imported), the first inserted is loaded.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasOne {

  /**
   * The field on the target that holds this entity's key; default lowerCamel of this class + {@code
   * Id}.
   */
  String foreignKey() default "";

  /** The field on this entity that the foreign key matches; default this entity's primary key. */
  String localKey() default "";

  /**
   * What deleting this entity does to the related row, and what giving the relation another row
   * does to the one it held.
   */
  OnDelete onDelete() default OnDelete.NOTHING;
}
