package dev.vigil.store;

import dev.vigil.core.event.EventPosition;
import dev.vigil.core.event.EventReader;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.StoredPrediction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link EventReader} on a {@link Database}, the same SQL on SQLite and PostgreSQL: the {@code
 * prediction} table left-joined with {@code label} on (model, prediction id), by the index {@code
 * prediction_by_event_time}, ordered by event time then sequence number.
 */
public final class JdbcEventReader implements EventReader {

  private static final String SELECT =
      "SELECT p.seq, p.model_name, p.prediction_id, p.model_version, p.event_time_us, p.features,"
          + " p.score, l.label, l.label_time_us FROM prediction p LEFT JOIN label l"
          + " ON l.model_name = p.model_name AND l.prediction_id = p.prediction_id"
          + " WHERE p.model_name = ? AND p.event_time_us >= ? AND p.event_time_us < ?";

  private final Database database;

  public JdbcEventReader(Database database) {
    this.database = database;
  }

  @Override
  public List<StoredPrediction> predictionsBetween(
      String model,
      Instant from,
      Instant to,
      Optional<String> version,
      Optional<EventPosition> after,
      int limit) {
    EventReader.requireValidLimit(limit);
    String sql =
        SELECT
            + (version.isPresent() ? " AND p.model_version = ?" : "")
            + (after.isPresent()
                ? " AND (p.event_time_us > ? OR (p.event_time_us = ? AND p.seq > ?))"
                : "")
            + " ORDER BY p.event_time_us, p.seq LIMIT ?";
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      int i = 1;
      select.setString(i++, model);
      // From the cursor's time on when it is later, so the index range starts there and a page
      // does not scan the pages before it.
      long lowest = EpochMicros.of(from);
      select.setLong(
          i++, after.map(a -> Math.max(lowest, EpochMicros.of(a.eventTime()))).orElse(lowest));
      select.setLong(i++, EpochMicros.of(to));
      if (version.isPresent()) {
        select.setString(i++, version.get());
      }
      if (after.isPresent()) {
        long micros = EpochMicros.of(after.get().eventTime());
        select.setLong(i++, micros);
        select.setLong(i++, micros);
        select.setLong(i++, after.get().seq());
      }
      select.setInt(i, limit);
      return read(select);
    } catch (SQLException e) {
      throw new StoreException("cannot read the predictions of '" + model + "'", e);
    }
  }

  private static List<StoredPrediction> read(PreparedStatement select) throws SQLException {
    List<StoredPrediction> predictions = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        PredictionRecord prediction = PredictionRows.read(row, 2);
        int label = row.getInt(8);
        Optional<LabelRecord> stored =
            row.wasNull()
                ? Optional.empty()
                : Optional.of(
                    new LabelRecord(
                        prediction.modelName(),
                        prediction.predictionId(),
                        label,
                        EpochMicros.toInstant(row.getLong(9))));
        predictions.add(new StoredPrediction(row.getLong(1), prediction, stored));
      }
    }
    return predictions;
  }
}
