package dev.relata.internal;

import dev.relata.OnDelete;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link dev.relata.HasManyBy}: the target rows whose owner key is in this row's list of keys, in
 * the order of the list (missing keys skipped, repeated keys repeated).
 */
public final class HasManyByRelation<O, T> extends KeyedRelation<O, T> {

  /**
   * Generated code creates one per {@code @HasManyBy} field.
   *
   * @param foreignKey the owner's column holding a {@code List} of target keys
   * @param ownerKey the target column that the listed keys match
   */
  public HasManyByRelation(
      RelationField<O, T, ? extends List<T>> field,
      Column<O> foreignKey,
      Column<T> ownerKey,
      OnDelete onDelete) {
    super(field, Cardinality.MANY, foreignKey, ownerKey, onDelete);
  }

  /** The keys the owner lists, or an empty list. */
  @SuppressWarnings("unchecked")
  public List<Object> keys(O owner) {
    List<Object> keys = (List<Object>) foreignKey().get(owner);
    return keys == null ? List.of() : keys;
  }

  @Override
  Lookup bind(Tables tables) {
    Table<T> table = tables.of(target());
    Column<T> ownerKey = ownerKey();
    return new Lookup(table) {
      @Override
      @SuppressWarnings("unchecked")
      int[] related(Object owner) {
        List<Object> keys = keys((O) owner);
        if (keys.size() == 1) {
          return table.bucket(ownerKey, keys.get(0));
        }
        int[][] parts = new int[keys.size()][];
        int n = 0;
        for (Object key : keys) {
          parts[n++] = table.bucket(ownerKey, key);
        }
        return Buckets.join(parts, n);
      }
    };
  }

  @Override
  void link(SavedRow owner, List<? extends SavedRow> targets) {
    @SuppressWarnings("unchecked")
    List<Object> present = (List<Object>) owner.value(foreignKey());
    List<Object> keys = present == null ? new ArrayList<>() : new ArrayList<>(present);
    Set<Object> seen = new HashSet<>(keys);
    for (SavedRow target : targets) {
      Object key = target.value(ownerKey());
      if (key != null && seen.add(key)) {
        keys.add(key);
      }
    }
    owner.write(foreignKey(), keys, new ArrayList<>(keys));
  }
}
