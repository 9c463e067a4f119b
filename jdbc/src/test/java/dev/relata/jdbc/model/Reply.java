package dev.relata.jdbc.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;

@Entity
public class Reply {
  public Long id;
  public Long blogPostId;
  public String body;

  @BelongsTo public BlogPost blogPost;

  public Reply() {}

  public Reply(String body) {
    this.body = body;
  }
}
