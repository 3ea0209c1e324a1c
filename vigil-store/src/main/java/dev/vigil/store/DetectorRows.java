package dev.vigil.store;

import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.stats.detect.DetectorMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rows of {@code detector_state}: one per model and stream (migration V9). */
final class DetectorRows {

  private static final String COLUMNS =
      "model_name, stream, method, observations, last_warning_us, last_detection_us, detections,"
          + " state";

  private DetectorRows() {}

  /** Inserts or replaces each detector's row; runs in the caller's transaction. */
  static void upsert(Connection c, List<SavedDetector> detectors) throws SQLException {
    if (detectors.isEmpty()) {
      return;
    }
    String sql =
        "INSERT INTO detector_state ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (model_name, stream) DO UPDATE SET"
            + " method = excluded.method, observations = excluded.observations,"
            + " last_warning_us = excluded.last_warning_us,"
            + " last_detection_us = excluded.last_detection_us,"
            + " detections = excluded.detections, state = excluded.state";
    try (PreparedStatement upsert = c.prepareStatement(sql)) {
      for (SavedDetector d : detectors) {
        DetectorStatus s = d.status();
        upsert.setString(1, s.model());
        upsert.setString(2, s.stream());
        upsert.setString(3, s.method().id());
        upsert.setLong(4, s.observations());
        setTime(upsert, 5, s.lastWarning());
        setTime(upsert, 6, s.lastDetection());
        upsert.setLong(7, s.detections());
        upsert.setBytes(8, d.state());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  static List<SavedDetector> all(Connection c) throws SQLException {
    List<SavedDetector> rows = new ArrayList<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM detector_state ORDER BY model_name, stream");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        DetectorStatus status =
            new DetectorStatus(
                row.getString(1),
                row.getString(2),
                DetectorMethod.fromId(row.getString(3)),
                row.getLong(4),
                time(row, 5),
                time(row, 6),
                row.getLong(7));
        rows.add(new SavedDetector(status, row.getBytes(8)));
      }
    }
    return rows;
  }

  private static void setTime(PreparedStatement s, int index, Optional<Instant> time)
      throws SQLException {
    if (time.isPresent()) {
      s.setLong(index, EpochMicros.of(time.get()));
    } else {
      s.setNull(index, Types.BIGINT);
    }
  }

  private static Optional<Instant> time(ResultSet row, int index) throws SQLException {
    long micros = row.getLong(index);
    return row.wasNull() ? Optional.empty() : Optional.of(EpochMicros.toInstant(micros));
  }
}
