package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inverse of {@link HasOne} and {@link HasMany}: the foreign key sits on this entity. A {@code
 * Comment} belongs to its {@code Post}, matched by {@code comment.postId == post.id}.
 *
 * <pre>{@code
 * @BelongsTo Post post;            // foreignKey "postId" on Comment
 * @BelongsTo User author;          // foreignKey "authorId"
 * }</pre>
 *
 * <p>Saving an entity that carries its parent saves the parent first and writes its key into the
 * foreign key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface BelongsTo {

  /** The field on this entity that holds the parent's key; default the field name + {@code Id}. */
  String foreignKey() default "";

  /** The field on the parent that the foreign key matches; default the parent's primary key. */
  String ownerKey() default "";
}
