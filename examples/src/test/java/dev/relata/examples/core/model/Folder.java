package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import java.util.List;

/** Public fields, a primitive {@code long} key, a tree of its own kind. */
@Entity(name = "coreFolders")
public class Folder {
  public long id;
  public String name;
  public Long parentId;

  @BelongsTo(foreignKey = "parentId")
  public Folder parent;

  @HasMany(foreignKey = "parentId")
  public List<Folder> children;

  /** The first child inserted: a {@code @HasOne} over the same key as {@link #children}. */
  @HasOne(foreignKey = "parentId")
  public Folder firstChild;

  public Folder() {}

  public Folder(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "Folder{id=" + id + ", name=" + name + ", parentId=" + parentId + "}";
  }
}
