package dev.relata.examples.benchmark.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comment of the benchmark data, as a JPA entity for Hibernate. */
@Entity
@Table(name = "comments", indexes = @Index(columnList = "post_id"))
public class JpaComment {
  @Id public Long id;

  @Column(name = "post_id")
  public Long postId;

  public String body;

  @Column(name = "created_at")
  public long createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(
      name = "post_id",
      insertable = false,
      updatable = false,
      foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  public JpaPost post;

  protected JpaComment() {}

  public JpaComment(Long id, Long postId, String body, long createdAt) {
    this.id = id;
    this.postId = postId;
    this.body = body;
    this.createdAt = createdAt;
  }
}
