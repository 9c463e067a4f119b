package dev.relata.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The places in insertion order (the {@value Mapping#ORDER} column) of a run of new rows, drawn in
 * blocks: where the identity's sequence steps by more than one ({@link Dialect#identity}), each
 * number drawn from it starts a block of {@code step} places no other draw can reach, so a run of
 * rows takes one number per block, all in one round trip, where the identity's default would take
 * one per row.
 *
 * <p>Implementation notes. Why this keeps insertion order across connections and processes: {@code
 * nextval} hands every caller a number greater than all it handed out before, whatever the
 * transactions, and never the same twice; the numbers of a sequence stepping by {@code step} from 1
 * are 1, 1 + {@code step}, ..., so the blocks {@code [n, n + step)} of two draws never overlap, and
 * one drawn later lies wholly above one drawn earlier. A run's rows take their places in their
 * order, block after block. A row numbered by the default (an upsert of a new row, a short run)
 * takes the first place of a block of its own. So places are unique, and a row's place is when its
 * block was drawn, just before the run was sent, where the default numbers each row as the database
 * reaches it: two runs sent at once by two processes are placed one wholly after the other rather
 * than interleaved, as if one had been written first. A table made before the identity stepped (a
 * step of 1) gets no blocks: its rows keep the default.
 */
final class Places {
  /**
   * The fewest rows of a run that draws its places: a draw is a round trip (tens of microseconds),
   * the default's number a third of a microsecond of the server's time per row, so a shorter run, a
   * single new row above all, keeps the default.
   */
  static final int FEWEST_ROWS = 200;

  private final long[] firsts;
  private final long step;

  private Places(long[] firsts, long step) {
    this.firsts = firsts;
    this.step = step;
  }

  /** The place of the {@code i}-th row of the run. */
  long at(int i) {
    return firsts[(int) (i / step)] + i % step;
  }

  /** Per store: each table's identity sequence and its step, read once. */
  static final class Sequences {
    /** A table's identity sequence, or none where rows take the identity's default. */
    private record Sequence(String name, long step) {}

    private static final Sequence NONE = new Sequence(null, 1);

    private final Map<Mapping<?>, Sequence> sequences = new ConcurrentHashMap<>();

    /**
     * The places of {@code rows} new rows of {@code m}'s table, drawn on {@code session}; null
     * where they are left to the identity's default (H2, a table whose identity steps by 1, fewer
     * than {@value #FEWEST_ROWS} rows).
     */
    Places draw(SqlBackend backend, Session session, Mapping<?> m, int rows) throws SQLException {
      String draw = backend.dialect.drawPlaces();
      if (draw == null || rows < FEWEST_ROWS) {
        return null;
      }
      Sequence sequence = sequences.get(m);
      if (sequence == null) {
        sequence = read(backend, session, m);
        sequences.put(m, sequence);
      }
      if (sequence.step <= 1) {
        return null;
      }
      int blocks = (int) ((rows + sequence.step - 1) / sequence.step);
      long[] firsts = new long[blocks];
      backend.log(draw, blocks);
      try (Session.Prepared prepared = session.prepare(draw)) {
        PreparedStatement statement = prepared.statement;
        statement.setString(1, sequence.name);
        statement.setInt(2, blocks);
        try (ResultSet result = statement.executeQuery()) {
          for (int i = 0; i < blocks; i++) {
            result.next();
            firsts[i] = result.getLong(1);
          }
        }
      }
      // One statement's draws need not come in the order of its rows: placed in ascending order.
      java.util.Arrays.sort(firsts);
      return new Places(firsts, sequence.step);
    }

    private static Sequence read(SqlBackend backend, Session session, Mapping<?> m)
        throws SQLException {
      String sql = backend.dialect.placeSequence();
      backend.log(sql, 1);
      try (PreparedStatement statement = session.connection.prepareStatement(sql)) {
        statement.setString(1, m.table);
        statement.setString(2, Mapping.ORDER);
        try (ResultSet result = statement.executeQuery()) {
          if (!result.next() || result.getString(1) == null) {
            return NONE;
          }
          return new Sequence(result.getString(1), result.getLong(2));
        }
      }
    }
  }
}
