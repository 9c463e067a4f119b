package dev.relata.processor.validate;

import dev.relata.processor.model.EntityModel;
import dev.relata.processor.model.KeyAttribute;
import dev.relata.processor.model.RelationModel;

/** Where a relation's errors go, and how they name it: {@code @HasMany Post.comments}. */
final class RelationSite {
  final EntityModel entity;
  final RelationModel relation;
  final String where;
  private final Report.Subject report;

  RelationSite(EntityModel entity, RelationModel relation, Report report) {
    this.entity = entity;
    this.relation = relation;
    this.report = report.about(entity.element());
    this.where =
        "@" + relation.kind().simpleName() + " " + entity.simpleName() + "." + relation.name();
  }

  /** Reports at the relation's field and annotation. */
  void error(Message message, Object... args) {
    report.add(relation.property().field(), relation.annotation(), message, args);
  }

  /** Reports at {@code key}'s value, or at the annotation where the key is left to default. */
  void error(KeyAttribute key, Message message, Object... args) {
    report.add(relation.property().field(), relation.annotation(), key.value(), message, args);
  }

  /** Reports at the {@code through} class. */
  void errorAtThrough(Message message, Object... args) {
    report.add(
        relation.property().field(), relation.annotation(), relation.throughValue(), message, args);
  }

  /** Reports that {@code onDelete} cannot be what it is here, and why. */
  void onDelete(String why, String options) {
    report.add(
        relation.property().field(),
        relation.annotation(),
        relation.onDeleteValue(),
        Message.ON_DELETE,
        relation.onDelete(),
        where,
        why,
        options);
  }
}
