package p;

import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.Column;
import dev.relata.internal.Copies;
import dev.relata.internal.EntityCopy;
import dev.relata.internal.EntityKind;
import dev.relata.internal.EntityType;
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
 * The metadata of {@link Reply} that the Relata runtime works on. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Reply_Meta extends EntityType<Reply, Long> {
  /**
   * The one instance.
   */
  public static final Reply_Meta INSTANCE = new Reply_Meta();

  private Reply_Meta() {
    super("replies", Reply.class, EntityKind.RECORD, EntityCopy.RUNS_NO_ENTITY_CODE, KeyKind.LONG,
        Columns.ID, List.of(Columns.ID, Columns.TOPIC_ID, Columns.BODY, Columns.TAGS));
  }

  @Override
  public Reply copy(Reply source) {
    return new Reply(source.id(), source.topicId(), source.body(), Copies.list(source.tags()),
        null);
  }

  @Override
  public Reply assemble(Reply row, Object[] relations) {
    return new Reply(row.id(), row.topicId(), row.body(), Copies.list(row.tags()),
        (Topic) relations[0]);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Reply create(RowSource in) {
    return new Reply((Long) in.get(0), (Long) in.get(1), (String) in.get(2),
        (List<String>) in.get(3), null);
  }

  @Override
  public void write(Reply row, RowSink out) {
    out.set(0, row.id());
    out.set(1, row.topicId());
    out.set(2, row.body());
    out.set(3, row.tags());
  }

  @Override
  protected List<Relation<Reply, ?>> createRelations() {
    return List.of(Relations.TOPIC);
  }

  /**
   * The stored fields of {@link Reply}.
   */
  @SuppressWarnings("unchecked")
  public static final class Columns {
    public static final Column<Reply> ID = Column.of(
        0, "id", ValueCodecs.LONG,
        Reply::id,
        (entity, value) -> new Reply((Long) value, entity.topicId(), entity.body(), entity.tags(),
            entity.topic()));

    public static final Column<Reply> TOPIC_ID = Column.of(
        1, "topicId", ValueCodecs.LONG,
        Reply::topicId,
        (entity, value) -> new Reply(entity.id(), (Long) value, entity.body(), entity.tags(),
            entity.topic()));

    public static final Column<Reply> BODY = Column.of(
        2, "body", ValueCodecs.STRING,
        Reply::body,
        (entity, value) -> new Reply(entity.id(), entity.topicId(), (String) value, entity.tags(),
            entity.topic()));

    public static final Column<Reply> TAGS = Column.of(
        3, "tags", ValueCodecs.collection(ArrayList::new, ValueCodecs.STRING),
        Reply::tags,
        (entity, value) -> new Reply(entity.id(), entity.topicId(), entity.body(),
            (List<String>) value, entity.topic()));

    private Columns() {
    }
  }

  /**
   * The relations of {@link Reply}, created on first use: they refer to the metadata of other
   * entities, which must not happen while classes initialize.
   */
  public static final class Relations {
    public static final BelongsToRelation<Reply, Topic> TOPIC = new BelongsToRelation<>(
        new RelationField<>(
            "topic", 0, INSTANCE, Topic_Meta.INSTANCE,
            Reply::topic,
            (entity, value) -> new Reply(entity.id(), entity.topicId(), entity.body(),
                entity.tags(), (Topic) value)),
        Columns.TOPIC_ID, Topic_Meta.Columns.ID);

    private Relations() {
    }
  }
}
