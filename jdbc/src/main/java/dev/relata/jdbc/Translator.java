package dev.relata.jdbc;

import dev.relata.Condition;
import dev.relata.Order;
import dev.relata.internal.Column;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Typed conditions and orders as SQL, where SQL gives exactly the rows and order that the same
 * condition run in Java gives; the others stay in Java.
 *
 * <p>Implementation notes. SQL's three-valued logic is the conditions' own (a comparison with
 * {@code null} is unknown, {@code NOT} keeps it unknown), so {@code AND}, {@code OR} and {@code
 * NOT} translate as they are; an empty {@code IN} list, which SQL has no syntax for, is {@code x <>
 * x} (false, or unknown for {@code null}) and an empty {@code NOT IN} is {@code x = x}. What
 * decides whether a comparison translates is its column's SQL type: equality where SQL equality is
 * {@code equals} (not {@code double}s, whose {@code NaN} and {@code -0.0} compare otherwise, nor
 * {@code BigDecimal}s, whose {@code equals} sees the scale), ranges and orders where SQL's order is
 * {@code compareTo}'s (not enums, which Java orders by declaration, nor UUIDs, which Java compares
 * as signed numbers), text matching on text columns ({@code LIKE} with the pattern escaped and
 * bound). Text compares by code point ({@code COLLATE "C"} on PostgreSQL; H2 compares as Java
 * does). Orders put {@code null} last either way, as {@link Order} does, then insertion order.
 * Every value is a bound parameter.
 */
final class Translator {
  /**
   * The types whose SQL order is {@code compareTo}'s (text with {@link Dialect#binaryCollation}).
   */
  private static final Set<SqlType> ORDERED =
      EnumSet.of(
          SqlType.BIGINT,
          SqlType.INTEGER,
          SqlType.SMALLINT,
          SqlType.TINYINT,
          SqlType.BOOLEAN,
          SqlType.TEXT,
          SqlType.CHAR,
          SqlType.DATE,
          SqlType.TIMESTAMP,
          SqlType.TIME,
          SqlType.TIMESTAMP_TZ);

  /** The types whose SQL equality is {@code equals}: those, and UUIDs and text forms. */
  private static final Set<SqlType> EQUALITY = EnumSet.copyOf(ORDERED);

  static {
    EQUALITY.add(SqlType.UUID);
    EQUALITY.add(SqlType.TEXT_FORM);
  }

  private Translator() {}

  /** Whether {@code filter} is a typed condition that SQL runs exactly on {@code m}. */
  static boolean translates(Predicate<?> filter, Mapping<?> m) {
    if (filter instanceof Condition.And<?> and) {
      return and.operands().stream().allMatch(c -> translates(c, m));
    }
    if (filter instanceof Condition.Or<?> or) {
      return or.operands().stream().allMatch(c -> translates(c, m));
    }
    if (filter instanceof Condition.Not<?> not) {
      return translates(not.operand(), m);
    }
    if (!(filter instanceof Condition.Comparison<?> comparison)) {
      return false;
    }
    Column<?> column = m.column(comparison.field().name());
    if (column == null || m.isArray(column)) {
      return false;
    }
    SqlType type = m.sqlType(column);
    return switch (comparison.operator()) {
      case IS_NULL, IS_NOT_NULL -> type != SqlType.JSON;
      case EQ, NE, IN, NOT_IN -> EQUALITY.contains(type);
      case GT, GE, LT, LE, BETWEEN -> ORDERED.contains(type);
      case STARTS_WITH, ENDS_WITH, CONTAINS -> type == SqlType.TEXT;
      case EQUALS_IGNORE_CASE -> false; // Java's case folding is not SQL's LOWER
    };
  }

  /** Whether {@code order} is a typed order that SQL runs exactly on {@code m}. */
  static boolean translates(Comparator<?> order, Mapping<?> m) {
    if (!(order instanceof Order<?> typed)) {
      return false;
    }
    Column<?> column = m.column(typed.field().name());
    return column != null && !m.isArray(column) && ORDERED.contains(m.sqlType(column));
  }

