package dev.relata.examples.json.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.Id;

/** A record entity with a {@code String} key, the {@code @HasOne} of a specimen. */
@Entity(name = "jsonLabels")
public record Label(@Id String code, Long specimenId, String text, @BelongsTo Specimen specimen) {}
