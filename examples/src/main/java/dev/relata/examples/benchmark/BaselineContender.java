package dev.relata.examples.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-written baseline: what a careful engineer writes for this one schema without a library.
 * Each table is an {@link ArrayList} in insertion order with a {@link HashMap} by key; each foreign
 * key has a {@code HashMap} from the parent key to the list of its rows, kept up to date on every
 * save; the posts' unique slug has a {@code HashMap} and their creation time a {@link TreeMap} to
 * the list of its posts, as Relata's {@code @Index(unique = true)} and {@code @Index(sorted =
 * true)} on them. Like Relata it stores private copies and hands out fresh copies, so that nobody
 * can change a stored row by accident: a read returns a fresh post with a fresh list of fresh
 * comments.
 *
 * <p>Saves are upserts, as Relata's are: a key stored already replaces its row in place.
 */
final class BaselineContender implements Contender {
  private final List<Country> countries = new ArrayList<>();
  private final Map<Long, Country> countryById = new HashMap<>();

  private final List<User> users = new ArrayList<>();
  private final Map<Long, User> userById = new HashMap<>();
  private final Map<Long, List<User>> usersByCountry = new HashMap<>();

  private final List<Post> posts = new ArrayList<>();
  private final Map<Long, Post> postById = new HashMap<>();
  private final Map<Long, List<Post>> postsByUser = new HashMap<>();
  private final Map<String, Post> postBySlug = new HashMap<>();
  private final TreeMap<Long, List<Post>> postsByCreatedAt = new TreeMap<>();

  private final List<Comment> comments = new ArrayList<>();
  private final Map<Long, Comment> commentById = new HashMap<>();
  private final Map<Long, List<Comment>> commentsByPost = new HashMap<>();

  @Override
  public void load(Dataset data) {
    for (Country country : data.countries()) {
      Country row = copy(country);
      Country old = countryById.put(row.getId(), row);
      if (old == null) {
        countries.add(row);
      } else {
        countries.set(countries.indexOf(old), row);
      }
    }
    for (User user : data.users()) {
      User row = copy(user);
      User old = userById.put(row.getId(), row);
      if (old == null) {
        users.add(row);
      } else {
        users.set(users.indexOf(old), row);
        unindex(usersByCountry, old.getCountryId(), old);
      }
      index(usersByCountry, row.getCountryId(), row);
    }
    save(data.posts(), data.comments());
  }

  @Override
  public int save(List<Post> posts, List<Comment> comments) {
    for (Post post : posts) {
      Post row = copy(post);
      Post old = postById.put(row.getId(), row);
      if (old == null) {
        this.posts.add(row);
      } else {
        this.posts.set(this.posts.indexOf(old), row);
        unindex(postsByUser, old.getUserId(), old);
        postBySlug.remove(old.getSlug());
        unindex(postsByCreatedAt, old.getCreatedAt(), old);
      }
      index(postsByUser, row.getUserId(), row);
      Post clash = postBySlug.putIfAbsent(row.getSlug(), row);
      if (clash != null) {
        throw new IllegalArgumentException("a post with slug " + row.getSlug() + " exists");
      }
      index(postsByCreatedAt, row.getCreatedAt(), row);
    }
    for (Comment comment : comments) {
      Comment row = copy(comment);
      Comment old = commentById.put(row.getId(), row);
      if (old == null) {
        this.comments.add(row);
      } else {
        this.comments.set(this.comments.indexOf(old), row);
        unindex(commentsByPost, old.getPostId(), old);
      }
      index(commentsByPost, row.getPostId(), row);
    }
    return posts.size() + comments.size();
  }

