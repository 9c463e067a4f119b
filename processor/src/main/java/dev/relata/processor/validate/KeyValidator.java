package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.KeyAttribute;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.validate.Message.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks keys: an entity's primary key, and the key fields a relation names (that they exist, that
 * their types can match), with the fields that would fit as options.
 */
final class KeyValidator extends Validator {
  KeyValidator(Elements elements, Types types) {
    super(elements, types);
  }

  /** Checks that {@code entity} has exactly one key, of a key type. */
  void validateKey(EntityModel entity, Report.Subject report) {
    List<PropertyModel> ids = entity.idFields();
    if (ids.size() > 1) {
      List<String> names = new ArrayList<>();
      ids.forEach(p -> names.add(p.name()));
      for (PropertyModel id : ids) {
        report.add(
            id.field(),
            id.id(),
            Message.AMBIGUOUS_KEY,
            entity.simpleName(),
            String.join(", ", names),
            String.join(", ", names));
      }
      return;
    }
    PropertyModel key = entity.key();
    if (key == null) {
      atEntity(
          report,
          entity,
          Message.MISSING_KEY,
          entity.simpleName(),
          options(entity, anyKey(), "Long id"));
      return;
    }
    if (key.keyKind() == null) {
      report.add(
          key.field(),
          key.id(),
          Message.KEY_TYPE,
          entity.simpleName() + "." + key.name(),
          Phrase.KEY_OF.format(entity.simpleName()),
          display(key.type()));
    }
  }

  /**
   * A key attribute of a relation, on the entity it names a field of, with that field (or null
   * where there is none).
   */
  record Key(KeyAttribute attribute, EntityModel on, PropertyModel field) {}

  /** The key {@code attribute} names on {@code on}; its field is null after reporting it. */
  Key resolve(RelationSite site, EntityModel on, String attribute, Predicate<PropertyModel> fits) {
    KeyAttribute key = site.relation.key(attribute);
    String name = key.resolve(on.keyName());
    PropertyModel property = site.relation.keyField(attribute, on);
    if (property == null) {
      site.error(
          key,
          Message.UNKNOWN_KEY,
          on.simpleName(),
          name,
          attribute,
          site.where,
          options(on, fits, name));
    }
    return new Key(key, on, property);
  }

  /** Checks that the field of {@code dependent} can hold the values of {@code anchor}'s. */
  void match(RelationSite site, Key dependent, Key anchor) {
    PropertyModel field = dependent.field();
    PropertyModel anchorField = anchor.field();
    if (field == null || anchorField == null) {
      return;
    }
    if (anchorField.keyKind() == null) {
      keyType(site, anchor);
      return;
    }
    if (!types.isSameType(box(field.type()), box(anchorField.type()))) {
      site.error(
          dependent.attribute(),
          Message.KEY_MISMATCH,
          dependent.attribute().attribute(),
          site.where,
          dependent.on().simpleName() + "." + field.name(),
          display(field.type()),
          anchor.on().simpleName() + "." + anchorField.name(),
          display(anchorField.type()),
          change(dependent, display(box(anchorField.type())), sameKeyAs(anchorField)));
    }
  }

  /** Checks that the field of {@code list} is a list of the values of {@code owner}'s. */
  void matchList(RelationSite site, Key list, Key owner) {
    PropertyModel field = list.field();
    PropertyModel ownerField = owner.field();
    if (field == null || ownerField == null) {
      return;
    }
    String element = display(box(ownerField.type()));
    if (ownerField.keyKind() == null) {
      keyType(site, owner);
    } else if (!isListOf(field.type(), ownerField.type())) {
      site.error(
          list.attribute(),
          Message.KEY_LIST_TYPE,
          site.where,
          element,
          owner.on().simpleName(),
          list.on().simpleName() + "." + field.name(),
          display(field.type()),
          change(list, Phrase.LIST.format(element), listOf(ownerField)));
    }
  }

  /**
   * The options for a key field of the wrong type: change it to {@code type}, or name another field
   * that {@code fits}.
   */
  private static String change(Key key, String type, Predicate<PropertyModel> fits) {
    String change =
        Phrase.CHANGE_FIELD.format(key.on().simpleName() + "." + key.field().name(), type);
    List<String> others = fitting(key.on(), fits);
    if (others.isEmpty()) {
      return change;
    }
    return Phrase.OR_USE_ANOTHER.format(
        change, key.attribute().attribute(), String.join(", ", others));
  }

  private void keyType(RelationSite site, Key key) {
    site.error(
        key.attribute(),
        Message.KEY_TYPE,
        key.on().simpleName() + "." + key.field().name(),
        Phrase.KEY_ATTRIBUTE_OF.format(key.attribute().attribute(), site.where),
        display(key.field().type()));
  }

  /** Fits a field that can be a key. */
  static Predicate<PropertyModel> anyKey() {
    return p -> p.keyKind() != null;
  }

  /** Fits a field that can hold the values of {@code anchor} (any key where it is none). */
  Predicate<PropertyModel> sameKeyAs(PropertyModel anchor) {
    if (anchor == null || anchor.keyKind() == null) {
      return anyKey();
    }
    return p -> types.isSameType(box(p.type()), box(anchor.type()));
  }

  /** Fits a list of the values of {@code owner} (anything where it is unknown). */
  Predicate<PropertyModel> listOf(PropertyModel owner) {
    return p -> owner == null || isListOf(p.type(), owner.type());
  }

  private boolean isListOf(TypeMirror list, TypeMirror element) {
    if (list.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) list;
    return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
        && declared.getTypeArguments().size() == 1
        && types.isSameType(declared.getTypeArguments().get(0), box(element));
  }
}
