package dev.relata.processor.validate;

import dev.relata.processor.model.AnnotatedField;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.Schema;
import dev.relata.processor.validate.Message.Phrase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a whole {@link Schema}: runs the validators of each kind of rule (placement, entity, key,
 * relation) over every entity of the round, and checks what concerns several entities: two that
 * generate one type, or share one name. It reports into a {@link Report} and never writes code.
 */
public final class SchemaValidator {
  private final PlacementValidator placements = new PlacementValidator();
  private final IndexValidator indexes = new IndexValidator();
  private final EntityValidator entities;
  private final KeyValidator keys;
  private final RelationValidator relations;

  /** A validator that looks types up through javac's {@code elements} and {@code types}. */
  public SchemaValidator(Elements elements, Types types) {
    this.entities = new EntityValidator(elements, types);
    this.keys = new KeyValidator(elements, types);
    this.relations = new RelationValidator(elements, types, keys);
  }

  /** Checks that the key and relation annotations of {@code fields} stand where they work. */
  public void checkPlacements(List<AnnotatedField> fields, Report report) {
    placements.validate(fields, report);
  }

  /**
   * Validates the entities of {@code schema} that are not external.
   *
   * @param earlierNames entity names of earlier rounds, by name the qualified class that holds it
   */
  public void validate(Schema schema, Map<String, String> earlierNames, Report report) {
    Map<String, EntityModel> byGeneratedName = new HashMap<>();
    for (EntityModel entity : schema.entities()) {
      if (entity.external()) {
        continue;
      }
      EntityModel other = byGeneratedName.putIfAbsent(entity.generatedName(""), entity);
      if (other != null) {
        typeClash(report, entity, other);
        typeClash(report, other, entity);
      }
    }
    for (EntityModel entity : schema.entities()) {
      if (!entity.external()) {
        validateEntity(schema, entity, report);
      }
    }
    Map<String, EntityModel> byName = new HashMap<>();
    for (EntityModel entity : schema.entities()) {
      String earlier = earlierNames.get(entity.entityName());
      if (!entity.external() && earlier != null && !earlier.equals(entity.qualifiedName())) {
        duplicateName(report, entity, earlier);
      }
      EntityModel other = byName.putIfAbsent(entity.entityName(), entity);
      if (other != null) {
        if (!entity.external()) {
          duplicateName(report, entity, other.qualifiedName());
        }
        if (!other.external()) {
          duplicateName(report, other, entity.qualifiedName());
        }
      }
    }
  }

  private void validateEntity(Schema schema, EntityModel entity, Report report) {
    Report.Subject about = report.about(entity.element());
    if (!entities.validateDeclaration(entity, about)) {
      return; // An interface or enum has no fields to judge.
    }
    keys.validateKey(entity, about);
    entities.validateAccess(entity, about);
    if (entity.instantiationProblems().isEmpty()) {
      entities.validateValues(schema, entity, about);
    }
    indexes.validate(entity, about);
    entities.validateRelationNames(entity, about);
    for (RelationModel relation : entity.relations()) {
      // A field with conflicting annotations has its one error; its relation is not judged.
      if (EntityValidator.annotationsOn(entity, relation.property()) == 1
          && relation.property().id() == null) {
        relations.validate(schema, entity, relation, report);
      }
    }
    entities.validateGeneratedTypes(entity, about);
    JsonNames.validate(entity, about);
  }

  private static void typeClash(Report report, EntityModel entity, EntityModel other) {
    Validator.atEntity(
        report.about(entity.element()),
        entity,
        Message.TYPE_CLASH,
        entity.qualifiedName(),
        entity.generatedName(Generated.REPOSITORY),
        Phrase.GENERATED_TOO.format(other.qualifiedName()));
  }

  private static void duplicateName(Report report, EntityModel entity, String other) {
    report
        .about(entity.element())
        .add(
            entity.element(),
            entity.annotation(),
            entity.entityNameValue(),
            Message.DUPLICATE_NAME,
            entity.entityName(),
            entity.qualifiedName(),
            other);
  }
}
