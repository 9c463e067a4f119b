package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity: a table in a {@link Store}, with a generated repository
 * ({@code PostRepository}) and query ({@code PostQuery}) beside it in the same package.
 *
 * <p>An entity is a class with a no-argument constructor, or a record. Its fields are read and
 * written directly when they are not private, and through JavaBean accessors ({@code getX}/{@code
 * isX}, {@code setX}) when they are; record components through the accessor and the canonical
 * constructor. Static and {@code transient} fields are not stored. Its primary key is the field
 * annotated {@link Id}, or else the field named {@code id}.
 *
 * <pre>{@code
 * @Entity                       // entity name "posts"
 * public class Post {
 *   Long id;
 *   String title;
 *   @HasMany List<Comment> comments;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {

  /**
   * The entity name: the table's name in the store and in JSON. Empty means the default, the
   * class's simple name in lowerCamel made plural ({@code Post} → {@code posts}, {@code Category} →
   * {@code categories}, {@code Box} → {@code boxes}). Entity names are unique in a program.
   */
  String name() default "";
}
