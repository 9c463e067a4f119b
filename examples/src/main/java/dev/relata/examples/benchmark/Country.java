package dev.relata.examples.benchmark;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyThrough;
import java.util.List;

/**
 * A country of the benchmark data: it has many users and, through them, many posts.
 *
 * <p>The benchmark entities are plain classes with private fields and accessors. Relata stores
 * them; the hand-written baseline and the H2 benchmark use the same classes, for which the
 * annotations mean nothing, so that every contender builds and returns the same objects.
 */
@Entity(name = "benchCountries")
public class Country {
  private Long id;
  private String name;

  @HasMany private List<User> users;

  @HasManyThrough(through = User.class)
  private List<Post> posts;

  /** An empty country, for Relata and for copies. */
  public Country() {}

  /** A country with its stored fields. */
  public Country(Long id, String name) {
    this.id = id;
    this.name = name;
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

  public List<User> getUsers() {
    return users;
  }

  public void setUsers(List<User> users) {
    this.users = users;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public void setPosts(List<Post> posts) {
    this.posts = posts;
  }

  @Override
  public String toString() {
    return "Country#" + id + " " + name;
  }
}
