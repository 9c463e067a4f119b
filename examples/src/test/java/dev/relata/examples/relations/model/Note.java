package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A note about an org, or pinned on one: non-private fields, a {@code Long} key. */
@Entity(name = "relNotes")
public class Note {
  public Long id;
  public String text;
  public Long orgId;
  public Long pinnedOrgId;

  public Note() {}

  public Note(Long id, String text, Long orgId, Long pinnedOrgId) {
    this.id = id;
    this.text = text;
    this.orgId = orgId;
    this.pinnedOrgId = pinnedOrgId;
  }

  @Override
  public String toString() {
    return "Note#" + id + " " + text + " org=" + orgId + " pinned=" + pinnedOrgId;
  }
}