  /** Appends {@code filter} (one that {@link #translates}) on alias {@code alias}. */
  static void where(
      Predicate<?> filter, Mapping<?> m, String alias, StringBuilder sql, Parameters parameters) {
    if (filter instanceof Condition.And<?> and) {
      junction(and.operands(), " AND ", m, alias, sql, parameters);
    } else if (filter instanceof Condition.Or<?> or) {
      junction(or.operands(), " OR ", m, alias, sql, parameters);
    } else if (filter instanceof Condition.Not<?> not) {
      sql.append("NOT (");
      where(not.operand(), m, alias, sql, parameters);
      sql.append(')');
    } else {
      comparison((Condition.Comparison<?>) filter, m, alias, sql, parameters);
    }
  }

  private static void junction(
      List<? extends Condition<?>> operands,
      String operator,
      Mapping<?> m,
      String alias,
      StringBuilder sql,
      Parameters parameters) {
    sql.append('(');
    for (int i = 0; i < operands.size(); i++) {
      sql.append(i == 0 ? "" : operator);
      where(operands.get(i), m, alias, sql, parameters);
    }
    sql.append(')');
  }

  private static void comparison(
      Condition.Comparison<?> comparison,
      Mapping<?> m,
      String alias,
      StringBuilder sql,
      Parameters parameters) {
    Column<?> column = m.column(comparison.field().name());
    String name = alias + "." + m.name(column);
    String text = isText(m.sqlType(column)) ? name + m.dialect.binaryCollation() : name;
    List<Object> operands = comparison.operands();
    switch (comparison.operator()) {
      case IS_NULL -> sql.append(name).append(" IS NULL");
      case IS_NOT_NULL -> sql.append(name).append(" IS NOT NULL");
      case EQ -> compare(name, " = ", column, operands.get(0), m, sql, parameters);
      case NE -> compare(name, " <> ", column, operands.get(0), m, sql, parameters);
      case GT -> compare(text, " > ", column, operands.get(0), m, sql, parameters);
      case GE -> compare(text, " >= ", column, operands.get(0), m, sql, parameters);
      case LT -> compare(text, " < ", column, operands.get(0), m, sql, parameters);
      case LE -> compare(text, " <= ", column, operands.get(0), m, sql, parameters);
      case BETWEEN -> {
        sql.append('(');
        compare(text, " >= ", column, operands.get(0), m, sql, parameters);
        sql.append(" AND ");
        compare(text, " <= ", column, operands.get(1), m, sql, parameters);
        sql.append(')');
      }
      case IN, NOT_IN -> {
        boolean in = comparison.operator() == Condition.Operator.IN;
        if (operands.isEmpty()) {
          sql.append(name).append(in ? " <> " : " = ").append(name); // false (or unknown)
        } else {
          sql.append(name).append(in ? " IN (" : " NOT IN (");
          for (int i = 0; i < operands.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            parameters.add(m, column, operands.get(i));
          }
          sql.append(')');
        }
      }
      case STARTS_WITH -> like(name, escape(operands.get(0)) + "%", m, sql, parameters);
      case ENDS_WITH -> like(name, "%" + escape(operands.get(0)), m, sql, parameters);
      case CONTAINS -> like(name, "%" + escape(operands.get(0)) + "%", m, sql, parameters);
      default -> throw new AssertionError(comparison.operator());
    }
  }

  private static void compare(
      String name,
      String operator,
      Column<?> column,
      Object operand,
      Mapping<?> m,
      StringBuilder sql,
      Parameters parameters) {
    sql.append(name).append(operator).append('?');
    parameters.add(m, column, operand);
  }

  private static void like(
      String name, String pattern, Mapping<?> m, StringBuilder sql, Parameters parameters) {
    sql.append(name).append(" LIKE ? ESCAPE '\\'");
    parameters.add(pattern);
  }

  /** {@code value} with the wildcards of {@code LIKE} and the escape character escaped. */
  private static String escape(Object value) {
    String text = (String) value;
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isText(SqlType type) {
    return type == SqlType.TEXT || type == SqlType.CHAR;
  }

  /** Appends {@code order} (one that {@link #translates}) on alias {@code alias}. */
  static void orderBy(Comparator<?> order, Mapping<?> m, String alias, StringBuilder sql) {
    Order<?> typed = (Order<?>) order;
    Column<?> column = m.column(typed.field().name());
    sql.append(alias).append('.').append(m.name(column));
    if (isText(m.sqlType(column))) {
      sql.append(m.dialect.binaryCollation());
    }
    sql.append(typed.descending() ? " DESC" : " ASC").append(" NULLS LAST");
  }
}
