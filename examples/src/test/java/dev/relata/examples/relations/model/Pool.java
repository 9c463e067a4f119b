package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import dev.relata.OnDelete;
import java.util.List;

/** A pool of machines that it owns: a record whose listed machines are deleted with it. */
@Entity(name = "relPools")
public record Pool(
    Long id,
    String name,
    List<Long> machineIds,
    @HasManyBy(onDelete = OnDelete.CASCADE) List<Machine> machines) {

  /** A pool not saved yet, listing {@code machineIds}. */
  public static Pool of(String name, List<Long> machineIds) {
    return new Pool(null, name, machineIds, null);
  }
}
