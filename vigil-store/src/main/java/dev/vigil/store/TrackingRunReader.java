package dev.vigil.store;

import dev.vigil.core.tracking.LifecycleStage;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.ViewType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads runs with their params, tags and latest metrics: one query per table for all the runs asked
 * for (by id or by experiment), never one per run.
 */
final class TrackingRunReader {

  private static final String RUN_COLUMNS =
      "r.run_id, r.experiment_id, r.name, r.user_id, r.status, r.start_time_ms, r.end_time_ms,"
          + " r.lifecycle_stage, r.artifact_uri";

  private final Connection c;

  TrackingRunReader(Connection c) {
    this.c = c;
  }

  Optional<Run> byId(String runId) throws SQLException {
    return read("r.run_id = ?", List.of(runId)).stream().findFirst();
  }

  List<Run> byExperiments(List<Long> experimentIds, ViewType view) throws SQLException {
    if (experimentIds.isEmpty()) {
      return List.of();
    }
    String where =
        "r.experiment_id IN (" + "?,".repeat(experimentIds.size() - 1) + "?)" + stageClause(view);
    return read(where, experimentIds);
  }

  private static String stageClause(ViewType view) {
    return switch (view) {
      case ACTIVE_ONLY -> " AND r.lifecycle_stage = 'active'";
      case DELETED_ONLY -> " AND r.lifecycle_stage = 'deleted'";
      case ALL -> "";
    };
  }

  private List<Run> read(String where, List<?> args) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (ResultSet rs = query("SELECT " + RUN_COLUMNS + " FROM run r WHERE " + where, args)) {
      while (rs.next()) {
        rows.put(rs.getString(1), new Row(rs));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    readPairs("run_param", where, args, rows, true);
    readPairs("run_tag", where, args, rows, false);
    String metrics =
        "SELECT m.run_id, m.key, m.value, m.timestamp_ms, m.step FROM latest_metric m"
            + " JOIN run r ON r.run_id = m.run_id WHERE "
            + where
            + " ORDER BY m.key";
    try (ResultSet rs = query(metrics, args)) {
      while (rs.next()) {
        rows.get(rs.getString(1)).metrics.add(MetricValues.point(rs, 2));
      }
    }
    List<Run> runs = new ArrayList<>();
    rows.values().forEach(row -> runs.add(row.run()));
    return runs;
  }

  private void readPairs(
      String table, String where, List<?> args, Map<String, Row> rows, boolean params)
      throws SQLException {
    String sql =
        "SELECT t.run_id, t.key, t.value FROM "
            + table
            + " t JOIN run r ON r.run_id = t.run_id WHERE "
            + where;
    try (ResultSet rs = query(sql, args)) {
      while (rs.next()) {
        Row row = rows.get(rs.getString(1));
        (params ? row.params : row.tags).put(rs.getString(2), rs.getString(3));
      }
    }
  }

  private ResultSet query(String sql, List<?> args) throws SQLException {
    PreparedStatement select = c.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      select.setObject(i + 1, args.get(i));
    }
    select.closeOnCompletion();
    return select.executeQuery();
  }

  /** A run's columns while its data is read. */
  private static final class Row {
    final String id;
    final String experimentId;
    final String name;
    final String userId;
    final RunStatus status;
    final Instant start;
    final Optional<Instant> end;
    final LifecycleStage stage;
    final String artifactUri;
    final Map<String, String> params = new HashMap<>();
    final Map<String, String> tags = new HashMap<>();
    final List<MetricPoint> metrics = new ArrayList<>();

    Row(ResultSet rs) throws SQLException {
      id = rs.getString(1);
      experimentId = Long.toString(rs.getLong(2));
      name = rs.getString(3);
      userId = rs.getString(4);
      status = RunStatus.valueOf(rs.getString(5));
      start = Instant.ofEpochMilli(rs.getLong(6));
      long endMs = rs.getLong(7);
      end = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(endMs));
      stage = LifecycleStage.ofLabel(rs.getString(8));
      artifactUri = rs.getString(9);
    }

    Run run() {
      return new Run(
          id,
          experimentId,
          name,
          userId,
          status,
          start,
          end,
          stage,
          artifactUri,
          params,
          tags,
          metrics);
    }
  }
}
