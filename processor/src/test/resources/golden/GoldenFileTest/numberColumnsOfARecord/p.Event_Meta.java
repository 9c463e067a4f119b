package p;

import dev.relata.internal.Column;
import dev.relata.internal.EntityCopy;
import dev.relata.internal.EntityKind;
import dev.relata.internal.EntityType;
import dev.relata.internal.IndexSpec;
import dev.relata.internal.KeyKind;
import dev.relata.internal.Relation;
import dev.relata.internal.RowSink;
import dev.relata.internal.RowSource;
import dev.relata.internal.ValueCodecs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The metadata of {@link Event} that the Relata runtime works on. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Event_Meta extends EntityType<Event, Long> {
  /**
   * The one instance.
   */
  public static final Event_Meta INSTANCE = new Event_Meta();

  private Event_Meta() {
    super("events", Event.class, EntityKind.RECORD, EntityCopy.RUNS_NO_ENTITY_CODE, KeyKind.LONG,
        Columns.ID, List.of(Columns.ID, Columns.CREATED_AT, Columns.RANK, Columns.LEVEL,
        Columns.FLAGS, Columns.DONE, Columns.SCORE, Columns.TOTAL));
  }

  @Override
  public Event copy(Event source) {
    return new Event(source.id(), source.createdAt(), source.rank(), source.level(), source.flags(),
        source.done(), source.score(), source.total());
  }

  @Override
  public Event assemble(Event row, Object[] relations) {
    return new Event(row.id(), row.createdAt(), row.rank(), row.level(), row.flags(), row.done(),
        row.score(), row.total());
  }

  @Override
  public Event create(RowSource in) {
    return new Event((Long) in.get(0), in.getLong(1), in.getInt(2), (short) in.getInt(3),
        (byte) in.getInt(4), in.getBoolean(5), in.getDouble(6), (Long) in.get(7));
  }

  @Override
  public void write(Event row, RowSink out) {
    out.set(0, row.id());
    out.setLong(1, row.createdAt());
    out.setInt(2, row.rank());
    out.setInt(3, row.level());
    out.setInt(4, row.flags());
    out.setBoolean(5, row.done());
    out.setDouble(6, row.score());
    out.set(7, row.total());
  }

  @Override
  protected List<Relation<Event, ?>> createRelations() {
    return List.of();
  }

  @Override
  protected List<IndexSpec<Event>> indexes() {
    return List.of(IndexSpec.on(Columns.CREATED_AT).sorted());
  }

  /**
   * The stored fields of {@link Event}.
   */
  public static final class Columns {
    public static final Column<Event> ID = Column.of(
        0, "id", ValueCodecs.LONG,
        Event::id,
        (entity, value) -> new Event((Long) value, entity.createdAt(), entity.rank(),
            entity.level(), entity.flags(), entity.done(), entity.score(), entity.total()));

    public static final Column<Event> CREATED_AT = Column.ofNumber(
        1, "createdAt", ValueCodecs.LONG,
        Event::createdAt,
        Event::createdAt,
        (entity, value) -> new Event(entity.id(), (Long) value, entity.rank(), entity.level(),
            entity.flags(), entity.done(), entity.score(), entity.total()));

    public static final Column<Event> RANK = Column.ofNumber(
        2, "rank", ValueCodecs.INTEGER,
        Event::rank,
        Event::rank,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), (Integer) value,
            entity.level(), entity.flags(), entity.done(), entity.score(), entity.total()));

    public static final Column<Event> LEVEL = Column.ofNumber(
        3, "level", ValueCodecs.SHORT,
        Event::level,
        Event::level,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), entity.rank(), (Short) value,
            entity.flags(), entity.done(), entity.score(), entity.total()));

    public static final Column<Event> FLAGS = Column.ofNumber(
        4, "flags", ValueCodecs.BYTE,
        Event::flags,
        Event::flags,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), entity.rank(), entity.level(),
            (Byte) value, entity.done(), entity.score(), entity.total()));

    public static final Column<Event> DONE = Column.ofPrimitive(
        5, "done", ValueCodecs.BOOLEAN,
        Event::done,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), entity.rank(), entity.level(),
            entity.flags(), (Boolean) value, entity.score(), entity.total()));

    public static final Column<Event> SCORE = Column.ofPrimitive(
        6, "score", ValueCodecs.DOUBLE,
        Event::score,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), entity.rank(), entity.level(),
            entity.flags(), entity.done(), (Double) value, entity.total()));

    public static final Column<Event> TOTAL = Column.of(
        7, "total", ValueCodecs.LONG,
        Event::total,
        (entity, value) -> new Event(entity.id(), entity.createdAt(), entity.rank(), entity.level(),
            entity.flags(), entity.done(), entity.score(), (Long) value));

    private Columns() {
    }
  }

  /**
   * The relations of {@link Event}, created on first use: they refer to the metadata of other
   * entities, which must not happen while classes initialize.
   */
  public static final class Relations {
    private Relations() {
    }
  }
}
