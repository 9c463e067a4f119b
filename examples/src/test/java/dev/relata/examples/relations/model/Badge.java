package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A badge, held by an org and awarded to a team: a record with a {@code Long} key. */
@Entity(name = "relBadges")
public record Badge(Long id, String name, Long orgId, Integer teamId) {}
