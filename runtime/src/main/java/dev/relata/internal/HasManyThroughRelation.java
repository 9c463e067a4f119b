package dev.relata.internal;

import java.util.List;

/**
 * {@link dev.relata.HasManyThrough}: for every middle row whose first key equals this row's local
 * key (in insertion order), the target rows whose second key equals the middle row's second local
 * key (in insertion order).
 *
 * @param <O> the owner entity
 * @param <M> the middle entity
 * @param <T> the target entity
 */
public final class HasManyThroughRelation<O, M, T> extends Relation<O, T> {
  private final EntityType<M, ?> through;
  private final Column<O> localKey;
  private final Column<M> firstKey;
  private final Column<M> secondLocalKey;
  private final Column<T> secondKey;

  /**
   * Generated code creates one per {@code @HasManyThrough} field.
   *
   * @param through the middle entity
   * @param localKey the owner's column that the middle rows' first key matches
   * @param firstKey the middle entity's column holding the owner's key
   * @param secondLocalKey the middle entity's column that the targets' second key matches
   * @param secondKey the target's column holding the middle row's key
   */
  public HasManyThroughRelation(
      RelationField<O, T, ? extends List<T>> field,
      EntityType<M, ?> through,
      Column<O> localKey,
      Column<M> firstKey,
      Column<M> secondLocalKey,
      Column<T> secondKey) {
    super(field, Cardinality.MANY);
    this.through = through;
    this.localKey = localKey;
    this.firstKey = firstKey;
    this.secondLocalKey = secondLocalKey;
    this.secondKey = secondKey;
  }

  /** The middle entity. */
  public EntityType<M, ?> through() {
    return through;
  }

  /** The owner's column that the middle rows' first key matches. */
  public Column<O> localKey() {
    return localKey;
  }

  /** The middle entity's column holding the owner's key. */
  public Column<M> firstKey() {
    return firstKey;
  }

  /** The middle entity's column that the targets' second key matches. */
  public Column<M> secondLocalKey() {
    return secondLocalKey;
  }

  /** The target's column holding the middle row's key. */
  public Column<T> secondKey() {
    return secondKey;
  }

  @Override
  void register(Registrar registrar) {
    registrar.register(through);
    registrar.register(target());
    registrar.index(through, firstKey);
    registrar.index(target(), secondKey);
  }

  @Override
  Lookup bind(Tables tables) {
    Table<M> middle = tables.of(through);
    Table<T> table = tables.of(target());
    return new Lookup(table) {
      @Override
      @SuppressWarnings("unchecked")
      int[] related(Object owner) {
        int[] middles = middle.bucket(firstKey, localKey.get((O) owner));
        int n = middles[0];
        if (n == 0) {
          return middles;
        }
        if (n == 1) {
          return table.bucket(secondKey, secondLocalKey.get(middle.row(middles[1])));
        }
        int[][] parts = new int[n][];
        for (int i = 1; i <= n; i++) {
          parts[i - 1] = table.bucket(secondKey, secondLocalKey.get(middle.row(middles[i])));
        }
        return Buckets.join(parts, n);
      }
    };
  }

  @Override
  void link(SavedRow owner, List<? extends SavedRow> targets) {
    // Targets are saved as given: no key ties them to the owner directly, and no middle row is
    // made.
  }
}
