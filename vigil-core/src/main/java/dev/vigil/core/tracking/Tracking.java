package dev.vigil.core.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Experiment and run tracking with MLflow's rules, over a {@link TrackingStore}: names and keys
 * validated ({@link TrackingNames}); params write-once; a deleted experiment takes no new runs and
 * a deleted run takes no new data, and searches leave both out unless asked (getting one by id
 * still answers it, marked deleted, as MLflow does); the system tags {@code mlflow.runName} and
 * {@code mlflow.user} kept in step with the run's name and user. Refusals are {@link
 * IllegalArgumentException}s starting with the field at fault, {@link TrackingNotFoundException}
 * and {@link ExperimentAlreadyExistsException}; a refused call changes nothing.
 */
public final class Tracking {

  /** The tag that says why {@link #endStuckRuns} ended a run. */
  public static final String CLEANUP_REASON_TAG = "vigil.cleanup.reason";

  /** MLflow's limits of one log-batch call. */
  public static final int MAX_BATCH_METRICS = 1000;

  public static final int MAX_BATCH_PARAMS = 100;
  public static final int MAX_BATCH_TAGS = 100;

  private final TrackingStore store;
  private final Clock clock;

  public Tracking(TrackingStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Creates an experiment; the artifact location is recorded as given, empty when absent. */
  public Experiment createExperiment(
      String name, Optional<String> artifactLocation, Map<String, String> tags) {
    TrackingNames.requireExperimentName(name);
    validateTags(tags);
    String id = store.createExperiment(name, artifactLocation.orElse(""), tags, clock.instant());
    return experiment(id);
  }

  /**
   * The experiment with this name, created (no artifact location, no tags) when there is none: what
   * a job that logs its runs (training, monitoring) calls first.
   */
  public Experiment experimentNamed(String name) {
    Optional<Experiment> found = experimentByName(name);
    if (found.isPresent()) {
      return found.get();
    }
    try {
      return createExperiment(name, Optional.empty(), Map.of());
    } catch (ExperimentAlreadyExistsException createdMeanwhile) {
      return experimentByName(name).orElseThrow(() -> createdMeanwhile);
    }
  }

  /** The experiment with this id, deleted or not. */
  public Experiment experiment(String id) {
    return store.experiment(id).orElseThrow(() -> TrackingNotFoundException.experiment(id));
  }

  /** The experiment with this name, deleted or not. */
  public Optional<Experiment> experimentByName(String name) {
    return store.experimentByName(name);
  }

  public List<Experiment> experiments(ViewType view) {
    return store.experiments(view);
  }

  /** One page of the experiments the search lets through, in its order. */
  public Page<Experiment> searchExperiments(ExperimentSearch search) {
    List<Experiment> matching =
        store.experiments(search.view()).stream()
            .filter(search.predicate())
            .sorted(search.order())
            .toList();
    return Page.of(matching, search.pageToken(), search.maxResults());
  }

  public void renameExperiment(String id, String newName) {
    TrackingNames.requireExperimentName(newName);
    experiment(id);
    store.renameExperiment(id, newName, clock.instant());
  }

  /** Marks the experiment and its runs deleted. */
  public void deleteExperiment(String id) {
    experiment(id);
    store.setExperimentLifecycle(id, LifecycleStage.DELETED, clock.instant());
  }

  public void restoreExperiment(String id) {
    experiment(id);
    store.setExperimentLifecycle(id, LifecycleStage.ACTIVE, clock.instant());
  }

  public void setExperimentTag(String id, String key, String value) {
    TrackingNames.requireKey("key", key);
    TrackingNames.requireValue("value", value, TrackingNames.MAX_TAG_VALUE_LENGTH);
    experiment(id);
    store.setExperimentTag(id, key, value, clock.instant());
  }

  /** Starts a run in an active experiment, RUNNING, with a fresh id. */
  public Run createRun(NewRun request) {
    Experiment experiment = experiment(request.experimentId());
    if (!experiment.isActive()) {
      throw new IllegalArgumentException(
          "experiment_id: the experiment "
              + experiment.id()
              + " must be in the 'active' state; it is deleted");
    }
    validateTags(request.tags());
    String id = UUID.randomUUID().toString().replace("-", "");
    String name =
        request
            .name()
            .filter(n -> !n.isEmpty())
            .or(() -> Optional.ofNullable(request.tags().get(Run.NAME_TAG)))
            .orElse("run-" + id.substring(0, 8));
    String user =
        Optional.ofNullable(request.tags().get(Run.USER_TAG)).or(request::userId).orElse("");
    Map<String, String> tags = new HashMap<>(request.tags());
    tags.put(Run.NAME_TAG, name);
    String artifactUri =
        experiment.artifactLocation().isEmpty()
            ? ""
            : experiment.artifactLocation() + "/" + id + "/artifacts";
    Run run =
        new Run(
            id,
            experiment.id(),
            name,
            user,
            RunStatus.RUNNING,
            request.startTime().orElse(clock.instant()),
            Optional.empty(),
            LifecycleStage.ACTIVE,
            artifactUri,
            Map.of(),
            tags,
            List.of());
    store.createRun(run);
    return run;
  }

  /** The run with this id, deleted or not. */
  public Run run(String id) {
    return store.run(id).orElseThrow(() -> TrackingNotFoundException.run(id));
  }

  /**
   * Changes a run's status, end time or name. A terminal status without an end time ends the run
   * now; a renamed run's {@code mlflow.runName} tag follows.
   */
  public Run updateRun(
      String id, Optional<RunStatus> status, Optional<Instant> endTime, Optional<String> name) {
    Run run = activeRun(id);
    RunStatus newStatus = status.orElse(run.status());
    Optional<Instant> end = endTime.or(() -> run.endTime());
    if (newStatus.isTerminal() && end.isEmpty()) {
      end = Optional.of(clock.instant());
    }
    String newName = name.filter(n -> !n.isEmpty()).orElse(run.name());
    store.updateRun(id, newStatus, end, newName, Map.of(Run.NAME_TAG, newName));
    return run(id);
  }

  /** Ends a run now with a terminal status (FINISHED, FAILED or KILLED). */
  public Run endRun(String id, RunStatus status) {
    if (!status.isTerminal()) {
      throw new IllegalArgumentException("status: " + status + " does not end a run");
    }
    return updateRun(id, Optional.of(status), Optional.empty(), Optional.empty());
  }

  public void deleteRun(String id) {
    run(id);
    store.setRunLifecycle(id, LifecycleStage.DELETED);
  }

  public void restoreRun(String id) {
    run(id);
    store.setRunLifecycle(id, LifecycleStage.ACTIVE);
  }

  public void logMetric(String runId, MetricPoint point) {
    logBatch(runId, new RunData(List.of(point), Map.of(), Map.of()));
  }

  public void logParam(String runId, String key, String value) {
    logBatch(runId, new RunData(List.of(), Map.of(key, value), Map.of()));
  }

  public void setTag(String runId, String key, String value) {
    logBatch(runId, RunData.ofTags(Map.of(key, value)));
  }

  /** Logs metrics, params and tags to an active run, all or nothing. */
  public void logBatch(String runId, RunData data) {
    requireAtMost("metrics", data.metrics().size(), MAX_BATCH_METRICS);
    requireAtMost("params", data.params().size(), MAX_BATCH_PARAMS);
    requireAtMost("tags", data.tags().size(), MAX_BATCH_TAGS);
    data.params()
        .values()
        .forEach(
            v -> TrackingNames.requireValue("params", v, TrackingNames.MAX_PARAM_VALUE_LENGTH));
    validateTags(data.tags());
    activeRun(runId);
    if (!data.isEmpty()) {
      store.logBatch(runId, data);
    }
  }

  public void deleteTag(String runId, String key) {
    activeRun(runId);
    store.deleteTag(runId, key);
  }

  public Page<Run> searchRuns(RunSearch search) {
    RunFilter filter = RunFilter.parse(search.filter());
    var order = RunOrder.parse(search.orderBy());
    List<Run> matching =
        store.runs(search.experimentIds(), search.view()).stream()
            .filter(filter)
            .sorted(order)
            .toList();
    return Page.of(matching, search.pageToken(), search.maxResults());
  }

  /** Every point of a run's metric, oldest first; empty when the metric was never logged. */
  public List<MetricPoint> metricHistory(String runId, String key) {
    run(runId);
    return store.metricHistory(runId, key);
  }

  /** The active runs of one experiment (by name) or of all, latest start first. */
  public List<Run> runs(Optional<String> experimentName) {
    List<String> ids = new ArrayList<>();
    if (experimentName.isPresent()) {
      ids.add(
          experimentByName(experimentName.get())
              .orElseThrow(() -> unknownExperimentName(experimentName.get()))
              .id());
    } else {
      experiments(ViewType.ACTIVE_ONLY).forEach(e -> ids.add(e.id()));
    }
    return store.runs(ids, ViewType.ACTIVE_ONLY).stream()
        .sorted(RunOrder.parse(List.of()))
        .toList();
  }

  /**
   * Ends the runs still RUNNING that started more than {@code olderThan} ago, in one experiment (by
   * name) or in all: status KILLED, end time now, tag {@value #CLEANUP_REASON_TAG} saying why.
   * Answers the runs it ended, as they are now.
   */
  public List<Run> endStuckRuns(Optional<String> experimentName, Duration olderThan) {
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan: must not be negative, was " + olderThan);
    }
    Instant now = clock.instant();
    Instant startedBefore = now.minus(olderThan);
    String reason = "running longer than " + StuckRuns.describe(olderThan);
    List<Run> ended = new ArrayList<>();
    for (Run run : runs(experimentName)) {
      if (run.status() == RunStatus.RUNNING && run.startTime().isBefore(startedBefore)) {
        store.updateRun(
            run.id(),
            RunStatus.KILLED,
            Optional.of(now),
            run.name(),
            Map.of(CLEANUP_REASON_TAG, reason));
        ended.add(run(run.id()));
      }
    }
    return ended;
  }

  private Run activeRun(String id) {
    Run run = run(id);
    if (!run.isActive()) {
      throw new IllegalArgumentException(
          "run_id: the run " + id + " must be in the 'active' state; it is deleted");
    }
    return run;
  }

  private static void requireAtMost(String field, int count, int max) {
    if (count > max) {
      throw new IllegalArgumentException(
          field + ": a batch logs at most " + max + ", was " + count);
    }
  }

  private static void validateTags(Map<String, String> tags) {
    tags.forEach(
        (k, v) -> {
          TrackingNames.requireKey("tags", k);
          TrackingNames.requireValue("tags", v, TrackingNames.MAX_TAG_VALUE_LENGTH);
        });
  }

  private static TrackingNotFoundException unknownExperimentName(String name) {
    return new TrackingNotFoundException("No experiment named '" + name + "' exists");
  }
}
