package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many relation held as a list of target keys on this entity (Vuex ORM's and Pinia ORM's
 * {@code hasManyBy}): a {@code Cluster} with {@code List<Long> nodeIds} has many {@code Node}s.
 * Related rows load in the order of the list; ids without a row are skipped, repeated ids repeat,
 * and a {@code null} list loads an empty list.
 *
 * <pre>{@code
 * List<Long> nodeIds;
 * @HasManyBy List<Node> nodes;     // foreignKey "nodeIds", ownerKey Node's id
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HasManyBy {

  /**
   * The {@code List} field on this entity holding the target keys; default lowerCamel of the target
   * + {@code Ids}.
   */
  String foreignKey() default "";

  /** The field on the target that the listed keys match; default the target's primary key. */
  String ownerKey() default "";

  /**
   * What deleting this entity does to the listed rows: {@code NOTHING}, {@code CASCADE} or {@code
   * RESTRICT}.
   */
  OnDelete onDelete() default OnDelete.NOTHING;
}
