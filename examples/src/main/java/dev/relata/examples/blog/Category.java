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
  @Id String slug;
  String name;
  String parentSlug;

  @BelongsTo(foreignKey = "parentSlug")
  Category parent;

  @HasMany(foreignKey = "parentSlug", onDelete = OnDelete.RESTRICT)
  List<Category> children;

  @HasMany(foreignKey = "categorySlug", onDelete = OnDelete.SET_NULL)
  List<Post> posts;

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
