package dev.relata.examples.benchmark;

import dev.relata.Entity;
import dev.relata.HasMany;
import java.util.List;

/**
 * A parent of {@link AdversarialKeysBenchmark}: its {@code code}, not its key, is what the foreign
 * key of {@link Owned} holds, so that the foreign-key index can be flooded alone.
 */
@Entity(name = "floodOwners")
public class Owner {
  private Long id;
  private String code;

  @HasMany(foreignKey = "ownerCode", localKey = "code")
  private List<Owned> owned;

  /** An empty owner, for Relata. */
  public Owner() {}

  /** An owner with its fields. */
  public Owner(Long id, String code) {
    this.id = id;
    this.code = code;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<Owned> getOwned() {
    return owned;
  }

  public void setOwned(List<Owned> owned) {
    this.owned = owned;
  }
}
