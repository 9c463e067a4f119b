package p;

import dev.relata.OnDelete;
import dev.relata.internal.CollectionKind;
import dev.relata.internal.Column;
import dev.relata.internal.EntityCopy;
import dev.relata.internal.EntityKind;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyRelation;
import dev.relata.internal.HasManyThroughRelation;
import dev.relata.internal.KeyKind;
import dev.relata.internal.Relation;
import dev.relata.internal.RelationField;
import dev.relata.internal.RowSink;
import dev.relata.internal.RowSource;
import dev.relata.internal.ValueCodecs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The metadata of {@link Country} that the Relata runtime works on. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Country_Meta extends EntityType<Country, Integer> {
  /**
   * The one instance.
   */
  public static final Country_Meta INSTANCE = new Country_Meta();

  private Country_Meta() {
    super("countries", Country.class, EntityKind.CLASS, EntityCopy.RUNS_NO_ENTITY_CODE, KeyKind.INT,
        Columns.ID, List.of(Columns.ID, Columns.NAME));
  }

  @Override
  public Country copy(Country source) {
    Country copy = new Country();
    copy.id = source.id;
    copy.name = source.name;
    copy.users = null;
    copy.posts = null;
    return copy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Country assemble(Country row, Object[] relations) {
    Country entity = copy(row);
    entity.users = (List<User>) relations[0];
    entity.posts = (List<Post>) relations[1];
    return entity;
  }

  @Override
  public Country create(RowSource in) {
    Country entity = new Country();
    entity.id = (Integer) in.get(0);
    entity.name = (String) in.get(1);
    return entity;
  }

  @Override
  public void write(Country row, RowSink out) {
    out.set(0, row.id);
    out.set(1, row.name);
  }

  @Override
  protected List<Relation<Country, ?>> createRelations() {
    return List.of(Relations.USERS, Relations.POSTS);
  }

  /**
   * The stored fields of {@link Country}.
   */
  public static final class Columns {
    public static final Column<Country> ID = Column.of(
        0, "id", ValueCodecs.INTEGER,
        entity -> entity.id,
        (entity, value) -> {
          entity.id = (Integer) value;
          return entity;
        });

    public static final Column<Country> NAME = Column.of(
        1, "name", ValueCodecs.STRING,
        entity -> entity.name,
        (entity, value) -> {
          entity.name = (String) value;
          return entity;
        });

    private Columns() {
    }
  }

  /**
   * The relations of {@link Country}, created on first use: they refer to the metadata of other
   * entities, which must not happen while classes initialize.
   */
  @SuppressWarnings("unchecked")
  public static final class Relations {
    public static final HasManyRelation<Country, User> USERS = new HasManyRelation<>(
        new RelationField<>(
            "users", 0, INSTANCE, User_Meta.INSTANCE,
            entity -> entity.users,
            (entity, value) -> {
              entity.users = (List<User>) value;
              return entity;
            }),
        Columns.ID, User_Meta.Columns.COUNTRY_ID, OnDelete.NOTHING, CollectionKind.LIST);

    public static final HasManyThroughRelation<Country, User, Post> POSTS = new HasManyThroughRelation<>(
        new RelationField<>(
            "posts", 1, INSTANCE, Post_Meta.INSTANCE,
            entity -> entity.posts,
            (entity, value) -> {
              entity.posts = (List<Post>) value;
              return entity;
            }),
        User_Meta.INSTANCE,
        Columns.ID, User_Meta.Columns.COUNTRY_ID, User_Meta.Columns.ID, Post_Meta.Columns.USER_ID);

    private Relations() {
    }
  }
}
