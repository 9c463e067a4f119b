package p;

import dev.relata.OnDelete;
import dev.relata.internal.BelongsToRelation;
import dev.relata.internal.CollectionKind;
import dev.relata.internal.Column;
import dev.relata.internal.EntityCopy;
import dev.relata.internal.EntityKind;
import dev.relata.internal.EntityType;
import dev.relata.internal.HasManyRelation;
import dev.relata.internal.KeyKind;
import dev.relata.internal.Relation;
import dev.relata.internal.RelationField;
import dev.relata.internal.RowSink;
import dev.relata.internal.RowSource;
import dev.relata.internal.ValueCodecs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The metadata of {@link Post} that the Relata runtime works on. Generated.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class Post_Meta extends EntityType<Post, Long> {
  /**
   * The one instance.
   */
  public static final Post_Meta INSTANCE = new Post_Meta();

  private Post_Meta() {
    super("posts", Post.class, EntityKind.CLASS, EntityCopy.RUNS_NO_ENTITY_CODE, KeyKind.LONG,
        Columns.ID, List.of(Columns.ID, Columns.TITLE, Columns.PUBLISHED, Columns.USER_ID));
  }

  @Override
  public Post copy(Post source) {
    Post copy = new Post();
    copy.setId(source.getId());
    copy.setTitle(source.getTitle());
    copy.setPublished(source.isPublished());
    copy.setUserId(source.getUserId());
    copy.setComments(null);
    copy.setUser(null);
    return copy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Post assemble(Post row, Object[] relations) {
    Post entity = copy(row);
    entity.setComments((List<Comment>) relations[0]);
    entity.setUser((User) relations[1]);
    return entity;
  }

  @Override
  public Post create(RowSource in) {
    Post entity = new Post();
    entity.setId((Long) in.get(0));
    entity.setTitle((String) in.get(1));
    entity.setPublished(in.getBoolean(2));
    entity.setUserId((Long) in.get(3));
    return entity;
  }

  @Override
  public void write(Post row, RowSink out) {
    out.set(0, row.getId());
    out.set(1, row.getTitle());
    out.setBoolean(2, row.isPublished());
    out.set(3, row.getUserId());
  }

  @Override
  protected List<Relation<Post, ?>> createRelations() {
    return List.of(Relations.COMMENTS, Relations.USER);
  }

  /**
   * The stored fields of {@link Post}.
   */
  public static final class Columns {
    public static final Column<Post> ID = Column.of(
        0, "id", ValueCodecs.LONG,
        Post::getId,
        (entity, value) -> {
          entity.setId((Long) value);
          return entity;
        });

    public static final Column<Post> TITLE = Column.of(
        1, "title", ValueCodecs.STRING,
        Post::getTitle,
        (entity, value) -> {
          entity.setTitle((String) value);
          return entity;
        });

    public static final Column<Post> PUBLISHED = Column.ofPrimitive(
        2, "published", ValueCodecs.BOOLEAN,
        Post::isPublished,
        (entity, value) -> {
          entity.setPublished((Boolean) value);
          return entity;
        });

    public static final Column<Post> USER_ID = Column.of(
        3, "userId", ValueCodecs.LONG,
        Post::getUserId,
        (entity, value) -> {
          entity.setUserId((Long) value);
          return entity;
        });

    private Columns() {
    }
  }

  /**
   * The relations of {@link Post}, created on first use: they refer to the metadata of other
   * entities, which must not happen while classes initialize.
   */
  @SuppressWarnings("unchecked")
  public static final class Relations {
    public static final HasManyRelation<Post, Comment> COMMENTS = new HasManyRelation<>(
        new RelationField<>(
            "comments", 0, INSTANCE, Comment_Meta.INSTANCE,
            Post::getComments,
            (entity, value) -> {
              entity.setComments((List<Comment>) value);
              return entity;
            }),
        Columns.ID, Comment_Meta.Columns.POST_ID, OnDelete.CASCADE, CollectionKind.LIST);

    public static final BelongsToRelation<Post, User> USER = new BelongsToRelation<>(
        new RelationField<>(
            "user", 1, INSTANCE, User_Meta.INSTANCE,
            Post::getUser,
            (entity, value) -> {
              entity.setUser((User) value);
              return entity;
            }),
        Columns.USER_ID, User_Meta.Columns.ID);

    private Relations() {
    }
  }
}
