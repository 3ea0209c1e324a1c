package dev.vigil.store;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.UnmatchedLabels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of {@link JdbcLabelStore#unmatched}: labels of a model with no prediction of the same
 * key. Both statements run in one read, so on SQLite (one snapshot per statement) the count and the
 * examples may differ by what a commit in between added; the examples are never more than the count
 * said (they are capped by it).
 */
final class UnmatchedLabelRows {

  private static final String UNMATCHED =
      " FROM label l WHERE l.model_name = ? AND NOT EXISTS (SELECT 1 FROM prediction p"
          + " WHERE p.model_name = l.model_name AND p.prediction_id = l.prediction_id)";

  private static final String SUMMARY = "SELECT count(*), min(l.label_time_us)" + UNMATCHED;

  private static final String EXAMPLES =
      "SELECT l.model_name, l.prediction_id, l.label, l.label_time_us"
          + UNMATCHED
          + " ORDER BY l.label_time_us, l.prediction_id LIMIT ?";

  private UnmatchedLabelRows() {}

  static UnmatchedLabels read(Connection c, String modelName, int limit) throws SQLException {
    long count;
    Optional<Instant> oldest;
    try (PreparedStatement select = c.prepareStatement(SUMMARY)) {
      select.setString(1, modelName);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        count = row.getLong(1);
        long micros = row.getLong(2);
        oldest = row.wasNull() ? Optional.empty() : Optional.of(EpochMicros.toInstant(micros));
      }
    }
    List<LabelRecord> examples = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(EXAMPLES)) {
      select.setString(1, modelName);
      select.setLong(2, Math.min(limit, count));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          examples.add(LabelRows.read(rows, 1));
        }
      }
    }
    return new UnmatchedLabels(count, oldest, examples);
  }
}
