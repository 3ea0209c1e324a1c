package dev.vigil.store;

import dev.vigil.core.tracking.TrackingNotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The statements {@link JdbcTrackingStore} and its helpers share, run on the caller's connection.
 */
final class TrackingSql {

  private TrackingSql() {}

  static void upsertExperimentTag(Connection c, long id, String key, String value)
      throws SQLException {
    update(
        c,
        "INSERT INTO experiment_tag (experiment_id, key, value) VALUES (?, ?, ?)"
            + " ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value",
        id,
        key,
        value);
  }

  static long requireExperiment(Connection c, String id) throws SQLException {
    Optional<Long> key = JdbcExperimentReader.parseId(id);
    if (key.isEmpty() || JdbcExperimentReader.byId(c, key.get()).isEmpty()) {
      throw new TrackingNotFoundException("No Experiment with id=" + id + " exists");
    }
    return key.get();
  }

  static void requireRun(Connection c, String runId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM run WHERE run_id = ?")) {
      select.setString(1, runId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new TrackingNotFoundException("Run with id=" + runId + " not found");
        }
      }
    }
  }

  static boolean isUniqueViolation(Throwable e) {
    if (e instanceof SQLiteException sqlite) {
      return sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }
    return e instanceof SQLException sql && "23505".equals(sql.getSQLState());
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement.executeUpdate();
    }
  }
}
