package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A team: a record with an {@code Integer} key. Its members go with it, its badges restrict its
 * deletion, its lead stays. {@code founderId} names the member who founded it, which can close a
 * cycle of cascades.
 */
@Entity(name = "relTeams")
public record Team(
    Integer id,
    String name,
    Long orgId,
    String founderId,
    @HasMany(onDelete = OnDelete.CASCADE) List<Member> members,
    @HasMany(onDelete = OnDelete.RESTRICT) List<Badge> badges,
    @HasOne(foreignKey = "leadOfTeamId") Member lead) {

  /** A team with an explicit key in org {@code orgId}. */
  public static Team of(int id, String name, Long orgId) {
    return new Team(id, name, orgId, null, null, null, null);
  }

  /** A team with an explicit key in org {@code orgId}, founded by member {@code founderId}. */
  public static Team of(int id, String name, Long orgId, String founderId) {
    return new Team(id, name, orgId, founderId, null, null, null);
  }
}
