package dev.relata.examples.benchmark;

import static com.googlecode.cqengine.query.QueryFactory.all;
import static com.googlecode.cqengine.query.QueryFactory.applyThresholds;
import static com.googlecode.cqengine.query.QueryFactory.ascending;
import static com.googlecode.cqengine.query.QueryFactory.between;
import static com.googlecode.cqengine.query.QueryFactory.descending;
import static com.googlecode.cqengine.query.QueryFactory.equal;
import static com.googlecode.cqengine.query.QueryFactory.orderBy;
import static com.googlecode.cqengine.query.QueryFactory.queryOptions;
import static com.googlecode.cqengine.query.QueryFactory.threshold;

import com.googlecode.cqengine.ConcurrentIndexedCollection;
import com.googlecode.cqengine.IndexedCollection;
import com.googlecode.cqengine.attribute.SimpleAttribute;
import com.googlecode.cqengine.index.hash.HashIndex;
import com.googlecode.cqengine.index.navigable.NavigableIndex;
import com.googlecode.cqengine.index.unique.UniqueIndex;
import com.googlecode.cqengine.query.Query;
import com.googlecode.cqengine.query.option.EngineThresholds;
import com.googlecode.cqengine.query.option.QueryOptions;
import com.googlecode.cqengine.resultset.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * CQEngine 3.6.0, an indexed collection library: the posts in a {@link ConcurrentIndexedCollection}
 * with a {@code UniqueIndex} on the key and the slug, a {@code HashIndex} on the user key and a
 * {@code NavigableIndex} on the creation time, as in the CQEngine setup of the project's anchor
 * benchmarks. It has no relations, so it stores the posts only and answers the {@link IndexedReads}
 * alone. Like the others it stores private copies and returns fresh copies; results it does not
 * order by itself are ordered by key ({@code orderBy}), and the newest posts use the navigable
 * index's order ({@code INDEX_ORDERING_SELECTIVITY} 1), as CQEngine's documentation says to.
 */
final class CqEngineContender implements IndexedReads {
  static final SimpleAttribute<Post, Long> ID =
      new SimpleAttribute<>(Post.class, Long.class, "id") {
        @Override
        public Long getValue(Post post, QueryOptions options) {
          return post.getId();
        }
      };

  static final SimpleAttribute<Post, Long> USER_ID =
      new SimpleAttribute<>(Post.class, Long.class, "userId") {
        @Override
        public Long getValue(Post post, QueryOptions options) {
          return post.getUserId();
        }
      };

  static final SimpleAttribute<Post, String> SLUG =
      new SimpleAttribute<>(Post.class, String.class, "slug") {
        @Override
        public String getValue(Post post, QueryOptions options) {
          return post.getSlug();
        }
      };

  static final SimpleAttribute<Post, Long> CREATED_AT =
      new SimpleAttribute<>(Post.class, Long.class, "createdAt") {
        @Override
        public Long getValue(Post post, QueryOptions options) {
          return post.getCreatedAt();
        }
      };

  private static final QueryOptions BY_KEY = queryOptions(orderBy(ascending(ID)));
  private static final QueryOptions OLDEST_FIRST =
      queryOptions(orderBy(ascending(CREATED_AT), ascending(ID)));
  private static final QueryOptions NEWEST_FIRST =
      queryOptions(
          orderBy(descending(CREATED_AT), ascending(ID)),
          applyThresholds(threshold(EngineThresholds.INDEX_ORDERING_SELECTIVITY, 1.0)));

  private final IndexedCollection<Post> posts = new ConcurrentIndexedCollection<>();

  CqEngineContender() {
    posts.addIndex(UniqueIndex.onAttribute(ID));
    posts.addIndex(HashIndex.onAttribute(USER_ID));
    posts.addIndex(UniqueIndex.onAttribute(SLUG));
    posts.addIndex(NavigableIndex.onAttribute(CREATED_AT));
  }

  @Override
  public void load(Dataset data) {
    List<Post> rows = new ArrayList<>(data.posts().size());
    for (Post post : data.posts()) {
      rows.add(BaselineContender.copy(post));
    }
    posts.addAll(rows);
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    List<Post> found = new ArrayList<>(userIds.length * 10);
    for (long userId : userIds) {
      copyInto(found, equal(USER_ID, userId), BY_KEY, Integer.MAX_VALUE);
    }
    return found;
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    List<Post> found = new ArrayList<>(slugs.length);
    for (String slug : slugs) {
      copyInto(found, equal(SLUG, slug), queryOptions(), Integer.MAX_VALUE);
    }
    return found;
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    return copyInto(
        new ArrayList<>(),
        between(CREATED_AT, from, true, to, true),
        OLDEST_FIRST,
        Integer.MAX_VALUE);
  }

  @Override
  public List<Post> newestPosts(int count) {
    return copyInto(new ArrayList<>(count), all(Post.class), NEWEST_FIRST, count);
  }

  /** Adds copies of the first {@code limit} posts that {@code query} retrieves to {@code found}. */
  private List<Post> copyInto(
      List<Post> found, Query<Post> query, QueryOptions options, int limit) {
    int taken = 0;
    try (ResultSet<Post> rows = posts.retrieve(query, options)) {
      for (Post row : rows) {
        if (taken++ == limit) {
          break;
        }
        found.add(BaselineContender.copy(row));
      }
    }
    return found;
  }

  @Override
  public void close() {
    // The collection is garbage once the contender is.
  }
}
