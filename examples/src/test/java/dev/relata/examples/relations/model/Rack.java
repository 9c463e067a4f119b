package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import java.util.ArrayList;
import java.util.List;

/**
 * A rack listing its machines by key: non-private fields, a primitive {@code long} key, the default
 * keys ({@code machineIds}, Machine's id) and a custom foreign key ({@code spareIds}).
 */
@Entity(name = "relRacks")
public class Rack {
  public long id;
  public String name;
  public List<Long> machineIds;
  public List<Long> spareIds;

  @HasManyBy public List<Machine> machines;

  @HasManyBy(foreignKey = "spareIds")
  public List<Machine> spares;

  public Rack() {}

  public Rack(String name, Long... machineIds) {
    this.name = name;
    this.machineIds = new ArrayList<>(List.of(machineIds));
  }

  @Override
  public String toString() {
    return "Rack#" + id + " " + name + " " + machineIds + " spares=" + spareIds;
  }
}
