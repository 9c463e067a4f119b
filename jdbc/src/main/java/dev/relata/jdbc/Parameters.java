package dev.relata.jdbc;

import dev.relata.internal.Column;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The values bound to a statement's parameters, in order: column values, or plain numbers. */
final class Parameters {
  private final List<Object[]> values = new ArrayList<>();

  /** A value of {@code column} of {@code m}, bound as that column's values are. */
  void add(Mapping<?> m, Column<?> column, Object value) {
    values.add(new Object[] {m, column, value});
  }

  /** A number or a string, bound as it is. */
  void add(Object value) {
    values.add(new Object[] {null, null, value});
  }

  /** Binds every value from parameter {@code first} on; returns the next parameter's index. */
  int bind(PreparedStatement statement, int first, Mapping.Codecs codecs) throws SQLException {
    int index = first;
    for (Object[] value : values) {
      if (value[0] == null) {
        statement.setObject(index, value[2]);
      } else {
        ((Mapping<?>) value[0]).bindValue(statement, index, (Column<?>) value[1], value[2], codecs);
      }
      index++;
    }
    return index;
  }
}
