package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A citizen, the middle row: private fields with accessors, a {@code Long} key. */
@Entity(name = "relCitizens")
public class Citizen {
  private Long id;
  private String handle;
  private Integer nationId;
  private String nationCode;

  public Citizen() {}

  public Citizen(Long id, String handle, Integer nationId, String nationCode) {
    this.id = id;
    this.handle = handle;
    this.nationId = nationId;
    this.nationCode = nationCode;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getHandle() {
    return handle;
  }

  public void setHandle(String handle) {
    this.handle = handle;
  }

  public Integer getNationId() {
    return nationId;
  }

  public void setNationId(Integer nationId) {
    this.nationId = nationId;
  }

  public String getNationCode() {
    return nationCode;
  }

  public void setNationCode(String nationCode) {
    this.nationCode = nationCode;
  }

  @Override
  public String toString() {
    return "Citizen#" + id + " " + handle + " nation=" + nationId + "/" + nationCode;
  }
}
