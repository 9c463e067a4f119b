package dev.relata.examples.benchmark;

import dev.relata.BelongsTo;
import dev.relata.Entity;

/** A comment of the benchmark data: belongs to a post. */
@Entity(name = "benchComments")
public class Comment {
  private Long id;
  private Long postId;
  private String body;
  private long createdAt;

  @BelongsTo private Post post;

  /** An empty comment, for Relata and for copies. */
  public Comment() {}

  /** A comment with its stored fields. */
  public Comment(Long id, Long postId, String body, long createdAt) {
    this.id = id;
    this.postId = postId;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPostId() {
    return postId;
  }

  public void setPostId(Long postId) {
    this.postId = postId;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  public Post getPost() {
    return post;
  }

  public void setPost(Post post) {
    this.post = post;
  }

  @Override
  public String toString() {
    return "Comment#" + id + " \"" + body + "\"";
  }
}