  // Replacing a row is rare and may cost O(rows); it moves the row to the end of its parent's list.
  private static <T> void index(Map<Long, List<T>> index, Long key, T row) {
    if (key != null) {
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
  }

  private static <T> void unindex(Map<Long, List<T>> index, Long key, T row) {
    if (key != null) {
      List<T> rows = index.get(key);
      rows.remove(row);
      if (rows.isEmpty()) {
        index.remove(key);
      }
    }
  }

  @Override
  public List<Post> postsWithComments() {
    List<Post> result = new ArrayList<>(posts.size());
    for (Post row : posts) {
      Post post = copy(row);
      List<Comment> rows = commentsByPost.get(row.getId());
      List<Comment> loaded;
      if (rows == null) {
        loaded = new ArrayList<>();
      } else {
        loaded = new ArrayList<>(rows.size());
        for (Comment comment : rows) {
          loaded.add(copy(comment));
        }
      }
      post.setComments(loaded);
      result.add(post);
    }
    return result;
  }

  @Override
  public List<Comment> commentsWithPost() {
    List<Comment> result = new ArrayList<>(comments.size());
    // One copy of each post per result, shared by its comments, as Relata (and Pinia ORM) do.
    Map<Long, Post> copies = new HashMap<>();
    for (Comment row : comments) {
      Comment comment = copy(row);
      Post post = row.getPostId() == null ? null : postById.get(row.getPostId());
      comment.setPost(post == null ? null : copies.computeIfAbsent(post.getId(), id -> copy(post)));
      result.add(comment);
    }
    return result;
  }

  @Override
  public List<Country> countriesWithPosts() {
    List<Country> result = new ArrayList<>(countries.size());
    for (Country row : countries) {
      Country country = copy(row);
      List<Post> loaded = new ArrayList<>();
      List<User> members = usersByCountry.get(row.getId());
      if (members != null) {
        for (User user : members) {
          List<Post> written = postsByUser.get(user.getId());
          if (written != null) {
            for (Post post : written) {
              loaded.add(copy(post));
            }
          }
        }
      }
      country.setPosts(loaded);
      result.add(country);
    }
    return result;
  }

  @Override
  public List<Post> postsWithNewestComments(int count) {
    List<Post> result = new ArrayList<>(posts.size());
    Comment[] newest = new Comment[count];
    for (Post row : posts) {
      Post post = copy(row);
      List<Comment> rows = commentsByPost.get(row.getId());
      int kept = 0;
      if (rows != null) {
        // Top-k by insertion: strictly newer moves up, so ties keep insertion order.
        for (Comment comment : rows) {
          long time = comment.getCreatedAt();
          if (kept == count && (count == 0 || time <= newest[count - 1].getCreatedAt())) {
            continue;
          }
          int at = kept < count ? kept++ : count - 1;
          while (at > 0 && newest[at - 1].getCreatedAt() < time) {
            newest[at] = newest[at - 1];
            at--;
          }
          newest[at] = comment;
        }
      }
      List<Comment> loaded = new ArrayList<>(kept);
      for (int i = 0; i < kept; i++) {
        loaded.add(copy(newest[i]));
      }
      post.setComments(loaded);
      result.add(post);
    }
    return result;
  }

  @Override
  public List<Post> find(long[] ids) {
    List<Post> found = new ArrayList<>(ids.length);
    for (long id : ids) {
      Post row = postById.get(id);
      if (row != null) {
        found.add(copy(row));
      }
    }
    return found;
  }

  @Override
  public List<Post> postsWithViewsAbove(int views) {
    List<Post> result = new ArrayList<>();
    for (Post row : posts) {
      if (row.getViews() > views) {
        result.add(copy(row));
      }
    }
    return result;
  }

  @Override
  public List<Post> postsOfUsers(long[] userIds) {
    List<Post> found = new ArrayList<>(userIds.length * 10);
    for (long userId : userIds) {
      List<Post> rows = postsByUser.get(userId);
      if (rows != null) {
        for (Post row : rows) {
          found.add(copy(row));
        }
      }
    }
    return found;
  }

  @Override
  public List<Post> postsBySlug(String[] slugs) {
    List<Post> found = new ArrayList<>(slugs.length);
    for (String slug : slugs) {
      Post row = postBySlug.get(slug);
      if (row != null) {
        found.add(copy(row));
      }
    }
    return found;
  }

  @Override
  public List<Post> postsCreatedBetween(long from, long to) {
    List<Post> found = new ArrayList<>();
    for (List<Post> rows : postsByCreatedAt.subMap(from, true, to, true).values()) {
      for (Post row : rows) {
        found.add(copy(row));
      }
    }
    return found;
  }

  @Override
  public List<Post> newestPosts(int count) {
    List<Post> found = new ArrayList<>(count);
    for (List<Post> rows : postsByCreatedAt.descendingMap().values()) {
      for (Post row : rows) {
        if (found.size() == count) {
          return found;
        }
        found.add(copy(row));
      }
    }
    return found;
  }

  @Override
  public void close() {}

  static Country copy(Country c) {
    return new Country(c.getId(), c.getName());
  }

  static User copy(User u) {
    return new User(u.getId(), u.getName(), u.getCountryId());
  }

  static Post copy(Post p) {
    return new Post(
        p.getId(), p.getTitle(), p.getUserId(), p.getSlug(), p.getCreatedAt(), p.getViews());
  }

  static Comment copy(Comment c) {
    return new Comment(c.getId(), c.getPostId(), c.getBody(), c.getCreatedAt());
  }
}
