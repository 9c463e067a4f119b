package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import java.time.Instant;

/** A comment: plain non-private fields and a primitive {@code int} key (0 means "not saved"). */
@Entity
public class Comment {
  public int id;
  public String body;
  public Instant createdAt;
  public Long postId;
  public Long authorId;

  @BelongsTo public Post post;

  @BelongsTo public User author;

  public Comment() {}

  public Comment(String body, Instant createdAt) {
    this.body = body;
    this.createdAt = createdAt;
  }

  @Override
  public String toString() {
    return "Comment#" + id + " \"" + body + "\"";
  }
}
