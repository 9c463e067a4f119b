package dev.relata.internal;

import dev.relata.OnDelete;

/**
 * A relation without a middle entity: one column of the owner matched against one indexed column of
 * the target. Where the key sits names the two sides: on the target for a {@link ChildRelation}, on
 * the owner for a {@link KeyedRelation}.
 *
 * @param <O> the owner entity
 * @param <T> the target entity
 */
public abstract class DirectRelation<O, T> extends Relation<O, T> {
  private final Column<O> ownerColumn;
  private final Column<T> targetColumn;
  private final OnDelete onDelete;

  DirectRelation(
      RelationField<O, T, ?> field,
      Cardinality cardinality,
      Column<O> ownerColumn,
      Column<T> targetColumn,
      OnDelete onDelete) {
    super(field, cardinality);
    this.ownerColumn = ownerColumn;
    this.targetColumn = targetColumn;
    this.onDelete = onDelete;
  }

  /** The column of the owner that the target column is matched against. */
  public final Column<O> ownerColumn() {
    return ownerColumn;
  }

  /** The column of the target, indexed, that the owner column is matched against. */
  public final Column<T> targetColumn() {
    return targetColumn;
  }

  @Override
  public final OnDelete onDelete() {
    return onDelete;
  }

  @Override
  final void register(Registrar registrar) {
    registrar.register(target());
    registrar.index(target(), targetColumn);
  }

  /** Looks up the target rows whose target column equals the owner's column. */
  @Override
  Lookup bind(Tables tables) {
    return new KeyLookup(tables.of(target()), ownerColumn, targetColumn);
  }

  /** The lookup of one owner column against one indexed target column. */
  static final class KeyLookup extends Lookup {
    private final Table<?> target;
    private final Column<Object> ownerColumn;
    private final Column<?> targetColumn;

    @SuppressWarnings("unchecked")
    KeyLookup(Table<?> target, Column<?> ownerColumn, Column<?> targetColumn) {
      super(target);
      this.target = target;
      this.ownerColumn = (Column<Object>) ownerColumn;
      this.targetColumn = targetColumn;
    }

    @Override
    int[] related(Object owner) {
      return target.bucket(targetColumn, ownerColumn.get(owner));
    }

    /** Allocates nothing, even where the target column is the key (a bucket would be new). */
    @Override
    int first(Object owner) {
      return target.firstSlot(targetColumn, ownerColumn.get(owner));
    }
  }
}
