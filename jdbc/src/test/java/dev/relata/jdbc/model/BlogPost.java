package dev.relata.jdbc.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Index;
import dev.relata.OnDelete;
import java.time.Instant;
import java.util.List;

@Entity
public class BlogPost {
  public Long id;
  public String title;
  public Long authorId;

  @Index(sorted = true)
  public int views;

  @Index(unique = true)
  public String slug;

  public Instant publishedAt;
  public List<String> tags;

  @BelongsTo public Author author;

  @HasMany(onDelete = OnDelete.SET_NULL)
  public List<Reply> replies;

  public BlogPost() {}

  public BlogPost(String title, int views) {
    this.title = title;
    this.views = views;
  }
}
