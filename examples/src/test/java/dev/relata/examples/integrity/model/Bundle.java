package dev.relata.examples.integrity.model;

import dev.relata.Entity;
import dev.relata.HasManyBy;
import java.util.List;

/** A bundle of tags: a record, so a resolver made from one cannot see its writes in it. */
@Entity(name = "intBundles")
public record Bundle(Long id, String name, List<Long> tagIds, @HasManyBy List<Tag> tags) {

  public static Bundle of(String name, Long... tagIds) {
    return new Bundle(null, name, List.of(tagIds), null);
  }
}
