package dev.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;

/**
 * {@code INSERT ... VALUES (...), (...) ON CONFLICT DO NOTHING} with a sequence number per row, in
 * chunks of many rows: one statement step per chunk instead of one per row. Row {@code i} gets
 * sequence number {@code firstSeq + i}. The update count of a chunk says whether all its rows were
 * inserted (the usual case); only when some were not (their key was stored) are the chunk's numbers
 * read back to tell which. That is cheaper than {@code RETURNING}, which costs on every row.
 *
 * @param <T> the record a row is made of
 */
final class MultiRowInsert<T> {

  /** Binds one row's values, its sequence number among them, from parameter {@code first} on. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement insert, int first, T row, long seq) throws SQLException;
  }

  private final String table;
  private final String columns;
  private final int columnCount;
  private final String conflictKey;
  private final int rowsPerStatement;
  private final Binder<T> binder;

  /**
   * @param columns the columns the binder sets, {@code seq} among them
   * @param conflictKey the unique key whose conflicts skip a row, e.g. {@code (a, b)}
   */
  MultiRowInsert(
      String table,
      String columns,
      int columnCount,
      String conflictKey,
      int rowsPerStatement,
      Binder<T> binder) {
    this.table = table;
    this.columns = columns;
    this.columnCount = columnCount;
    this.conflictKey = conflictKey;
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
          List<T> part = rows.subList(from, from + rowsPerStatement);
          execute(connection, insert, part, from, firstSeq, inserted);
        }
      }
    }
    int from = fullChunks * rowsPerStatement;
    if (from < rows.size()) {
      try (PreparedStatement insert = prepare(connection, rows.size() - from)) {
        execute(connection, insert, rows.subList(from, rows.size()), from, firstSeq, inserted);
      }
    }
    return inserted;
  }

  private PreparedStatement prepare(Connection connection, int rows) throws SQLException {
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + columns
            + ") VALUES "
            + SqlLists.tuples(rows, columnCount)
            + " ON CONFLICT "
            + conflictKey
            + " DO NOTHING";
    return connection.prepareStatement(sql);
  }

  private void execute(
      Connection connection,
      PreparedStatement insert,
      List<T> chunk,
      int offset,
      long firstSeq,
      BitSet inserted)
      throws SQLException {
    long chunkSeq = firstSeq + offset;
    for (int i = 0; i < chunk.size(); i++) {
      binder.bind(insert, 1 + i * columnCount, chunk.get(i), chunkSeq + i);
    }
    int count = insert.executeUpdate();
    if (count == chunk.size()) {
      inserted.set(offset, offset + chunk.size());
    } else if (count > 0) {
      markStored(connection, chunkSeq, chunk.size(), firstSeq, inserted);
    }
  }

  /** Reads which of the chunk's numbers were stored: the rows that were inserted. */
  private void markStored(
      Connection connection, long chunkSeq, int size, long firstSeq, BitSet inserted)
      throws SQLException {
    String sql = "SELECT seq FROM " + table + " WHERE seq >= ? AND seq < ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, chunkSeq);
      select.setLong(2, chunkSeq + size);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          inserted.set(Math.toIntExact(rows.getLong(1) - firstSeq));
        }
      }
    }
  }
}
