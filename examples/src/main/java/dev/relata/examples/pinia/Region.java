package dev.relata.examples.pinia;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyThrough;
import dev.relata.HasOne;
import dev.relata.examples.blog.Post;
import dev.relata.examples.blog.User;
import java.util.List;

/**
 * A region of the Pinia ORM comparison: its relations start from {@code countryId}, a local key
 * that may be {@code null}. The example entities relate through their primary keys only, which are
 * never null, so this is the one entity that can show how each ORM treats a null local key.
 */
@Entity(name = "compareRegions")
public class Region {
  public Long id;
  public String name;
  public Integer countryId;

  @HasMany(foreignKey = "countryId", localKey = "countryId")
  public List<User> users;

  @HasOne(foreignKey = "countryId", localKey = "countryId")
  public User firstUser;

  @HasManyThrough(
      through = User.class,
      firstKey = "countryId",
      secondKey = "userId",
      localKey = "countryId")
  public List<Post> posts;

  public Region() {}

  public Region(Long id, String name, Integer countryId) {
    this.id = id;
    this.name = name;
    this.countryId = countryId;
  }
}
