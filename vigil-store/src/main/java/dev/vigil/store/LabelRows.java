package dev.vigil.store;

import dev.vigil.core.event.LabelRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The SQL of the {@code label} and {@code label_conflict} tables. */
final class LabelRows {

  /** The columns of a {@link LabelRecord}, in the order {@link #read} takes them. */
  static final String COLUMNS = "model_name, prediction_id, label, label_time_us";

  private static final int ROWS_PER_INSERT = 500;

  private static final MultiRowInsert<LabelRecord> INSERT =
      new MultiRowInsert<>(
          "label",
          COLUMNS + ", seq",
          5,
          "(model_name, prediction_id)",
          ROWS_PER_INSERT,
          LabelRows::bind);

  private LabelRows() {}

  /**
   * Inserts the labels, label {@code i} with sequence number {@code firstSeq + i}; the set bits are
   * the labels inserted, the others' predictions had a label already.
   */
  static BitSet insert(Connection connection, List<LabelRecord> labels, long firstSeq)
      throws SQLException {
    return INSERT.run(connection, labels, firstSeq);
  }

  private static void bind(PreparedStatement insert, int first, LabelRecord r, long seq)
      throws SQLException {
    insert.setString(first, r.modelName());
    insert.setString(first + 1, r.predictionId());
    insert.setInt(first + 2, r.label());
    insert.setLong(first + 3, EpochMicros.of(r.labelTime()));
    insert.setLong(first + 4, seq);
  }

  /** Keeps conflicting labels for audit, in the order given (their arrival order). */
  static void insertConflicts(Connection connection, List<LabelRecord> conflicts)
      throws SQLException {
    String sql = "INSERT INTO label_conflict (" + COLUMNS + ") VALUES (?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (LabelRecord r : conflicts) {
        insert.setString(1, r.modelName());
        insert.setString(2, r.predictionId());
        insert.setInt(3, r.label());
        insert.setLong(4, EpochMicros.of(r.labelTime()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The stored labels of these keys (those stored), by key. */
  static Map<EventKey, LabelRecord> find(Connection connection, Collection<EventKey> keys)
      throws SQLException {
    return KeyLookup.find(
        connection,
        "SELECT " + COLUMNS + " FROM label",
        keys,
        rows -> {
          LabelRecord label = read(rows, 1);
          return Map.entry(EventKey.of(label), label);
        });
  }

  /** The label in the four {@link #COLUMNS} of the current row, from column {@code first}. */
  static LabelRecord read(ResultSet row, int first) throws SQLException {
    return new LabelRecord(
        row.getString(first),
        row.getString(first + 1),
        row.getInt(first + 2),
        EpochMicros.toInstant(row.getLong(first + 3)));
  }
}
