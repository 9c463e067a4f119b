package dev.relata.examples.benchmark.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A country of the benchmark data, as a JPA entity for Hibernate. */
@Entity
@Table(name = "countries")
public class JpaCountry {
  @Id public Long id;
  public String name;

  @OneToMany(mappedBy = "country")
  @OrderBy("id")
  public List<JpaUser> users;

  protected JpaCountry() {}

  public JpaCountry(Long id, String name) {
    this.id = id;
    this.name = name;
  }
}
