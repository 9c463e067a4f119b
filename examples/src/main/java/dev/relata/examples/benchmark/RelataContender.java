package dev.relata.examples.benchmark;

import dev.relata.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Relata: the generated repositories and queries on an in-memory store, used as the manual says.
 */
final class RelataContender implements Contender {
  private static final Comparator<Comment> NEWEST_FIRST =
      Comparator.comparingLong(Comment::getCreatedAt).reversed();

  private final Store store = Store.inMemory();
  private final CountryRepository countries = new CountryRepository(store);
  private final UserRepository users = new UserRepository(store);
  private final PostRepository posts = new PostRepository(store);
  private final CommentRepository comments = new CommentRepository(store);

  @Override
  public void load(Dataset data) {
    countries.saveAll(data.countries());
    users.saveAll(data.users());
    save(data.posts(), data.comments());
  }

  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    return this.posts.saveAll(posts).size() + this.comments.saveAll(comments).size();
  }

  @Override
  public List<Post> postsWithComments() {
    return posts.withComments().get();
  }

  @Override
  public List<Comment> commentsWithPost() {
    return comments.withPost().get();
  }

  @Override
  public List<Country> countriesWithPosts() {
    return countries.withPosts().get();
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    return posts.withComments(c -> c.orderBy(NEWEST_FIRST).limit(count)).get();
  }

  @Override
  public List<Post> find(long[] ids) {
    List<Post> found = new ArrayList<>(ids.length);
    for (long id : ids) {
      posts.find(id).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    return posts.query().where(p -> p.getViews() > views).get();
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    List<Post> found = new ArrayList<>(userIds.length * 10);
    for (long userId : userIds) {
      found.addAll(posts.query().where(Post_.userId.eq(userId)).get());
    }
    return found;
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    List<Post> found = new ArrayList<>(slugs.length);
    for (String slug : slugs) {
      posts.query().where(Post_.slug.eq(slug)).first().ifPresent(found::add);
    }
    return found;
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    return posts
        .query()
        .where(Post_.createdAt.between(from, to))
        .orderBy(Post_.createdAt.asc())
        .get();
  }

  @Override
  public List<Post> newestPosts(int count) {
    return posts.query().orderBy(Post_.createdAt.desc()).limit(count).get();
  }

  @Override
  public void close() {
    // The store is garbage once the contender is.
  }
}
