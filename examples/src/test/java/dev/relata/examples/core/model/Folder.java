package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import java.util.List;

/** Non-private fields, a primitive {@code long} key, a tree of its own kind. */
@Entity(name = "coreFolders")
public class Folder {
  long id;
  String name;
  Long parentId;

  @BelongsTo(foreignKey = "parentId")
  Folder parent;

  @HasMany(foreignKey = "parentId")
  List<Folder> children;

  /** The first child inserted: a {@code @HasOne} over the same key as {@link #children}. */
  @HasOne(foreignKey = "parentId")
  Folder firstChild;

  public Folder() {}

  public Folder(String name) {
    this.name = name;
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Folder{id=" + id + ", name=" + name + ", parentId=" + parentId + "}";
  }
}
