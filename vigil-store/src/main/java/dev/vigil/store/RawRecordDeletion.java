package dev.vigil.store;

import dev.vigil.core.event.DeletedRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL of retention ({@link JdbcEventLog#deleteBefore}), the same on SQLite and PostgreSQL, run
 * in one transaction: the conflicts of the labels that go, the labels, then the predictions. A
 * prediction stays while its label is above the watermark: replaying that pair needs both rows.
 */
final class RawRecordDeletion {

  /** A label that goes; parameters: watermark, watermark, cutoff, cutoff. */
  private static final String LABEL_GOES =
      "l.seq <= ? AND (EXISTS (SELECT 1 FROM prediction p"
          + " WHERE p.model_name = l.model_name AND p.prediction_id = l.prediction_id"
          + " AND p.seq <= ? AND p.event_time_us < ?)"
          + " OR (l.label_time_us < ? AND NOT EXISTS (SELECT 1 FROM prediction p"
          + " WHERE p.model_name = l.model_name AND p.prediction_id = l.prediction_id)))";

  private static final String DELETE_CONFLICTS =
      "DELETE FROM label_conflict WHERE EXISTS (SELECT 1 FROM label l"
          + " WHERE l.model_name = label_conflict.model_name"
          + " AND l.prediction_id = label_conflict.prediction_id AND "
          + LABEL_GOES
          + ")";

  private static final String DELETE_LABELS =
      "DELETE FROM label WHERE EXISTS (SELECT 1 FROM label l"
          + " WHERE l.seq = label.seq AND "
          + LABEL_GOES
          + ")";

  /** Parameters: watermark, cutoff, watermark. */
  private static final String DELETE_PREDICTIONS =
      "DELETE FROM prediction WHERE seq <= ? AND event_time_us < ?"
          + " AND NOT EXISTS (SELECT 1 FROM label l WHERE l.model_name = prediction.model_name"
          + " AND l.prediction_id = prediction.prediction_id AND l.seq > ?)";

  private RawRecordDeletion() {}

  /**
   * Deletes below {@code cutoffMicros} and at or below {@code watermark}, lowered to the stored
   * window watermark if above it.
   */
  static DeletedRecords run(Connection c, long cutoffMicros, long watermark) throws SQLException {
    long upTo = Math.min(watermark, storedWatermark(c));
    long conflicts = update(c, DELETE_CONFLICTS, upTo, upTo, cutoffMicros, cutoffMicros);
    long labels = update(c, DELETE_LABELS, upTo, upTo, cutoffMicros, cutoffMicros);
    long predictions = update(c, DELETE_PREDICTIONS, upTo, cutoffMicros, upTo);
    return new DeletedRecords(predictions, labels, conflicts);
  }

  private static long storedWatermark(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT seq FROM window_watermark WHERE id = 1")) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  private static long update(Connection c, String sql, long... parameters) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        delete.setLong(i + 1, parameters[i]);
      }
      return delete.executeUpdate();
    }
  }
}
