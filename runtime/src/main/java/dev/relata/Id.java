package dev.relata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary key of an {@link Entity}. It may be left out where the entity has a field named
 * {@code id}.
 *
 * <p>The key is a {@code Long}, {@code Integer}, {@code String}, {@code UUID}, {@code long} or
 * {@code int}. A row saved without a key gets one: the next number for numeric keys (greater than
 * any key the table has held), a random UUID for {@code String} and {@code UUID} keys. A primitive
 * key of {@code 0} counts as unassigned.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Id {}
