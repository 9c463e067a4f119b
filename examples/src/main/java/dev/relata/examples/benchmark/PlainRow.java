package dev.relata.examples.benchmark;

import dev.relata.Entity;

/**
 * The stored fields of a benchmark {@link Post} without an index: the base of {@link
 * IndexSaveBenchmark}.
 */
@Entity(name = "plainRows")
public record PlainRow(
    Long id, String title, Long userId, String slug, long createdAt, int views) {}
