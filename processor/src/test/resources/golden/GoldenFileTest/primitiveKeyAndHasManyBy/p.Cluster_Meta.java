package p;

import dev.relata.OnDelete;
import dev.relata.internal.Column;
import dev.relata.internal.Copies;
import dev.relata.internal.EntityCopy;
import dev.relata.internal.EntityKind;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyByRelation;
import dev.relata.internal.KeyKind;
import dev.relata.internal.Relation;
import dev.relata.internal.RelationField;
import dev.relata.internal.RowSink;
import dev.relata.internal.RowSource;
import dev.relata.internal.ValueCodecs;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The metadata of {@link Cluster} that the Relata runtime works on. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Cluster_Meta extends EntityType<Cluster, Long> {
  /**
   * The one instance.
   */
  public static final Cluster_Meta INSTANCE = new Cluster_Meta();

  private Cluster_Meta() {
    super("clusters", Cluster.class, EntityKind.CLASS, EntityCopy.RUNS_NO_ENTITY_CODE, KeyKind.LONG,
        Columns.ID, List.of(Columns.ID, Columns.NAME, Columns.NODE_IDS));
  }

  @Override
  public Cluster copy(Cluster source) {
    Cluster copy = new Cluster();
    copy.id = source.id;
    copy.name = source.name;
    copy.nodeIds = Copies.list(source.nodeIds);
    copy.nodes = null;
    return copy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Cluster assemble(Cluster row, Object[] relations) {
    Cluster entity = copy(row);
    entity.nodes = (List<Node>) relations[0];
    return entity;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Cluster create(RowSource in) {
    Cluster entity = new Cluster();
    entity.id = in.getLong(0);
    entity.name = (String) in.get(1);
    entity.nodeIds = (List<Long>) in.get(2);
    return entity;
  }

  @Override
  public void write(Cluster row, RowSink out) {
    out.setLong(0, row.id);
    out.set(1, row.name);
    out.set(2, row.nodeIds);
  }

  @Override
  protected List<Relation<Cluster, ?>> createRelations() {
    return List.of(Relations.NODES);
  }

  /**
   * The stored fields of {@link Cluster}.
   */
  @SuppressWarnings("unchecked")
  public static final class Columns {
    public static final Column<Cluster> ID = Column.ofNumber(
        0, "id", ValueCodecs.LONG,
        entity -> entity.id,
        entity -> entity.id,
        (entity, value) -> {
          entity.id = (Long) value;
          return entity;
        });

    public static final Column<Cluster> NAME = Column.of(
        1, "name", ValueCodecs.STRING,
        entity -> entity.name,
        (entity, value) -> {
          entity.name = (String) value;
          return entity;
        });

    public static final Column<Cluster> NODE_IDS = Column.of(
        2, "nodeIds", ValueCodecs.collection(ArrayList::new, ValueCodecs.LONG),
        entity -> entity.nodeIds,
        (entity, value) -> {
          entity.nodeIds = (List<Long>) value;
          return entity;
        });

    private Columns() {
    }
  }

  /**
   * The relations of {@link Cluster}, created on first use: they refer to the metadata of other
   * entities, which must not happen while classes initialize.
   */
  @SuppressWarnings("unchecked")
  public static final class Relations {
    public static final HasManyByRelation<Cluster, Node> NODES = new HasManyByRelation<>(
        new RelationField<>(
            "nodes", 0, INSTANCE, Node_Meta.INSTANCE,
            entity -> entity.nodes,
            (entity, value) -> {
              entity.nodes = (List<Node>) value;
              return entity;
            }),
        Columns.NODE_IDS, Node_Meta.Columns.ID, OnDelete.RESTRICT);

    private Relations() {
    }
  }
}
