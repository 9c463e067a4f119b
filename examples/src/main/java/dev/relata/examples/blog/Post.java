package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Index;
import dev.relata.OnDelete;
import java.time.Instant;
import java.util.List;

/** A post: private fields with accessors, a {@code Long} key, relations both ways. */
@Entity
public class Post {
  private Long id;
  private String title;

  /** Sorted: ranges of dates and "newest first" pages read the index. */
  @Index(sorted = true)
  private Instant publishedAt;

  private Long userId;
  private String categorySlug;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Comment> comments;

  @BelongsTo private User user;

  @BelongsTo(foreignKey = "categorySlug")
  private Category category;

  public Post() {}

  public Post(String title) {
    this.title = title;
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

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public void setPublishedAt(Instant publishedAt) {
    this.publishedAt = publishedAt;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getCategorySlug() {
    return categorySlug;
  }

  public void setCategorySlug(String categorySlug) {
    this.categorySlug = categorySlug;
  }

  public List<Comment> getComments() {
    return comments;
  }

  public void setComments(List<Comment> comments) {
    this.comments = comments;
  }

  public User getUser() {
    return user;
  }

  public void setUser(User user) {
    this.user = user;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  @Override
  public String toString() {
    return "Post#" + id + " \"" + title + "\"";
  }
}
