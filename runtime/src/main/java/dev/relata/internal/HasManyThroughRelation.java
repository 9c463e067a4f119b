package dev.relata.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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

  /** Generated code creates one per {@code @HasManyThrough} field. */
  public HasManyThroughRelation(
      String name,
      int ordinal,
      EntityType<O, ?> owner,
      Function<? super O, ? extends List<T>> getter,
      BiFunction<O, Object, O> setter,
      EntityType<T, ?> target,
      EntityType<M, ?> through,
      Column<O> localKey,
      Column<M> firstKey,
      Column<M> secondLocalKey,
      Column<T> secondKey) {
    super(name, ordinal, owner, target, getter, setter);
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

  @Override
  public boolean toMany() {
    return true;
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

  @Override
  Object container(List<Object> loaded) {
    return loaded;
  }
}
