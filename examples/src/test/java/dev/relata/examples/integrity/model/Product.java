package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyBy;
import java.util.ArrayList;
import java.util.List;

/** A product: public fields, a {@code Long} key, tags listed by key, and order lines. */
@Entity(name = "intProducts")
public class Product {
  public Long id;
  public String name;
  public List<Long> tagIds;

  @HasManyBy public List<Tag> tags;

  @HasMany public List<Line> lines;

  public Product() {}

  public Product(String name, Long... tagIds) {
    this.name = name;
    this.tagIds = new ArrayList<>(List.of(tagIds));
  }

  @Override
  public String toString() {
    return "Product#" + id + " " + name + " " + tagIds;
  }
}
