package dev.vigil.core.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where experiments and runs are kept (the port; vigil-store has the JDBC one). Every method is one
 * transaction; a method given an unknown experiment or run id throws {@link
 * TrackingNotFoundException} and changes nothing. Validation of names and values is {@link
 * Tracking}'s; the store enforces what needs the stored state: unique experiment names and
 * write-once params.
 */
public interface TrackingStore {

  /**
   * Creates an active experiment and answers its new id.
   *
   * @throws ExperimentAlreadyExistsException when the name is taken, even by a deleted one
   */
  String createExperiment(
      String name, String artifactLocation, Map<String, String> tags, Instant now);

  Optional<Experiment> experiment(String id);

  Optional<Experiment> experimentByName(String name);

  /** The experiments the view sees, by id. */
  List<Experiment> experiments(ViewType view);

  /**
   * @throws ExperimentAlreadyExistsException when the new name is taken
   */
  void renameExperiment(String id, String name, Instant now);

  /** Marks an experiment and all its runs deleted, or restores them (MLflow deletes both). */
  void setExperimentLifecycle(String id, LifecycleStage stage, Instant now);

  void setExperimentTag(String id, String key, String value, Instant now);

  /** Stores a new run with its tags (params and metrics empty); its experiment must exist. */
  void createRun(Run run);

  Optional<Run> run(String id);

  /** The runs of these experiments the view sees, with their data. */
  List<Run> runs(Collection<String> experimentIds, ViewType view);

  /** Sets the status, end time and name of a run and adds or replaces tags, atomically. */
  void updateRun(
      String runId,
      RunStatus status,
      Optional<Instant> endTime,
      String name,
      Map<String, String> tags);

  void setRunLifecycle(String runId, LifecycleStage stage);

  /**
   * Adds metric points, params and tags to a run, all or nothing.
   *
   * @throws IllegalArgumentException starting with {@code params:} when a param already has another
   *     value (params are write-once; logging the same value again is accepted)
   */
  void logBatch(String runId, RunData data);

  /**
   * @throws TrackingNotFoundException when the run has no such tag
   */
  void deleteTag(String runId, String key);

  /** Every point logged for the metric, by timestamp then step; empty if none. */
  List<MetricPoint> metricHistory(String runId, String key);
}
