package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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
  private final String name;
  private final int ordinal;
  private final EntityType<O, ?> owner;
  private final EntityType<T, ?> target;
  private final Function<? super O, ?> getter;
  private final BiFunction<O, Object, O> setter;

  Relation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      EntityType<T, ?> target,
      Function<? super O, ?> getter,
      BiFunction<O, Object, O> setter) {
    this.name = name;
    this.ordinal = ordinal;
    this.owner = owner;
    this.target = target;
    this.getter = getter;
    this.setter = setter;
  }

  /** The field name. */
  public final String name() {
    return name;
  }

  /** The position among the owner's relations. */
  public final int ordinal() {
    return ordinal;
  }

  /** The entity that declares the relation. */
  public final EntityType<O, ?> owner() {
    return owner;
  }

  /** The related entity. */
  public final EntityType<T, ?> target() {
    return target;
  }

  /** What deleting an owner does to its related rows. */
  public OnDelete onDelete() {
    return OnDelete.NOTHING;
  }

  /** Whether the field holds a collection. */
  public abstract boolean toMany();

  /** The relation value an owner instance carries ({@code null}: not loaded). */
  public final Object valueOf(O entity) {
    return getter.apply(entity);
  }

  /**
   * Sets the relation field of {@code entity}; returns {@code entity} itself, or for a record a new
   * instance.
   */
  public final O withValue(O entity, Object value) {
    return setter.apply(entity, value);
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
   * A copy of the related row {@code targetRow} with its foreign key to the owner cleared, for
   * {@link OnDelete#SET_NULL}; only relations whose key sits on the target support it.
   */
  Object cleared(Object targetRow) {
    throw new IllegalStateException(this + " cannot clear the key of a related row");
  }

  /**
   * The field value for loaded targets: a list or set for to-many, the first or null for to-one.
   */
  abstract Object container(List<Object> loaded);

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

  /**
   * The lookup of a relation that matches one column of the owner against one indexed column of the
   * target: every kind but the two whose owner lists several keys or goes through a middle table.
   */
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

  @Override
  public String toString() {
    return owner.javaType().getSimpleName() + "." + name;
  }
}
