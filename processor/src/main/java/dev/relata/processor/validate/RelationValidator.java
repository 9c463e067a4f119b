package dev.relata.processor.validate;

import dev.relata.processor.model.Container;
import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.Generated;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationKind;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.Schema;
import dev.relata.processor.validate.KeyValidator.Key;
import dev.relata.processor.validate.Message.Phrase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one relation against the entities it names: the shape of its field, its target and {@code
 * through} classes, its keys by the rules of its kind, and its {@code onDelete}.
 */
final class RelationValidator extends Validator {
  private final KeyValidator keys;

  RelationValidator(Elements elements, Types types, KeyValidator keys) {
    super(elements, types);
    this.keys = keys;
  }

  void validate(Schema schema, EntityModel entity, RelationModel relation, Report report) {
    if (relation.unresolved()) {
      return; // javac reports the missing type itself; anything said here would mislead.
    }
    RelationSite site = new RelationSite(entity, relation, report);
    RelationKind kind = relation.kind();
    if (!containers(kind).contains(relation.container())) {
      site.error(
          Message.RELATION_TYPE,
          site.where,
          expectedType(relation),
          display(relation.property().type()));
      return;
    }
    EntityModel target = schema.entity(relation.target());
    if (target == null) {
      site.error(Message.NOT_AN_ENTITY, display(relation.targetType()), "target", site.where);
      return;
    }
    if (!hasMetadata(target, site)) {
      return;
    }
    EntityModel through = null;
    if (kind == RelationKind.HAS_MANY_THROUGH) {
      through = schema.entity(relation.through());
      if (through == null) {
        String name =
            relation.through() != null
                ? relation.through().getQualifiedName().toString()
                : String.valueOf(relation.throughValue());
        site.errorAtThrough(Message.NOT_AN_ENTITY, name, "through class", site.where);
        return;
      }
      if (!hasMetadata(through, site)) {
        return;
      }
    }
    if (target.keyName() == null || (through != null && through.keyName() == null)) {
      return; // The entity without a key has its own error; its keys cannot be resolved.
    }
    switch (kind) {
      case HAS_ONE, HAS_MANY -> hasOneOrMany(site, target);
      case BELONGS_TO -> belongsTo(site, target);
      case HAS_MANY_BY -> hasManyBy(site, target);
      case HAS_MANY_THROUGH -> hasManyThrough(site, through, target);
    }
  }

  private static Set<Container> containers(RelationKind kind) {
    return switch (kind) {
      case HAS_ONE, BELONGS_TO -> EnumSet.of(Container.SINGLE);
      case HAS_MANY -> EnumSet.of(Container.LIST, Container.COLLECTION, Container.SET);
      case HAS_MANY_BY, HAS_MANY_THROUGH -> EnumSet.of(Container.LIST);
    };
  }

  private static String expectedType(RelationModel relation) {
    String target =
        relation.target() != null ? relation.target().getSimpleName().toString() : "Target";
    return switch (relation.kind()) {
      case HAS_ONE, BELONGS_TO -> Phrase.SINGLE_ENTITY.format(target, relation.name());
      case HAS_MANY -> Phrase.ANY_COLLECTION.format(target);
      case HAS_MANY_BY, HAS_MANY_THROUGH -> Phrase.LIST.format(target);
    };
  }

  /** Whether a compiled {@code entity} has its generated metadata, reporting it if not. */
  private boolean hasMetadata(EntityModel entity, RelationSite site) {
    if (!entity.external()) {
      return true;
    }
    String meta = entity.generatedName(Generated.META);
    if (elements.getTypeElement(meta) != null) {
      return true;
    }
    site.error(Message.MISSING_METADATA, entity.qualifiedName(), meta);
    return false;
  }

  private void hasOneOrMany(RelationSite site, EntityModel target) {
    Key local = keys.resolve(site, site.entity, "localKey", KeyValidator.anyKey());
    Key foreign = keys.resolve(site, target, "foreignKey", keys.sameKeyAs(local.field()));
    keys.match(site, foreign, local);
    PropertyModel field = foreign.field();
    RelationModel relation = site.relation;
    if (field == null || !relation.onDelete().equals("SET_NULL")) {
      return;
    }
    String fk = target.simpleName() + "." + field.name();
    if (field.primitive()) {
      site.onDelete(
          Phrase.PRIMITIVE_FOREIGN_KEY.format(fk, field.type()),
          Phrase.OR_DECLARE_BOXED.format(
              onDeleteOptions(relation), fk, display(box(field.type()))));
    } else if (field.equals(target.key())) {
      site.onDelete(
          Phrase.FOREIGN_KEY_IS_PRIMARY.format(fk, target.simpleName()), onDeleteOptions(relation));
    }
  }

  private void belongsTo(RelationSite site, EntityModel target) {
    Key owner = keys.resolve(site, target, "ownerKey", KeyValidator.anyKey());
    Key foreign = keys.resolve(site, site.entity, "foreignKey", keys.sameKeyAs(owner.field()));
    keys.match(site, foreign, owner);
  }

  private void hasManyBy(RelationSite site, EntityModel target) {
    Key owner = keys.resolve(site, target, "ownerKey", KeyValidator.anyKey());
    Key foreign = keys.resolve(site, site.entity, "foreignKey", keys.listOf(owner.field()));
    keys.matchList(site, foreign, owner);
    RelationModel relation = site.relation;
    if (relation.onDeleteValue() != null
        && !relation.kind().onDeleteOptions().contains(relation.onDelete())) {
      site.onDelete(
          Phrase.NO_KEY_TO_CLEAR.format(site.entity.simpleName(), target.simpleName()),
          onDeleteOptions(relation));
    }
  }

  private void hasManyThrough(RelationSite site, EntityModel through, EntityModel target) {
    Key local = keys.resolve(site, site.entity, "localKey", KeyValidator.anyKey());
    Key first = keys.resolve(site, through, "firstKey", keys.sameKeyAs(local.field()));
    keys.match(site, first, local);
    Key secondLocal = keys.resolve(site, through, "secondLocalKey", KeyValidator.anyKey());
    Key second = keys.resolve(site, target, "secondKey", keys.sameKeyAs(secondLocal.field()));
    keys.match(site, second, secondLocal);
  }

  /**
   * The {@code onDelete} values the relation may take instead of the one it has, from the one list
   * that {@link RelationKind#onDeleteOptions()} keeps.
   */
  private static String onDeleteOptions(RelationModel relation) {
    List<String> options = new ArrayList<>(relation.kind().onDeleteOptions());
    options.remove(relation.onDelete());
    return String.join(", ", options);
  }
}
