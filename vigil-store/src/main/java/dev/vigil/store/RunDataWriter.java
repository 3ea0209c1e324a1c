package dev.vigil.store;

import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.RunData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes a run's metrics, params and tags inside the caller's transaction. Params are write-once:
 * the same value again is accepted, another value refused, so the transaction rolls back whole.
 */
final class RunDataWriter {

  private RunDataWriter() {}

  static void write(Connection c, String runId, RunData data) throws SQLException {
    for (Map.Entry<String, String> param : data.params().entrySet()) {
      writeParam(c, runId, param.getKey(), param.getValue());
    }
    for (Map.Entry<String, String> tag : data.tags().entrySet()) {
      TrackingSql.update(
          c,
          "INSERT INTO run_tag (run_id, key, value) VALUES (?, ?, ?)"
              + " ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
          runId,
          tag.getKey(),
          tag.getValue());
    }
    for (MetricPoint point : data.metrics()) {
      writeMetric(c, runId, point);
    }
  }

  private static void writeParam(Connection c, String runId, String key, String value)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT value FROM run_param WHERE run_id = ? AND key = ?")) {
      select.setString(1, runId);
      select.setString(2, key);
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          String logged = rs.getString(1);
          if (!logged.equals(value)) {
            throw new IllegalArgumentException(
                "params: Changing param values is not allowed. Param with key='"
                    + key
                    + "' was already logged with value='"
                    + logged
                    + "' for run ID='"
                    + runId
                    + "'. Attempted logging new value '"
                    + value
                    + "'.");
          }
          return;
        }
      }
    }
    TrackingSql.update(
        c, "INSERT INTO run_param (run_id, key, value) VALUES (?, ?, ?)", runId, key, value);
  }

  private static void writeMetric(Connection c, String runId, MetricPoint point)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO metric (run_id, key, timestamp_ms, step, value) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      insert.setString(1, runId);
      insert.setString(2, point.key());
      insert.setLong(3, point.timestamp());
      insert.setLong(4, point.step());
      MetricValues.set(insert, 5, point.value());
      insert.executeUpdate();
    }
    MetricPoint latest = latest(c, runId, point.key());
    if (latest == null || point.isLaterThan(latest)) {
      try (PreparedStatement upsert =
          c.prepareStatement(
              "INSERT INTO latest_metric (run_id, key, timestamp_ms, step, value)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, key) DO UPDATE SET"
                  + " timestamp_ms = excluded.timestamp_ms, step = excluded.step,"
                  + " value = excluded.value")) {
        upsert.setString(1, runId);
        upsert.setString(2, point.key());
        upsert.setLong(3, point.timestamp());
        upsert.setLong(4, point.step());
        MetricValues.set(upsert, 5, point.value());
        upsert.executeUpdate();
      }
    }
  }

  private static MetricPoint latest(Connection c, String runId, String key) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT key, value, timestamp_ms, step FROM latest_metric WHERE run_id = ? AND key = ?")) {
      select.setString(1, runId);
      select.setString(2, key);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? MetricValues.point(rs, 1) : null;
      }
    }
  }
}
