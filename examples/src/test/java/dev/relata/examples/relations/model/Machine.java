package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

/** A machine: a record with a {@code Long} key, whose disks go with it. */
@Entity(name = "relMachines")
public record Machine(
    Long id, String host, int cores, @HasMany(onDelete = OnDelete.CASCADE) List<Disk> disks) {

  /** A machine not saved yet. */
  public static Machine of(String host, int cores) {
    return new Machine(null, host, cores, null);
  }

  /** A machine with an explicit key. */
  public static Machine of(long id, String host, int cores) {
    return new Machine(id, host, cores, null);
  }
}
