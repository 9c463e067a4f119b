package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.KeyAttribute;
import dev.relata.processor.model.PropertyModel;
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
      report.add(
          entity.element(),
          entity.annotation(),
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
          "the key of " + entity.simpleName(),
          display(key.type()));
    }
  }

  /** The stored field of {@code on} that {@code key} names, or null after reporting it. */
  PropertyModel resolve(
      RelationSite site, EntityModel on, KeyAttribute key, Predicate<PropertyModel> fits) {
    String name = key.resolve(on.keyName());
    PropertyModel property = site.relation.keyField(key.attribute(), on);
    if (property == null) {
      site.error(
          key,
          Message.UNKNOWN_KEY,
          on.simpleName(),
          name,
          key.attribute(),
          site.where,
          options(on, fits, name));
    }
    return property;
  }

  /**
   * Checks that {@code dependent} (on {@code d}, named by {@code key}) can hold the values of
   * {@code anchor} (on {@code a}, named by {@code anchorKey}).
   */
  void match(
      RelationSite site,
      KeyAttribute key,
      EntityModel d,
      PropertyModel dependent,
      KeyAttribute anchorKey,
      EntityModel a,
      PropertyModel anchor) {
    if (dependent == null || anchor == null) {
      return;
    }
    if (anchor.keyKind() == null) {
      keyType(site, anchorKey, a, anchor);
      return;
    }
    if (!types.isSameType(box(dependent.type()), box(anchor.type()))) {
      site.error(
          key,
          Message.KEY_MISMATCH,
          key.attribute(),
          site.where,
          d.simpleName() + "." + dependent.name(),
          display(dependent.type()),
          a.simpleName() + "." + anchor.name(),
          display(anchor.type()),
          options(d, sameKeyAs(anchor), display(box(anchor.type())) + " " + dependent.name()));
    }
  }

  /**
   * Checks that {@code foreign}, named by {@code key} on {@code entity}, is a list of the keys that
   * {@code owner} on {@code target} holds.
   */
  void matchList(
      RelationSite site,
      KeyAttribute key,
      EntityModel entity,
      PropertyModel foreign,
      KeyAttribute ownerKey,
      EntityModel target,
      PropertyModel owner) {
    if (owner == null || foreign == null) {
      return;
    }
    if (owner.keyKind() == null) {
      keyType(site, ownerKey, target, owner);
    } else if (!isListOf(foreign.type(), owner.type())) {
      site.error(
          key,
          Message.KEY_LIST_TYPE,
          site.where,
          display(box(owner.type())),
          target.simpleName(),
          entity.simpleName() + "." + foreign.name(),
          display(foreign.type()),
          options(
              entity,
              listOf(owner),
              "List<" + display(box(owner.type())) + "> " + key.resolve(null)));
    }
  }

  private void keyType(RelationSite site, KeyAttribute key, EntityModel on, PropertyModel p) {
    site.error(
        key,
        Message.KEY_TYPE,
        on.simpleName() + "." + p.name(),
        "the " + key.attribute() + " of " + site.where,
        display(p.type()));
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
