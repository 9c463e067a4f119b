package dev.relata.examples.transactions.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

/** A topic whose replies go with it: public fields, a Long key. */
@Entity(name = "txTopics")
public class Topic {
  public Long id;
  public String title;

  @HasMany(onDelete = OnDelete.CASCADE)
  public List<Reply> replies;

  public Topic() {}

  public Topic(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "Topic#" + id + " " + title;
  }
}
