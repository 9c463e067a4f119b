package dev.relata.examples.benchmark;

import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/** A user of the benchmark data: lives in a country, has many posts. */
@Entity(name = "benchUsers")
public class User {
  private Long id;
  private String name;
  private Long countryId;

  @HasMany private List<Post> posts;

  /** An empty user, for Relata and for copies. */
  public User() {}

  /** A user with its stored fields. */
  public User(Long id, String name, Long countryId) {
    this.id = id;
    this.name = name;
    this.countryId = countryId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public void setPosts(List<Post> posts) {
    this.posts = posts;
  }

  @Override
  public String toString() {
    return "User#" + id + " " + name;
  }
}
