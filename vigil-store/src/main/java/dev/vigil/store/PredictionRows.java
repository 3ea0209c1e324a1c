package dev.vigil.store;

import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The SQL of the {@code prediction} table: inserting with sequence numbers, reading by key. */
final class PredictionRows {

  /** The columns of a {@link PredictionRecord}, in the order {@link #read} takes them. */
  static final String COLUMNS =
      "model_name, prediction_id, model_version, event_time_us, features, score";

  /** 7 parameters a row: 3500 a statement, well under both databases' limits. */
  private static final int ROWS_PER_INSERT = 500;

  private static final MultiRowInsert<PredictionRecord> INSERT =
      new MultiRowInsert<>(
          "prediction",
          COLUMNS + ", seq",
          7,
          "(model_name, prediction_id)",
          ROWS_PER_INSERT,
          PredictionRows::bind);

  private PredictionRows() {}

  /**
   * Inserts the records, record {@code i} with sequence number {@code firstSeq + i}; the set bits
   * are the records inserted, the others' keys were stored already.
   */
  static BitSet insert(Connection connection, List<PredictionRecord> records, long firstSeq)
      throws SQLException {
    return INSERT.run(connection, records, firstSeq);
  }

  private static void bind(PreparedStatement insert, int first, PredictionRecord r, long seq)
      throws SQLException {
    insert.setString(first, r.modelName());
    insert.setString(first + 1, r.predictionId());
    insert.setString(first + 2, r.modelVersion());
    insert.setLong(first + 3, EpochMicros.of(r.eventTime()));
    insert.setString(first + 4, FeaturesJson.write(r.features()));
    insert.setDouble(first + 5, r.score());
    insert.setLong(first + 6, seq);
  }

  /** The stored predictions of these keys (those stored), by key. */
  static Map<EventKey, PredictionRecord> find(Connection connection, Collection<EventKey> keys)
      throws SQLException {
    return KeyLookup.find(
        connection,
        "SELECT " + COLUMNS + " FROM prediction",
        keys,
        rows -> {
          PredictionRecord p = read(rows, 1);
          return Map.entry(EventKey.of(p), p);
        });
  }

  /** The prediction in the six {@link #COLUMNS} of the current row, from column {@code first}. */
  static PredictionRecord read(ResultSet row, int first) throws SQLException {
    return new PredictionRecord(
        row.getString(first),
        row.getString(first + 1),
        row.getString(first + 2),
        EpochMicros.toInstant(row.getLong(first + 3)),
        FeaturesJson.read(row.getString(first + 4)),
        row.getDouble(first + 5));
  }
}
