package dev.relata.examples.blog;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyThrough;
import java.util.List;

/** A country: an {@code Integer} key; its posts are reached through its users. */
@Entity
public class Country {
  public Integer id;
  public String name;

  @HasMany public List<User> users;

  @HasManyThrough(through = User.class)
  public List<Post> posts;

  public Country() {}

  public Country(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Country#" + id + " " + name;
  }
}
