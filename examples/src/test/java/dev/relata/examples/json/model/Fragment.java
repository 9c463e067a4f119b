package dev.relata.examples.json.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/** A class entity with an {@code Integer} key and private fields with accessors. */
@Entity(name = "jsonFragments")
public class Fragment {
  private Integer id;
  private String name;
  private Long specimenId;

  @BelongsTo private Specimen specimen;

  public Fragment() {}

  public Fragment(String name) {
    this.name = name;
  }

  public Integer getId() {
    return id;
  }

  public void setId(Integer id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getSpecimenId() {
    return specimenId;
  }

  public void setSpecimenId(Long specimenId) {
    this.specimenId = specimenId;
  }

  public Specimen getSpecimen() {
    return specimen;
  }

  public void setSpecimen(Specimen specimen) {
    this.specimen = specimen;
  }
}
