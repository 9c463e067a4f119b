package p;

import dev.relata.Query;
import dev.relata.Store;
import dev.relata.internal.QuerySpec;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * A query over the {@code posts}: {@link Post}s, with their relations.
 */
@Generated("dev.relata.processor.RelataProcessor")
public final class PostQuery extends Query<Post, PostQuery> {
  /**
   * A query over every row of the {@code posts} in {@code store}.
   */
  public PostQuery(Store store) {
    super(store, Post_Meta.INSTANCE);
  }

  private PostQuery(Store store, QuerySpec<Post> spec) {
    super(store, spec);
  }

  @Override
  protected PostQuery copy(Store store, QuerySpec<Post> spec) {
    return new PostQuery(store, spec);
  }

  /**
   * Loads the {@code comments} of every row.
   */
  public PostQuery withComments() {
    return with(Post_Meta.Relations.COMMENTS);
  }

  /**
   * Loads the {@code comments} of every row that {@code constraint} keeps; its where, orderBy,
   * limit and offset hold for each row on its own.
   */
  public PostQuery withComments(Function<? super CommentQuery, ? extends CommentQuery> constraint) {
    return with(Post_Meta.Relations.COMMENTS, new CommentQuery(store()), constraint);
  }

  /**
   * Keeps the rows that have {@code comments}.
   */
  public PostQuery hasComments() {
    return has(Post_Meta.Relations.COMMENTS);
  }

  /**
   * Keeps the rows that have {@code comments} that {@code constraint} keeps.
   */
  public PostQuery hasComments(Function<? super CommentQuery, ? extends CommentQuery> constraint) {
    return has(Post_Meta.Relations.COMMENTS, new CommentQuery(store()), constraint);
  }

  /**
   * Keeps the rows that have no {@code comments}.
   */
  public PostQuery doesntHaveComments() {
    return doesntHave(Post_Meta.Relations.COMMENTS);
  }

  /**
   * Keeps the rows that have no {@code comments} that {@code constraint} keeps.
   */
  public PostQuery doesntHaveComments(
      Function<? super CommentQuery, ? extends CommentQuery> constraint) {
    return doesntHave(Post_Meta.Relations.COMMENTS, new CommentQuery(store()), constraint);
  }

  /**
   * Loads the {@code user} of every row.
   */
  public PostQuery withUser() {
    return with(Post_Meta.Relations.USER);
  }

  /**
   * Loads the {@code user} of every row that {@code constraint} keeps; its where, orderBy,
   * limit and offset hold for each row on its own.
   */
  public PostQuery withUser(Function<? super UserQuery, ? extends UserQuery> constraint) {
    return with(Post_Meta.Relations.USER, new UserQuery(store()), constraint);
  }

  /**
   * Keeps the rows that have {@code user}.
   */
  public PostQuery hasUser() {
    return has(Post_Meta.Relations.USER);
  }

  /**
   * Keeps the rows that have {@code user} that {@code constraint} keeps.
   */
  public PostQuery hasUser(Function<? super UserQuery, ? extends UserQuery> constraint) {
    return has(Post_Meta.Relations.USER, new UserQuery(store()), constraint);
  }

  /**
   * Keeps the rows that have no {@code user}.
   */
  public PostQuery doesntHaveUser() {
    return doesntHave(Post_Meta.Relations.USER);
  }

  /**
   * Keeps the rows that have no {@code user} that {@code constraint} keeps.
   */
  public PostQuery doesntHaveUser(Function<? super UserQuery, ? extends UserQuery> constraint) {
    return doesntHave(Post_Meta.Relations.USER, new UserQuery(store()), constraint);
  }
}
