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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A post of the benchmark data, as a JPA entity for Hibernate, with the same indexes as H2's. */
@Entity
@Table(
    name = "posts",
    indexes = {
      @Index(columnList = "user_id"),
      @Index(columnList = "slug", unique = true),
      @Index(columnList = "created_at")
    })
public class JpaPost {
  @Id public Long id;
  public String title;

  @Column(name = "user_id")
  public Long userId;

  public String slug;

  @Column(name = "created_at")
  public long createdAt;

  public int views;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(
      name = "user_id",
      insertable = false,
      updatable = false,
      foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  public JpaUser user;

  @OneToMany(mappedBy = "post")
  @OrderBy("id")
  public List<JpaComment> comments;

  protected JpaPost() {}

  public JpaPost(Long id, String title, Long userId, String slug, long createdAt, int views) {
    this.id = id;
    this.title = title;
    this.userId = userId;
    this.slug = slug;
    this.createdAt = createdAt;
    this.views = views;
  }
}
