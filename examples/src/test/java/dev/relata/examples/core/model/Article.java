package dev.relata.examples.core.model;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/** Public fields, an {@code Integer} key. */
@Entity(name = "coreArticles")
public class Article {
  public Integer id;
  public String title;
  public int rank;
  public Long authorId;

  @BelongsTo public Author author;

  @HasMany public List<Note> notes;

  public Article() {}

  public Article(String title, int rank) {
    this.title = title;
    this.rank = rank;
  }

  @Override
  public String toString() {
    return "Article{id="
        + id
        + ", title="
        + title
        + ", rank="
        + rank
        + ", authorId="
        + authorId
        + "}";
  }
}
