package p;

import dev.relata.HasManyByResolver;
import dev.relata.Repository;
import dev.relata.Store;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * The {@code clusters} of a {@link Store}: saves, finds, deletes and queries {@link Cluster}s,
 * and resolves their relations.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class ClusterRepository extends Repository<Cluster, Long, ClusterQuery> {
  private final ClusterQuery all;

  /**
   * A repository of the {@code clusters} in {@code store}.
   */
  public ClusterRepository(Store store) {
    super(store, Cluster_Meta.INSTANCE);
    this.all = new ClusterQuery(store);
  }

  @Override
  public ClusterQuery query() {
    return all;
  }

  /**
   * {@link #find(Long)} for a key written as a number, such as {@code find(1)}.
   */
  public Optional<Cluster> find(long id) {
    return findNumber(id);
  }

  /**
   * {@link #delete(Long)} for a key written as a number, such as {@code delete(1)}.
   */
  public boolean delete(long id) {
    return delete(Long.valueOf(id));
  }

  /**
   * {@code query().withNodes()}: every Cluster with its {@code nodes} loaded.
   */
  public ClusterQuery withNodes() {
    return query().withNodes();
  }

  /**
   * {@code query().withNodes(constraint)}: every Cluster with the {@code nodes} that
   * {@code constraint} keeps.
   */
  public ClusterQuery withNodes(Function<? super NodeQuery, ? extends NodeQuery> constraint) {
    return query().withNodes(constraint);
  }

  /**
   * The resolver of the {@code nodes} of {@code cluster}: reads and writes them at once.
   */
  public HasManyByResolver.OfLong<Node> nodes(Cluster cluster) {
    return hasManyByOfLong(Cluster_Meta.Relations.NODES, cluster);
  }
}
