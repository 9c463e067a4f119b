package dev.relata.examples.relations.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasManyThrough;
import java.util.List;

/**
 * A nation: non-private fields, an {@code Integer} key; its articles are reached through its
 * citizens, once by the default keys and once by codes and handles (every key custom).
 */
@Entity(name = "relNations")
public class Nation {
  public Integer id;
  public String name;
  public String code;

  @HasMany public List<Citizen> citizens;

  @HasManyThrough(through = Citizen.class)
  public List<Article> articles;

  @HasManyThrough(
      through = Citizen.class,
      firstKey = "nationCode",
      secondKey = "authorHandle",
      localKey = "code",
      secondLocalKey = "handle")
  public List<Article> articlesByCode;

  public Nation() {}

  public Nation(Integer id, String name, String code) {
    this.id = id;
    this.name = name;
    this.code = code;
  }

  @Override
  public String toString() {
    return "Nation#" + id + " " + name + " " + code;
  }
}
