package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.IndexModel;
import dev.relata.processor.model.PropertyModel;
import dev.relata.processor.model.RelationModel;
import dev.relata.processor.model.ValueKind;

/**
 * Checks the {@code @Index}es of one entity: on a stored field that is not the key, and {@code
 * sorted} only where the type is {@code Comparable}. (On a {@code static} or {@code transient}
 * field, {@link PlacementValidator} reports it, as for the other annotations.)
 */
final class IndexValidator {
  void validate(EntityModel entity, Report.Subject report) {
    PropertyModel key = entity.key();
    for (PropertyModel property : entity.properties()) {
      IndexModel index = property.index();
      if (index == null) {
        continue;
      }
      String where = entity.simpleName() + "." + property.name();
      RelationModel relation = entity.relationOf(property);
      if (relation != null) {
        report.add(
            property.field(),
            index.annotation(),
            Message.INDEX_ON_RELATION,
            where,
            "@" + relation.kind().simpleName());
      } else if (property.equals(key)) {
        report.add(property.field(), index.annotation(), Message.INDEX_ON_KEY, where);
      } else if (index.sorted() && property.valueKind() == ValueKind.OTHER) {
        report.add(
            property.field(),
            index.annotation(),
            index.sortedValue(),
            Message.INDEX_NOT_COMPARABLE,
            where,
            Validator.display(property.type()));
      }
    }
  }
}
