package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.Id;
import dev.relata.OnDelete;
import java.util.List;

/** A category in a tree: a {@code String} key, a parent and children of its own kind. */
@Entity
public class Category {
  @Id public String slug;
  public String name;
  public String parentSlug;

  @BelongsTo(foreignKey = "parentSlug")
  public Category parent;

  @HasMany(foreignKey = "parentSlug", onDelete = OnDelete.RESTRICT)
  public List<Category> children;

  @HasMany(foreignKey = "categorySlug", onDelete = OnDelete.SET_NULL)
  public List<Post> posts;

  public Category() {}

  public Category(String slug, String name) {
    this.slug = slug;
    this.name = name;
  }

  @Override
  public String toString() {
    return "Category " + slug;
  }
}
