package dev.relata.examples.core.model;

import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import java.util.List;

/** Private fields with JavaBean accessors, a {@code Long} key, a list held in a field. */
@Entity(name = "coreAuthors")
public class Author {
  private Long id;
  private String name;
  private List<String> tags;

  @HasMany private List<Article> articles;

  @HasOne private Profile profile;

  @HasMany private List<Gadget> gadgets;

  public Author() {}

  public Author(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  public List<Article> getArticles() {
    return articles;
  }

  public void setArticles(List<Article> articles) {
    this.articles = articles;
  }

  public Profile getProfile() {
    return profile;
  }

  public void setProfile(Profile profile) {
    this.profile = profile;
  }

  public List<Gadget> getGadgets() {
    return gadgets;
  }

  public void setGadgets(List<Gadget> gadgets) {
    this.gadgets = gadgets;
  }

  @Override
  public String toString() {
    return "Author{id=" + id + ", name=" + name + ", tags=" + tags + "}";
  }
}
