package dev.relata.processor.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/** The entities of one processing round, and the compiled entities that they refer to. */
public final class Schema {
  private final Map<String, EntityModel> entities;

  /** A schema of {@code entities}, keyed by qualified class name. */
  public Schema(Collection<EntityModel> entities) {
    Map<String, EntityModel> map = new LinkedHashMap<>();
    for (EntityModel entity : entities) {
      map.put(entity.qualifiedName(), entity);
    }
    this.entities = Collections.unmodifiableMap(map);
  }

  /** Every entity, those of this round first, in the order they were found. */
  public Collection<EntityModel> entities() {
    return entities.values();
  }

  /** The entity of {@code element}, or null if it is no entity. */
  public EntityModel entity(TypeElement element) {
    return element == null ? null : entities.get(element.getQualifiedName().toString());
  }
}
