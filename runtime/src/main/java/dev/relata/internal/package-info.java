/**
 * What only generated code and the runtime itself call: entity metadata ({@link
 * dev.relata.internal.EntityType}, {@link dev.relata.internal.Column}, the relation descriptors),
 * tables, key indexes, transactions and the query engine. Nothing here is API: it changes with the
 * processor that generates code against it.
 */
package dev.relata.internal;
