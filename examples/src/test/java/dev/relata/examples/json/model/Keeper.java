package dev.relata.examples.json.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyBy;
import dev.relata.HasManyThrough;
import java.util.List;

/**
 * A record entity: its specimens by a key list ({@code @HasManyBy}), those that belong to it
 * ({@code @HasMany}), and the fragments of those ({@code @HasManyThrough}).
 */
@Entity(name = "jsonKeepers")
public record Keeper(
    Long id,
    String name,
    List<Long> specimenIds,
    @HasManyBy List<Specimen> specimens,
    @HasMany List<Specimen> owned,
    @HasManyThrough(through = Specimen.class) List<Fragment> fragments) {}
