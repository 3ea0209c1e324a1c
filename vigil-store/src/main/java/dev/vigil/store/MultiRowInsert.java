package dev.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;

/**
 * {@code INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING RETURNING seq}, in chunks of many
 * rows: one statement step per chunk instead of one per row, and the returned sequence numbers say
 * which rows were inserted (a row whose key is stored already returns nothing). Row {@code i} gets
 * sequence number {@code firstSeq + i}.
 *
 * @param <T> the record a row is made of
 */
final class MultiRowInsert<T> {

  /** Binds one row's values, its sequence number among them, from parameter {@code first} on. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement insert, int first, T row, long seq) throws SQLException;
  }

  private final String head;
  private final String tail;
  private final int columns;
  private final int rowsPerStatement;
  private final Binder<T> binder;

  /**
   * @param head {@code INSERT INTO t (a, b, seq) VALUES}
   * @param tail {@code ON CONFLICT (...) DO NOTHING RETURNING seq}
   */
  MultiRowInsert(String head, String tail, int columns, int rowsPerStatement, Binder<T> binder) {
    this.head = head;
    this.tail = tail;
    this.columns = columns;
    this.rowsPerStatement = rowsPerStatement;
    this.binder = binder;
  }

  /** Inserts the rows; the set bits are the indexes of the rows inserted. */
  BitSet run(Connection connection, List<T> rows, long firstSeq) throws SQLException {
    BitSet inserted = new BitSet(rows.size());
    int fullChunks = rows.size() / rowsPerStatement;
    if (fullChunks > 0) {
      try (PreparedStatement insert = prepare(connection, rowsPerStatement)) {
        for (int chunk = 0; chunk < fullChunks; chunk++) {
          int from = chunk * rowsPerStatement;
          execute(insert, rows.subList(from, from + rowsPerStatement), from, firstSeq, inserted);
        }
      }
    }
    int from = fullChunks * rowsPerStatement;
    if (from < rows.size()) {
      try (PreparedStatement insert = prepare(connection, rows.size() - from)) {
        execute(insert, rows.subList(from, rows.size()), from, firstSeq, inserted);
      }
    }
    return inserted;
  }

  private PreparedStatement prepare(Connection connection, int rows) throws SQLException {
    return connection.prepareStatement(head + ' ' + SqlLists.tuples(rows, columns) + ' ' + tail);
  }

  private void execute(
      PreparedStatement insert, List<T> chunk, int offset, long firstSeq, BitSet inserted)
      throws SQLException {
    for (int i = 0; i < chunk.size(); i++) {
      binder.bind(insert, 1 + i * columns, chunk.get(i), firstSeq + offset + i);
    }
    try (ResultSet returned = insert.executeQuery()) {
      while (returned.next()) {
        inserted.set(Math.toIntExact(returned.getLong(1) - firstSeq));
      }
    }
  }
}
