package dev.relata.examples.benchmark;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Index;
import java.util.List;

/**
 * A post of the benchmark data: written by a user, has many comments; found by its unique slug, and
 * by ranges and pages of its creation time.
 */
@Entity(name = "benchPosts")
public class Post {
  private Long id;
  private String title;
  private Long userId;

  @Index(unique = true)
  private String slug;

  @Index(sorted = true)
  private long createdAt;

  private int views;

  @HasMany private List<Comment> comments;

  /** An empty post, for Relata and for copies. */
  public Post() {}

  /** A post with its stored fields. */
  public Post(Long id, String title, Long userId, String slug, long createdAt, int views) {
    this.id = id;
    this.title = title;
    this.userId = userId;
    this.slug = slug;
    this.createdAt = createdAt;
    this.views = views;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public int getViews() {
    return views;
  }

  public void setViews(int views) {
    this.views = views;
  }

  public List<Comment> getComments() {
    return comments;
  }

  public void setComments(List<Comment> comments) {
    this.comments = comments;
  }

  @Override
  public String toString() {
    return "Post#" + id + " \"" + title + "\"";
  }
}
