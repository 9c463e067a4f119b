package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.OnDelete;
import java.util.List;

/** An article, the far end: a record with a {@code Long} key and remarks of its own. */
@Entity(name = "relArticles")
public record Article(
    Long id,
    String title,
    int stars,
    Long citizenId,
    String authorHandle,
    @HasMany(onDelete = OnDelete.CASCADE) List<Remark> remarks) {

  /** An article with an explicit key, by citizen {@code citizenId} and handle {@code handle}. */
  public static Article of(long id, String title, int stars, Long citizenId, String handle) {
    return new Article(id, title, stars, citizenId, handle, null);
  }
}
