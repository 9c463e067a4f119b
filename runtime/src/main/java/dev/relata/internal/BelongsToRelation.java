package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;

/**
 * {@link dev.relata.BelongsTo}: the target row whose owner key equals this row's foreign key (the
 * first inserted, where the owner key is not the primary key and several match).
 */
public final class BelongsToRelation<O, T> extends KeyedRelation<O, T> {

  /**
   * Generated code creates one per {@code @BelongsTo} field.
   *
   * @param foreignKey the owner's column holding the target's key
   * @param ownerKey the target's column that the foreign key matches
   */
  public BelongsToRelation(
      RelationField<O, T, ? extends T> field, Column<O> foreignKey, Column<T> ownerKey) {
    super(field, Cardinality.ONE, foreignKey, ownerKey, OnDelete.NOTHING);
  }

  @Override
  boolean savedBeforeOwner() {
    return true;
  }

  @Override
  void link(SavedRow owner, List<? extends SavedRow> targets) {
    owner.write(foreignKey(), targets.get(0).value(ownerKey()));
  }
}
