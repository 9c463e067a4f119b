package dev.relata.examples.relations.model;

import dev.relata.Entity;

/** A disk of a machine: private fields with accessors, an {@code Integer} key. */
@Entity(name = "relDisks")
public class Disk {
  private Integer id;
  private String label;
  private Long machineId;

  public Disk() {}

  public Disk(String label) {
    this.label = label;
  }

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Long getMachineId() {
    return machineId;
  }

  public void setMachineId(Long machineId) {
    this.machineId = machineId;
  }

  @Override
  public String toString() {
    return "Disk#" + id + " " + label + " machine=" + machineId;
  }
}
