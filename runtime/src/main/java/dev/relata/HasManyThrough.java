package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A distant relation through a middle entity, as in Eloquent, Lucid and Pinia ORM: a {@code
 * Country} has many {@code Post}s through its {@code User}s, matched by {@code user.countryId ==
 * country.id} and {@code post.userId == user.id}. Results are grouped by middle row (middle rows in
 * insertion order), target rows in insertion order within each.
 *
 * <pre>{@code
 * @HasManyThrough(through = User.class) List<Post> posts;
 * }</pre>
 *
 * <p>Saving an entity that carries such a list saves the targets as given; no middle row is made.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasManyThrough {

  /** The middle entity. */
  Class<?> through();

  /**
   * The field on the middle entity that holds this entity's key; default lowerCamel of this class +
   * {@code Id}.
   */
  String firstKey() default "";

  /**
   * The field on the target that holds the middle entity's key; default lowerCamel of the middle
   * class + {@code Id}.
   */
  String secondKey() default "";

  /** The field on this entity that {@code firstKey} matches; default this entity's primary key. */
  String localKey() default "";

  /** The field on the middle entity that {@code secondKey} matches; default its primary key. */
  String secondLocalKey() default "";
}
