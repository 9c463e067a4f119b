package dev.relata.examples.relations.model;

import dev.relata.Entity;

/**
 * A contract of an org, or guaranteed by one: private fields with accessors, a {@code Long} key.
 */
@Entity(name = "relContracts")
public class Contract {
  private Long id;
  private String title;
  private Long orgId;
  private Long guarantorId;

  public Contract() {}

  public Contract(Long id, String title, Long orgId, Long guarantorId) {
    this.id = id;
    this.title = title;
    this.orgId = orgId;
    this.guarantorId = guarantorId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getOrgId() {
    return orgId;
  }

  public void setOrgId(Long orgId) {
    this.orgId = orgId;
  }

  public Long getGuarantorId() {
    return guarantorId;
  }

  public void setGuarantorId(Long guarantorId) {
    this.guarantorId = guarantorId;
  }

  @Override
  public String toString() {
    return "Contract#" + id + " " + title + " org=" + orgId + " guarantor=" + guarantorId;
  }
}
