package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps an index on a stored field of an {@link Entity}, so that queries on it are lookups instead
 * of scans:
 *
 * <pre>{@code
 * @Index(unique = true) private String slug;        // at most one row per slug
 * @Index(sorted = true) private Instant createdAt;   // ranges and "newest first" read the index
 * @Index private String tag;                         // equality and in()
 * }</pre>
 *
 * <p>Every index answers the {@link Field#eq eq} and {@link Field#in in} conditions of the
 * generated typed fields ({@code Post_.tag.eq("java")}) with a lookup. A {@code sorted} index also
 * answers ranges ({@link ComparableField#gt} .. {@link ComparableField#between}, {@link
 * StringField#startsWith}) with a walk over the range, and {@code orderBy(field.asc())} or {@code
 * desc()} with a {@code limit} by reading about that many entries. A {@code unique} index refuses a
 * write that would leave two rows with one non-null value with a {@link DuplicateKeyException} that
 * names the entity, the field and the value; the write then changes nothing. {@code null} values
 * are not indexed (and never clash). The index is kept on every write and undone with it.
 *
 * <p>It may stand on any stored field but the key (which is indexed and unique already); not on a
 * relation field, nor a {@code static} or {@code transient} one, and {@code sorted} only on a field
 * whose type is {@link Comparable}: the processor rejects the others.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Index {
  /** Whether two rows may not hold one non-null value. */
  boolean unique() default false;

  /** Whether the index keeps values in order, for ranges and ordered pages. */
  boolean sorted() default false;
}
