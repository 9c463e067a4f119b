package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.OnDelete;
import java.util.List;

/**
 * An organisation with one relation per {@code onDelete} rule: private fields with accessors, a
 * {@code Long} key.
 */
@Entity(name = "relOrgs")
public class Org {
  private Long id;
  private String name;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Team> teams;

  @HasOne(onDelete = OnDelete.CASCADE)
  private Charter charter;

  @HasMany(onDelete = OnDelete.SET_NULL)
  private List<Asset> assets;

  @HasOne(foreignKey = "mascotOfId", onDelete = OnDelete.SET_NULL)
  private Asset mascot;

  @HasMany(onDelete = OnDelete.RESTRICT)
  private List<Contract> contracts;

  @HasOne(foreignKey = "guarantorId", onDelete = OnDelete.RESTRICT)
  private Contract guarantee;

  @HasMany private List<Note> notes;

  @HasOne(foreignKey = "pinnedOrgId")
  private Note pinnedNote;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Badge> badges;

  public Org() {}

  public Org(Long id, String name) {
    this.id = id;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Team> getTeams() {
    return teams;
  }

  public void setTeams(List<Team> teams) {
    this.teams = teams;
  }

  public Charter getCharter() {
    return charter;
  }

  public void setCharter(Charter charter) {
    this.charter = charter;
  }

  public List<Asset> getAssets() {
    return assets;
  }

  public void setAssets(List<Asset> assets) {
    this.assets = assets;
  }

  public Asset getMascot() {
    return mascot;
  }

  public void setMascot(Asset mascot) {
    this.mascot = mascot;
  }

  public List<Contract> getContracts() {
    return contracts;
  }

  public void setContracts(List<Contract> contracts) {
    this.contracts = contracts;
  }

  public Contract getGuarantee() {
    return guarantee;
  }

  public void setGuarantee(Contract guarantee) {
    this.guarantee = guarantee;
  }

  public List<Note> getNotes() {
    return notes;
  }

  public void setNotes(List<Note> notes) {
    this.notes = notes;
  }

  public Note getPinnedNote() {
    return pinnedNote;
  }

  public void setPinnedNote(Note pinnedNote) {
    this.pinnedNote = pinnedNote;
  }

  public List<Badge> getBadges() {
    return badges;
  }

  public void setBadges(List<Badge> badges) {
    this.badges = badges;
  }

  @Override
  public String toString() {
    return "Org#" + id + " " + name;
  }
}
