package dev.relata.examples.cluster;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import dev.relata.OnDelete;
import java.util.List;

/**
 * A cluster that lists its nodes by key, as Vuex ORM's clusters with nodeIds: a {@code long} key.
 */
@Entity
public class Cluster {
  public long id;
  public String name;
  public List<Long> nodeIds;

  @HasManyBy(onDelete = OnDelete.RESTRICT)
  public List<Node> nodes;

  public Cluster() {}

  public Cluster(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Cluster#" + id + " " + name + " " + nodeIds;
  }
}
