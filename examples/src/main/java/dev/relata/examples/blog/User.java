package dev.relata.examples.blog;

import dev.relata.BelongsTo;
import dev.relata.Entity;
import dev.relata.HasMany;
import dev.relata.HasOne;
import dev.relata.Index;
import dev.relata.OnDelete;
import java.util.List;

/** A user: private fields with JavaBean accessors, a {@code Long} key. */
@Entity
public class User {
  private Long id;
  @Index private String name;
  private Integer countryId;

  @HasOne(onDelete = OnDelete.CASCADE)
  private Phone phone;

  @HasMany(onDelete = OnDelete.CASCADE)
  private List<Post> posts;

  @BelongsTo private Country country;

  public User() {}

  public User(String name) {
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

  public Integer getCountryId() {
    return countryId;
  }

  public void setCountryId(Integer countryId) {
    this.countryId = countryId;
  }

  public Phone getPhone() {
    return phone;
  }

  public void setPhone(Phone phone) {
    this.phone = phone;
  }

  public List<Post> getPosts() {
    return posts;
  }

  public void setPosts(List<Post> posts) {
    this.posts = posts;
  }

  public Country getCountry() {
    return country;
  }

  public void setCountry(Country country) {
    this.country = country;
  }

  @Override
  public String toString() {
    return "User#" + id + " " + name;
  }
}
