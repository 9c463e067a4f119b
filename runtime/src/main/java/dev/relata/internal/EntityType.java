package dev.relata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The generated description of one entity: its name, its key, its stored columns and its relations,
 * with the code that copies instances. One subclass per entity, {@code Post_Meta}, holds a single
 * instance.
 *
 * <p>Relations are created lazily, on first use, because they refer to the metadata of other
 * entities: creating them in static initializers would make class initialization cyclic (and able
 * to deadlock between threads).
 *
 * @param <T> the entity
 * @param <K> its key, boxed
 */
public abstract class EntityType<T, K> {
  private static final AtomicInteger IDS = new AtomicInteger();

  /** A number unique in this JVM, so that a database finds its table by array index. */
  final int id = IDS.getAndIncrement();

  private final String name;
  private final Class<T> javaType;
  private final boolean record;
  private final boolean copyRunsEntityCode;
  private final KeyKind keyKind;
  private final Column<T> key;
  private final List<Column<T>> columns;
  private volatile List<Relation<T, ?>> relations;

  /** The query of every row, made once ({@link QuerySpec#of}): every query starts from it. */
  QuerySpec<T> everyRow;

  /**
   * Metadata of an entity.
   *
   * @param name the entity name, such as {@code "posts"}
   * @param javaType the entity class
   * @param kind whether it is a class or a record (immutable: writes build new instances)
   * @param copy whether {@link #copy} can run entity code
   * @param keyKind the type of its key
   * @param key the key column, one of {@code columns}
   * @param columns every stored field, in declaration order, their ordinals from 0
   */
  protected EntityType(
      String name,
      Class<T> javaType,
      EntityKind kind,
      EntityCopy copy,
      KeyKind keyKind,
      Column<T> key,
      List<Column<T>> columns) {
    this.name = name;
    this.javaType = javaType;
    this.record = kind == EntityKind.RECORD;
    this.copyRunsEntityCode = copy == EntityCopy.RUNS_ENTITY_CODE;
    this.keyKind = keyKind;
    this.key = key;
    this.columns = List.copyOf(columns);
  }

  /** The entity name. */
  public final String name() {
    return name;
  }

  /** The entity class. */
  public final Class<T> javaType() {
    return javaType;
  }

  /** Whether the entity is a record. */
  public final boolean record() {
    return record;
  }

  /**
   * Whether {@link #copy} can run entity code, so that a read copying outside the lock must count
   * it as such (see {@link EntityCopy}). A field, not a method: every lock-free read asks.
   */
  public final boolean copyRunsEntityCode() {
    return copyRunsEntityCode;
  }

  /** The type of the key. */
  public final KeyKind keyKind() {
    return keyKind;
  }

  /** The key column. */
  public final Column<T> key() {
    return key;
  }

  /** The stored columns, in declaration order. */
  public final List<Column<T>> columns() {
    return columns;
  }

  /**
   * The relations, in declaration order; a relation's ordinal is its position here. Created on the
   * first call (by one thread, whichever calls first), then read without a lock.
   */
  public final List<Relation<T, ?>> relations() {
    List<Relation<T, ?>> r = relations;
    if (r == null) {
      synchronized (this) {
        r = relations;
        if (r == null) {
          r = List.copyOf(createRelations());
          relations = r;
        }
      }
    }
    return r;
  }

  /** Computed once: a save asks for it for every object. */
  private volatile SavingOrder<T> savingOrder;

  /**
   * The relations saved before their owner ({@code @BelongsTo}), and those saved after it. Arrays,
   * so that a save walks them without an iterator per object.
   */
  record SavingOrder<T>(Relation<T, ?>[] before, Relation<T, ?>[] after) {}

  @SuppressWarnings("unchecked")
  final SavingOrder<T> savingOrder() {
    SavingOrder<T> order = savingOrder;
    if (order == null) {
      List<Relation<T, ?>> before = new ArrayList<>();
      List<Relation<T, ?>> after = new ArrayList<>();
      for (Relation<T, ?> relation : relations()) {
        (relation.savedBeforeOwner() ? before : after).add(relation);
      }
      order = new SavingOrder<>(before.toArray(new Relation[0]), after.toArray(new Relation[0]));
      savingOrder = order;
    }
    return order;
  }

  /** Whether {@code value} is no key yet: {@code null}, or {@code 0} for a primitive key. */
  public final boolean unassigned(Object value) {
    return value == null || (key.primitive() && unassignedNumber(((Number) value).longValue()));
  }

  /** {@link #unassigned} of a numeric key given as a {@code long}, without boxing it. */
  public final boolean unassignedNumber(long value) {
    return key.primitive() && value == 0;
  }

  /**
   * A fresh instance with the stored columns of {@code source} and every relation field {@code
   * null}. Collections and arrays held in columns are copied; other values are shared. It runs
   * entity code (constructor, getters, setters), which may throw.
   */
  public abstract T copy(T source);

  /**
   * A fresh instance with the stored columns of {@code row} and the relation values {@code
   * relations}, indexed by relation ordinal ({@code null} where a relation is not loaded).
   */
  public abstract T assemble(T row, Object[] relations);

  /**
   * A fresh instance whose stored columns hold the values of {@code in}, read once each by column
   * ordinal (primitive fields with its typed getters, see {@link RowSource}), and whose relation
   * fields are {@code null}: how a backend that reads rows from elsewhere (a SQL database) makes
   * them. It runs entity code, which may throw, and lets through what {@code in} throws.
   */
  public abstract T create(RowSource in);

  /**
   * Hands the stored columns of {@code row} to {@code out}, each read once from the row and handed
   * over by column ordinal (primitive fields to its typed setters, see {@link RowSink}): how a
   * backend that keeps rows elsewhere (a SQL database) writes them. It runs entity code (getters),
   * which may throw, and lets through what {@code out} throws.
   */
  public abstract void write(T row, RowSink out);

  /** Creates the relation descriptors, each with its ordinal, in declaration order. */
  protected abstract List<Relation<T, ?>> createRelations();

  /**
   * The indexes the entity declares with {@code @Index}, in declaration order; none unless the
   * generated subclass lists them. Read once, when a store creates the entity's table.
   */
  protected List<IndexSpec<T>> indexes() {
    return List.of();
  }

  /** The indexes the entity declares with {@code @Index}, for backends that create them. */
  public final List<IndexSpec<T>> declaredIndexes() {
    return indexes();
  }

  @Override
  public String toString() {
    return name;
  }
}
