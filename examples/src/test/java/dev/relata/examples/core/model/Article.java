package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/** Non-private fields, an {@code Integer} key. */
@Entity(name = "coreArticles")
public class Article {
  Integer id;
  String title;
  int rank;
  Long authorId;

  @BelongsTo Author author;

  @HasMany List<Note> notes;

  public Article() {}

  public Article(String title, int rank) {
    this.title = title;
    this.rank = rank;
  }

  public Integer id() {
    return id;
  }

  public String title() {
    return title;
  }

  public int rank() {
    return rank;
  }

  public Long authorId() {
    return authorId;
  }

  public Author author() {
    return author;
  }

  public List<Note> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return "Article{id=" + id + ", title=" + title + ", rank=" + rank + ", authorId=" + authorId
        + "}";
  }
}
