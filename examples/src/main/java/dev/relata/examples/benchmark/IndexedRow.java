package dev.relata.examples.benchmark;

import dev.relata.Entity;
import dev.relata.Index;

/**
 * {@link PlainRow} with two indexes, one unique, as a benchmark {@link Post} has them: what {@link
 * IndexSaveBenchmark} saves against it.
 */
@Entity(name = "indexedRows")
public record IndexedRow(
    Long id,
    String title,
    Long userId,
    @Index(unique = true) String slug,
    @Index(sorted = true) long createdAt,
    int views) {}
