package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.JsonField;
import dev.relata.processor.model.PropertyModel;
import java.util.HashMap;
import java.util.Map;

/** Checks that the fields of an entity that appear in JSON have distinct member names. */
final class JsonNames {
  private JsonNames() {}

  /** Reports every field whose JSON name an earlier field has already. */
  static void validate(EntityModel entity, Report.Subject report) {
    Map<String, PropertyModel> byName = new HashMap<>();
    for (PropertyModel property : entity.properties()) {
      JsonField json = property.json();
      if (json.ignored()) {
        continue;
      }
      PropertyModel other = byName.putIfAbsent(json.name(), property);
      if (other != null) {
        report.add(
            property.field(),
            json.property(),
            json.nameValue(),
            Message.JSON_NAME,
            entity.simpleName() + "." + other.name(),
            entity.simpleName() + "." + property.name(),
            json.name());
      }
    }
  }
}
