package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import java.time.Instant;

/** A comment: plain non-private fields and a primitive {@code int} key (0 means "not saved"). */
@Entity
public class Comment {
  int id;
  String body;
  Instant createdAt;
  Long postId;
  Long authorId;

  @BelongsTo Post post;

  @BelongsTo User author;

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
