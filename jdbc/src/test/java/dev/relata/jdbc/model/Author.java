package dev.relata.jdbc.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

@Entity
public class Author {
  public Long id;
  public String name;

  @HasMany(onDelete = OnDelete.CASCADE)
  public List<BlogPost> blogPosts;

  public Author() {}

  public Author(String name) {
    this.name = name;
  }
}
