package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Id;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A member: non-private fields and a {@code String} key. Mentees and founded teams go with it (so
 * cascades can form cycles); its laptop stays, with its key cleared.
 */
@Entity(name = "relMembers")
public class Member {
  @Id public String handle;
  public String name;
  public Integer teamId;
  public String mentorId;
  public Integer leadOfTeamId;

  @HasMany(foreignKey = "mentorId", onDelete = OnDelete.CASCADE)
  public List<Member> mentees;

  @HasMany(foreignKey = "founderId", onDelete = OnDelete.CASCADE)
  public List<Team> foundedTeams;

  @HasOne(onDelete = OnDelete.SET_NULL)
  public Laptop laptop;

  public Member() {}

  public Member(String handle, String name, Integer teamId, String mentorId) {
    this.handle = handle;
    this.name = name;
    this.teamId = teamId;
    this.mentorId = mentorId;
  }

  @Override
  public String toString() {
    return "Member "
        + handle
        + " "
        + name
        + " team="
        + teamId
        + " mentor="
        + mentorId
        + " leads="
        + leadOfTeamId;
  }
}
