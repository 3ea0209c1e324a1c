package dev.vigil.store;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.ExperimentAlreadyExistsException;
import dev.vigil.core.tracking.LifecycleStage;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunData;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.core.tracking.TrackingStore;
import dev.vigil.core.tracking.ViewType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link TrackingStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL (tables of
 * migration V6). Each method is one transaction; experiments are read by {@link
 * JdbcExperimentReader}, runs with their data by {@link TrackingRunReader}. Unique experiment names
 * are the database's UNIQUE constraint, checked first so that the answer names the conflict.
 */
public final class JdbcTrackingStore implements TrackingStore {

  private final Database database;

  public JdbcTrackingStore(Database database) {
    this.database = database;
  }

  @Override
  public String createExperiment(
      String name, String artifactLocation, Map<String, String> tags, Instant now) {
    try {
      return insertExperiment(name, artifactLocation, tags, now);
    } catch (StoreException e) {
      // Another server created the name between the check and the insert.
      if (TrackingSql.isUniqueViolation(e.getCause())) {
        throw new ExperimentAlreadyExistsException(name);
      }
      throw e;
    }
  }

  private String insertExperiment(
      String name, String artifactLocation, Map<String, String> tags, Instant now) {
    return Transaction.run(
        database,
        "cannot create the experiment '" + name + "'",
        c -> {
          if (JdbcExperimentReader.byName(c, name).isPresent()) {
            throw new ExperimentAlreadyExistsException(name);
          }
          long id;
          String sql =
              "INSERT INTO experiment (name, artifact_location, lifecycle_stage, creation_time_ms,"
                  + " last_update_time_ms) VALUES (?, ?, 'active', ?, ?) RETURNING experiment_id";
          try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setString(1, name);
            insert.setString(2, artifactLocation);
            insert.setLong(3, now.toEpochMilli());
            insert.setLong(4, now.toEpochMilli());
            try (ResultSet rs = insert.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          for (Map.Entry<String, String> tag : tags.entrySet()) {
            TrackingSql.upsertExperimentTag(c, id, tag.getKey(), tag.getValue());
          }
          return Long.toString(id);
        });
  }

  @Override
  public Optional<Experiment> experiment(String id) {
    Optional<Long> key = JdbcExperimentReader.parseId(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return read("cannot read experiment " + id, c -> JdbcExperimentReader.byId(c, key.get()));
  }

  @Override
  public Optional<Experiment> experimentByName(String name) {
    return read("cannot read experiment '" + name + "'", c -> JdbcExperimentReader.byName(c, name));
  }

  @Override
  public List<Experiment> experiments(ViewType view) {
    return read("cannot list experiments", c -> JdbcExperimentReader.all(c, view));
  }

  @Override
  public void renameExperiment(String id, String name, Instant now) {
    write(
        "cannot rename experiment " + id,
        c -> {
          long key = TrackingSql.requireExperiment(c, id);
          Optional<Experiment> holder = JdbcExperimentReader.byName(c, name);
          if (holder.isPresent() && !holder.get().id().equals(id)) {
            throw new ExperimentAlreadyExistsException(name);
          }
          TrackingSql.update(
              c,
              "UPDATE experiment SET name = ?, last_update_time_ms = ? WHERE experiment_id = ?",
              name,
              now.toEpochMilli(),
              key);
        });
  }

  @Override
  public void setExperimentLifecycle(String id, LifecycleStage stage, Instant now) {
    write(
        "cannot change experiment " + id,
        c -> {
          long key = TrackingSql.requireExperiment(c, id);
          TrackingSql.update(
              c,
              "UPDATE experiment SET lifecycle_stage = ?, last_update_time_ms = ?"
                  + " WHERE experiment_id = ?",
              stage.label(),
              now.toEpochMilli(),
              key);
          TrackingSql.update(
              c, "UPDATE run SET lifecycle_stage = ? WHERE experiment_id = ?", stage.label(), key);
        });
  }

  @Override
  public void setExperimentTag(String id, String key, String value, Instant now) {
    write(
        "cannot tag experiment " + id,
        c -> {
          long experiment = TrackingSql.requireExperiment(c, id);
          TrackingSql.upsertExperimentTag(c, experiment, key, value);
          TrackingSql.update(
              c,
              "UPDATE experiment SET last_update_time_ms = ? WHERE experiment_id = ?",
              now.toEpochMilli(),
              experiment);
        });
  }

  @Override
  public void createRun(Run run) {
    write(
        "cannot create run " + run.id(),
        c -> {
          long experiment = TrackingSql.requireExperiment(c, run.experimentId());
          TrackingSql.update(
              c,
              "INSERT INTO run (run_id, experiment_id, name, user_id, status, start_time_ms,"
                  + " end_time_ms, lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              run.id(),
              experiment,
              run.name(),
              run.userId(),
              run.status().name(),
              run.startTime().toEpochMilli(),
              run.endTime().map(Instant::toEpochMilli).orElse(null),
              run.lifecycleStage().label(),
              run.artifactUri());
          RunDataWriter.write(c, run.id(), new RunData(run.metrics(), run.params(), run.tags()));
        });
  }

  @Override
  public Optional<Run> run(String id) {
    return read("cannot read run " + id, c -> new TrackingRunReader(c).byId(id));
  }

  @Override
  public List<Run> runs(Collection<String> experimentIds, ViewType view) {
    List<Long> keys = new ArrayList<>();
    experimentIds.forEach(id -> JdbcExperimentReader.parseId(id).ifPresent(keys::add));
    return read("cannot search runs", c -> new TrackingRunReader(c).byExperiments(keys, view));
  }

  @Override
  public void updateRun(
      String runId,
      RunStatus status,
      Optional<Instant> endTime,
      String name,
      Map<String, String> tags) {
    write(
        "cannot update run " + runId,
        c -> {
          TrackingSql.requireRun(c, runId);
          TrackingSql.update(
              c,
              "UPDATE run SET status = ?, end_time_ms = ?, name = ? WHERE run_id = ?",
              status.name(),
              endTime.map(Instant::toEpochMilli).orElse(null),
              name,
              runId);
          RunDataWriter.write(c, runId, RunData.ofTags(tags));
        });
  }

  @Override
  public void setRunLifecycle(String runId, LifecycleStage stage) {
    write(
        "cannot change run " + runId,
        c -> {
          TrackingSql.requireRun(c, runId);
          TrackingSql.update(
              c, "UPDATE run SET lifecycle_stage = ? WHERE run_id = ?", stage.label(), runId);
        });
  }

  @Override
  public void logBatch(String runId, RunData data) {
    write(
        "cannot log to run " + runId,
        c -> {
          TrackingSql.requireRun(c, runId);
          RunDataWriter.write(c, runId, data);
        });
  }

  @Override
  public void deleteTag(String runId, String key) {
    write(
        "cannot delete a tag of run " + runId,
        c -> {
          TrackingSql.requireRun(c, runId);
          if (TrackingSql.update(c, "DELETE FROM run_tag WHERE run_id = ? AND key = ?", runId, key)
              == 0) {
            throw new TrackingNotFoundException(
                "No tag with name: " + key + " in run with id " + runId);
          }
        });
  }

  @Override
  public List<MetricPoint> metricHistory(String runId, String key) {
    String sql =
        "SELECT key, value, timestamp_ms, step FROM metric WHERE run_id = ? AND key = ?"
            + " ORDER BY timestamp_ms, step, value";
    return read(
        "cannot read the history of metric '" + key + "'",
        c -> {
          List<MetricPoint> points = new ArrayList<>();
          try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, runId);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                points.add(MetricValues.point(rs, 1));
              }
            }
          }
          return points;
        });
  }

  /** Work on a connection that changes nothing when it throws. */
  @FunctionalInterface
  private interface Writing {
    void run(Connection c) throws SQLException;
  }

  private void write(String what, Writing work) {
    Transaction.run(
        database,
        what,
        c -> {
          work.run(c);
          return null;
        });
  }

  /** Reads outside a transaction: on SQLite a transaction would take the write lock. */
  private <T> T read(String what, Transaction.Work<T> work) {
    try (Connection c = database.dataSource().getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }
}
