package dev.relata;

import dev.relata.internal.Column;
import dev.relata.internal.ConditionAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition on the typed fields of an entity, made by the generated {@code Post_} constants and
 * combined with {@link #and}, {@link #or} and {@link #not}. It is a {@link Predicate}, so {@code
 * where} takes it as it takes a lambda, and the two mix freely:
 *
 * <pre>{@code
 * posts.query()
 *     .where(Post_.userId.eq(7L).and(Post_.views.gt(100).or(Post_.pinned.eq(true))))
 *     .where(p -> p.getTitle().length() < 80)
 *     .get();
 * }</pre>
 *
 * <p>Null semantics are SQL's (three-valued logic): a comparison with a field whose value is {@code
 * null} is <i>unknown</i>, and a row is kept only where the whole condition is true. So {@code
 * ne(v)}, {@code notIn(..)}, {@code lt(v)} and the others skip rows whose value is {@code null},
 * except {@link Field#isNull()} and {@link Field#isNotNull()}, which are never unknown; {@code
 * not()} of unknown is unknown ({@code views.gt(5).not()} skips {@code null} views too; {@code
 * views.le(5).or(views.isNull())} keeps them); {@code and} is false if a part is false, else
 * unknown if a part is unknown; {@code or} is true if a part is true, else unknown if a part is
 * unknown. {@link #negate()}, inherited from {@code Predicate}, stays two-valued: it keeps exactly
 * the rows that {@link #test} rejects.
 *
 * <p>A condition is data, not only code: a tree of {@link Comparison}s (a field, an {@link
 * Operator} and its operands) joined by {@link And}, {@link Or} and {@link Not}, immutable and
 * shareable between threads. The store reads the tree to answer parts of it through indexes (see
 * {@link Index}), and a database backend can write it as a {@code WHERE} clause; the result is
 * always the one that {@link #test} gives row by row.
 *
 * @param <T> the entity
 */
public abstract class Condition<T> implements Predicate<T> {
  /** Truth values: {@code not} is {@code TRUE - truth}. */
  static final int FALSE = 0;

  static final int UNKNOWN = 1;
  static final int TRUE = 2;

  static {
    ConditionAccess.install(new Access());
  }

  Condition() {}

  /** What the store reads beyond the public accessors (see {@link ConditionAccess}). */
  private static final class Access extends ConditionAccess {
    @Override
    protected Column<?> column(Field<?, ?> field) {
      return field.column();
    }

    @Override
    protected Object operand(Comparison<?> comparison) {
      return comparison.operand;
    }
  }

  /** The truth value of this condition for {@code entity}: {@link #FALSE}, unknown or true. */
  abstract int truth(T entity);

  /**
   * Whether the condition is true for {@code entity}; false where it is false or unknown (a
   * comparison with a {@code null} value).
   */
  @Override
  public final boolean test(T entity) {
    return truth(entity) == TRUE;
  }

  /** True where both this and {@code other} are true (SQL's {@code AND}). */
  public Condition<T> and(Condition<T> other) {
    Objects.requireNonNull(other, "the condition to and must not be null");
    return new And<>(join(this, other, And.class));
  }

  /** True where this or {@code other} is true (SQL's {@code OR}). */
  public Condition<T> or(Condition<T> other) {
    Objects.requireNonNull(other, "the condition to or must not be null");
    return new Or<>(join(this, other, Or.class));
  }

  /** True where this is false; unknown stays unknown (SQL's {@code NOT}). */
  public Condition<T> not() {
    return new Not<>(this);
  }

  /**
   * The parts of {@code a} and {@code b}, flattening nodes of {@code kind} ({@code a and b and c}).
   */
  private static <T> List<Condition<T>> join(Condition<T> a, Condition<T> b, Class<?> kind) {
    List<Condition<T>> parts = new ArrayList<>();
    for (Condition<T> side : List.of(a, b)) {
      if (kind.isInstance(side)) {
        parts.addAll(((Junction<T>) side).operands());
      } else {
        parts.add(side);
      }
    }
    return parts;
  }

  /**
   * What a {@link Comparison} compares with, as a database backend writes it in SQL.
   *
   * <pre>{@code
   * switch (comparison.operator()) {
   *   case EQ -> sql.append(column).append(" = ?");
   *   case BETWEEN -> sql.append(column).append(" BETWEEN ? AND ?");
   *   default -> ...
   * }
   * }</pre>
   */
  public enum Operator {
    /** {@code field = value}. */
    EQ("="),
    /** {@code field <> value}. */
    NE("<>"),
    /** {@code field IN (values)}. */
    IN("in"),
    /** {@code field NOT IN (values)}. */
    NOT_IN("not in"),
    /** {@code field IS NULL}: never unknown. */
    IS_NULL("is null"),
    /** {@code field IS NOT NULL}: never unknown. */
    IS_NOT_NULL("is not null"),
    /** {@code field > value}. */
    GT(">"),
    /** {@code field >= value}. */
    GE(">="),
    /** {@code field < value}. */
    LT("<"),
    /** {@code field <= value}. */
    LE("<="),
    /** {@code field BETWEEN low AND high}, both ends included. */
    BETWEEN("between"),
    /** {@code field LIKE 'prefix%'}. */
    STARTS_WITH("startsWith"),
    /** {@code field LIKE '%suffix'}. */
    ENDS_WITH("endsWith"),
    /** {@code field LIKE '%part%'}. */
    CONTAINS("contains"),
    /** {@code LOWER(field) = LOWER(value)}, as {@link String#equalsIgnoreCase}. */
    EQUALS_IGNORE_CASE("equalsIgnoreCase");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    @Override
    public String toString() {
      return symbol;
    }
  }

  /**
   * A field compared with operands: {@code Post_.views.gt(100)} is the field {@code views}, the
   * operator {@link Operator#GT} and the operand {@code 100}. Operands are never {@code null}.
   *
   * <pre>{@code
   * Condition.Comparison<Post> c = (Condition.Comparison<Post>) Post_.views.between(10, 20);
   * c.field().name();   // "views"
   * c.operator();       // BETWEEN
   * c.operands();       // [10, 20]
   * }</pre>
   *
   * @param <T> the entity
   */
  public static final class Comparison<T> extends Condition<T> {
    private final Field<T, ?> field;
    private final Operator operator;

    /** The first operand, or null where there is none. */
    private final Object operand;

    /**
     * The operands; for a comparison of one operand, built on the first call of {@link #operands}
     * (a query that is one index lookup reads {@link #operand} and never needs it). Racy but safe,
     * as {@code String.hash} is: every thread builds an equal immutable list, whose fields are
     * final.
     */
    private List<Object> operands;

    /** The operands of {@code IN} and {@code NOT IN} as a set, for membership. */
    private final Set<Object> members;

    Comparison(Field<T, ?> field, Operator operator, List<?> operands) {
      this.field = field;
      this.operator = operator;
      this.operands = List.copyOf(operands);
      this.operand = operands.isEmpty() ? null : this.operands.get(0);
      this.members =
          operator == Operator.IN || operator == Operator.NOT_IN ? new HashSet<>(operands) : null;
    }

    /** A comparison with one operand ({@code eq}, {@code gt}, {@code startsWith} ...). */
    Comparison(Field<T, ?> field, Operator operator, Object operand) {
      this.field = field;
      this.operator = operator;
      this.operand = operand;
      this.members = null;
    }

    /** The field compared. */
    public Field<T, ?> field() {
      return field;
    }

    /** How it is compared. */
    public Operator operator() {
      return operator;
    }

    /**
     * What it is compared with: none for {@code IS NULL} and {@code IS NOT NULL}, two for {@code
     * BETWEEN} (low, high), the values for {@code IN} and {@code NOT IN}, else one. Unmodifiable.
     */
    public List<Object> operands() {
      List<Object> list = operands;
      if (list == null) {
        list = List.of(operand);
        operands = list;
      }
      return list;
    }

    @Override
    int truth(T entity) {
      Object value = field.get(entity);
      switch (operator) {
        case IS_NULL:
          return value == null ? TRUE : FALSE;
        case IS_NOT_NULL:
          return value != null ? TRUE : FALSE;
        default:
          return value == null ? UNKNOWN : (holds(value) ? TRUE : FALSE);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean holds(Object value) {
      switch (operator) {
        case EQ:
          return value.equals(operand);
        case NE:
          return !value.equals(operand);
        case IN:
          return members.contains(value);
        case NOT_IN:
          return !members.contains(value);
        case GT:
          return ((Comparable) value).compareTo(operand) > 0;
        case GE:
          return ((Comparable) value).compareTo(operand) >= 0;
        case LT:
          return ((Comparable) value).compareTo(operand) < 0;
        case LE:
          return ((Comparable) value).compareTo(operand) <= 0;
        case BETWEEN:
          return ((Comparable) value).compareTo(operand) >= 0
              && ((Comparable) value).compareTo(operands().get(1)) <= 0;
        case STARTS_WITH:
          return ((String) value).startsWith((String) operand);
        case ENDS_WITH:
          return ((String) value).endsWith((String) operand);
        case CONTAINS:
          return ((String) value).contains((String) operand);
        case EQUALS_IGNORE_CASE:
          return ((String) value).equalsIgnoreCase((String) operand);
        default:
          throw new AssertionError(operator);
      }
    }

    @Override
    public String toString() {
      switch (operator) {
        case IS_NULL:
        case IS_NOT_NULL:
          return field + " " + operator;
        case BETWEEN:
          return field + " between " + quote(operand) + " and " + quote(operands().get(1));
        case IN:
        case NOT_IN:
          List<String> values = new ArrayList<>();
          for (Object value : operands()) {
            values.add(quote(value));
          }
          return field + " " + operator + " (" + String.join(", ", values) + ")";
        default:
          return field + " " + operator + " " + quote(operand);
      }
    }

    private static String quote(Object value) {
      return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
  }

  /**
   * The parts of {@link And} and {@link Or}, and their truth: {@code absorbing} if a part is {@code
   * absorbing} (false for {@code and}, true for {@code or}), else unknown if a part is unknown,
   * else the other value.
   */
  abstract static class Junction<T> extends Condition<T> {
    final List<Condition<T>> operands;
    private final int absorbing;

    Junction(List<Condition<T>> operands, int absorbing) {
      this.operands = List.copyOf(operands);
      this.absorbing = absorbing;
    }

    @Override
    final int truth(T entity) {
      int truth = TRUE - absorbing;
      for (Condition<T> operand : operands) {
        int part = operand.truth(entity);
        if (part == absorbing) {
          return absorbing;
        }
        if (part == UNKNOWN) {
          truth = UNKNOWN;
        }
      }
      return truth;
    }

    /** The conditions joined, at least two, in the order given. Unmodifiable. */
    public List<Condition<T>> operands() {
      return operands;
    }

    String join(String word) {
      List<String> parts = new ArrayList<>();
      for (Condition<T> operand : operands) {
        parts.add(operand instanceof Junction ? "(" + operand + ")" : operand.toString());
      }
      return String.join(" " + word + " ", parts);
    }
  }

  /**
   * True where every operand is true: {@code a.and(b).and(c)}, one node of three operands.
   *
   * <pre>{@code
   * Condition<Post> c = Post_.userId.eq(7L).and(Post_.views.gt(100));
   * ((Condition.And<Post>) c).operands();   // [userId = 7, views > 100]
   * }</pre>
   *
   * @param <T> the entity
   */
  public static final class And<T> extends Junction<T> {
    And(List<Condition<T>> operands) {
      super(operands, FALSE);
    }

    @Override
    public String toString() {
      return join("and");
    }
  }

  /**
   * True where an operand is true: {@code a.or(b).or(c)}, one node of three operands.
   *
   * <pre>{@code
   * Condition<Post> c = Post_.userId.eq(7L).or(Post_.userId.eq(8L));
   * ((Condition.Or<Post>) c).operands();   // [userId = 7, userId = 8]
   * }</pre>
   *
   * @param <T> the entity
   */
  public static final class Or<T> extends Junction<T> {
    Or(List<Condition<T>> operands) {
      super(operands, TRUE);
    }

    @Override
    public String toString() {
      return join("or");
    }
  }

  /**
   * True where its operand is false, unknown where it is unknown.
   *
   * <pre>{@code
   * Condition<Post> c = Post_.views.gt(5).not();
   * ((Condition.Not<Post>) c).operand();   // views > 5
   * }</pre>
   *
   * @param <T> the entity
   */
  public static final class Not<T> extends Condition<T> {
    private final Condition<T> operand;

    Not(Condition<T> operand) {
      this.operand = operand;
    }

    /** The condition negated. */
    public Condition<T> operand() {
      return operand;
    }

    @Override
    int truth(T entity) {
      return TRUE - operand.truth(entity);
    }

    @Override
    public String toString() {
      return "not (" + operand + ")";
    }
  }

  /** The values of {@code in(..)}, checked: none of them may be null. */
  static List<Object> values(Field<?, ?> field, String method, Collection<?> values) {
    Objects.requireNonNull(
        values, () -> field + "." + method + "(values): values must not be null");
    List<Object> list = new ArrayList<>(values.size());
    for (Object value : values) {
      list.add(Field.requireOperand(field, method, value));
    }
    return list;
  }
}
