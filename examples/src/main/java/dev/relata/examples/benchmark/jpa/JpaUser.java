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

/** A user of the benchmark data, as a JPA entity for Hibernate. */
@Entity
@Table(name = "users", indexes = @Index(columnList = "country_id"))
public class JpaUser {
  @Id public Long id;
  public String name;

  @Column(name = "country_id")
  public Long countryId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(
      name = "country_id",
      insertable = false,
      updatable = false,
      foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  public JpaCountry country;

  @OneToMany(mappedBy = "user")
  @OrderBy("id")
  public List<JpaPost> posts;

  protected JpaUser() {}

  public JpaUser(Long id, String name, Long countryId) {
    this.id = id;
    this.name = name;
    this.countryId = countryId;
  }
}
