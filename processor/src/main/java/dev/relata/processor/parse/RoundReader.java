package dev.relata.processor.parse;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Reads the entities of one round into a {@link Schema}: the round's entities parsed, with the
 * compiled entities their relations name. An entity that refers to a type that does not exist yet
 * (another processor may generate it) waits for a later round, and so does every entity whose
 * relations reach a waiting one; in the last round nothing waits, and such entities are only
 * validated, never generated.
 */
public final class RoundReader {

  /**
   * What a round reads.
   *
   * @param schema the round's entities and the compiled entities they name
   * @param entities the round's entities, in the order found
   * @param waiting the entities (qualified names) that wait for a later round
   * @param unresolved the entities of the last round whose types never came
   */
  public record Result(
      Schema schema, List<EntityModel> entities, Set<String> waiting, Set<String> unresolved) {}

  /** A failure while reading {@code element}, so that it can be reported there. */
  public static final class ReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TypeElement element;

    ReadException(TypeElement element, RuntimeException cause) {
      super(cause);
      this.element = element;
    }

    /** The entity being read. */
    public TypeElement element() {
      return element;
    }
  }

  private final EntityParser parser;

  /** A reader that parses with {@code parser}. */
  public RoundReader(EntityParser parser) {
    this.parser = parser;
  }

  /** Reads {@code entities}; {@code lastRound} says whether waiting is still possible. */
  public Result read(List<TypeElement> entities, boolean lastRound) {
    Set<String> waiting = new LinkedHashSet<>();
    Set<String> unresolved = new LinkedHashSet<>();
    Map<String, EntityModel> models = new LinkedHashMap<>();
    for (TypeElement entity : entities) {
      String name = entity.getQualifiedName().toString();
      try {
        if (parser.hasUnresolvedTypes(entity)) {
          if (!lastRound) {
            waiting.add(name);
            continue;
          }
          unresolved.add(name); // javac reports the missing types; the rest is still checked
        }
        models.put(name, parser.parse(entity, false));
      } catch (RuntimeException e) {
        throw new ReadException(entity, e);
      }
    }
    waitForReached(models, waiting);
    return new Result(
        new Schema(withTargets(models)), List.copyOf(models.values()), waiting, unresolved);
  }

  /** Moves entities whose relations reach a waiting entity to the waiting ones too. */
  private static void waitForReached(Map<String, EntityModel> models, Set<String> waiting) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (EntityModel model : new ArrayList<>(models.values())) {
        for (RelationModel relation : model.relations()) {
          if (named(waiting, relation.target()) || named(waiting, relation.through())) {
            models.remove(model.qualifiedName());
            waiting.add(model.qualifiedName());
            changed = true;
            break;
          }
        }
      }
    }
  }

  private static boolean named(Set<String> names, TypeElement type) {
    return type != null && names.contains(type.getQualifiedName().toString());
  }

  /** The round's entities, with the entities their relations name from elsewhere. */
  private List<EntityModel> withTargets(Map<String, EntityModel> models) {
    Map<String, EntityModel> all = new LinkedHashMap<>(models);
    for (EntityModel model : models.values()) {
      for (RelationModel relation : model.relations()) {
        for (TypeElement type : new TypeElement[] {relation.target(), relation.through()}) {
          if (type != null
              && EntityParser.isEntity(type)
              && !all.containsKey(type.getQualifiedName().toString())) {
            try {
              all.put(type.getQualifiedName().toString(), parser.parse(type, true));
            } catch (RuntimeException e) {
              throw new ReadException(type, e);
            }
          }
        }
      }
    }
    return new ArrayList<>(all.values());
  }
}
