package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many relation whose foreign key sits on the targets: {@code Post} has many {@code
 * Comment}s, matched by {@code comment.postId == post.id}. The field is a {@code List}, {@code
 * Collection} or {@code Set} of the target entity; related rows load in insertion order.
 *
 * <pre>{@code
 * @HasMany(onDelete = OnDelete.CASCADE) List<Comment> comments;   // foreignKey "postId" on Comment
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasMany {

  /**
   * The field on the target that holds this entity's key; default lowerCamel of this class + {@code
   * Id}.
   */
  String foreignKey() default "";

  /** The field on this entity that the foreign key matches; default this entity's primary key. */
  String localKey() default "";

  /** What deleting this entity does to the related rows. */
  OnDelete onDelete() default OnDelete.NOTHING;
}
