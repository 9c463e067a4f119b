package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;

/**
 * A relation of an owner entity to a target entity, as generated from its annotation. Each kind
 * knows which keys it reads ({@link #register}), how it finds the related rows of an owner through
 * the indexes ({@link #bind}), and how a nested save writes keys between owner and targets ({@link
 * #link}); the query, save and delete engines work on that alone.
 *
 * @param <O> the owner entity
 * @param <T> the target entity
 */
public abstract class Relation<O, T> {
  /** How many target rows the field of a relation holds. */
  enum Cardinality {
    /** One row, or {@code null}: {@code @HasOne} and {@code @BelongsTo}. */
    ONE,
    /** A collection of rows: {@code @HasMany}, {@code @HasManyBy} and {@code @HasManyThrough}. */
    MANY
  }

  private final RelationField<O, T, ?> field;
  private final Cardinality cardinality;

  Relation(RelationField<O, T, ?> field, Cardinality cardinality) {
    this.field = field;
    this.cardinality = cardinality;
  }

  /** The field name. */
  public final String name() {
    return field.name();
  }

  /** The position among the owner's relations. */
  public final int ordinal() {
    return field.ordinal();
  }

  /** The entity that declares the relation. */
  public final EntityType<O, ?> owner() {
    return field.owner();
  }

  /** The related entity. */
  public final EntityType<T, ?> target() {
    return field.target();
  }

  /** What deleting an owner does to its related rows. */
  public OnDelete onDelete() {
    return OnDelete.NOTHING;
  }

  /** Whether the field holds a collection. */
  public final boolean toMany() {
    return cardinality == Cardinality.MANY;
  }

  /**
   * The relation value an owner instance carries ({@code null}: not loaded); runs the entity's
   * getter, if it has one.
   */
  public final Object valueOf(O entity) {
    return field.getter().apply(entity);
  }

  /**
   * Sets the relation field of {@code entity}; returns {@code entity} itself, or for a record a new
   * instance.
   */
  public final O withValue(O entity, Object value) {
    return field.setter().apply(entity, value);
  }

  /** Registers the tables and the key indexes that this relation reads. */
  abstract void register(Registrar registrar);

  /** Binds the relation to {@code tables} for one operation. */
  abstract Lookup bind(Tables tables);

  /**
   * Writes the keys that tie {@code owner} to {@code targets} in a nested save: into the targets'
   * foreign keys, or the owner's, depending on the kind.
   */
  abstract void link(SavedRow owner, List<? extends SavedRow> targets);

  /**
   * Whether a nested save saves the target before the owner, because the owner holds the target's
   * key ({@link dev.relata.BelongsTo}); other targets are saved after their owner.
   */
  boolean savedBeforeOwner() {
    return false;
  }

  /**
   * The field value for loaded targets: the list itself for to-many, the first or null for to-one.
   */
  public Object container(List<Object> loaded) {
    if (cardinality == Cardinality.MANY) {
      return loaded;
    }
    return loaded.isEmpty() ? null : loaded.get(0);
  }

  /**
   * The related rows of one owner, found through the indexes: a relation bound to the tables of one
   * database for one operation.
   */
  abstract static class Lookup {
    private final Table<?> table;

    Lookup(Table<?> table) {
      this.table = table;
    }

    /** The table of the related rows. */
    final Table<?> table() {
      return table;
    }

    /**
     * The slots of the rows related to {@code owner}, in relation order, as a bucket: element 0 is
     * the count. The array may belong to an index: read it, never change or keep it.
     */
    abstract int[] related(Object owner);

    /** The first related slot (lowest, so first inserted), or -1. */
    int first(Object owner) {
      int[] related = related(owner);
      return related[0] == 0 ? -1 : related[1];
    }
  }

  @Override
  public String toString() {
    return owner().javaType().getSimpleName() + "." + name();
  }
}
