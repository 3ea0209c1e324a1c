package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.ExperimentAlreadyExistsException;
import dev.vigil.core.tracking.LifecycleStage;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunData;
import dev.vigil.core.tracking.RunSearch;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.core.tracking.ViewType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcTrackingStore} must do under MLflow's rules of {@link Tracking}; run once per
 * database by the subclasses, each test on emptied tracking tables.
 */
abstract class TrackingStoreContract {

  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private Database database;
  private SettableClock clock;
  private Tracking tracking;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of("metric", "latest_metric", "run_param", "run_tag", "run", "experiment_tag")) {
        s.executeUpdate("DELETE FROM " + table);
      }
      s.executeUpdate("DELETE FROM experiment WHERE experiment_id <> 0");
    }
    clock = new SettableClock(T0);
    tracking = new Tracking(new JdbcTrackingStore(database), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Run startRun(String experimentId) {
    return tracking.createRun(NewRun.in(experimentId));
  }

  @Test
  void theDefaultExperimentIsThereFromTheStart() {
    Experiment fallback = tracking.experiment(Experiment.DEFAULT_ID);
    assertEquals("Default", fallback.name());
    assertEquals(LifecycleStage.ACTIVE, fallback.lifecycleStage());
    assertEquals(Optional.of(fallback), tracking.experimentByName("Default"));
  }

  @Test
  void experimentsAreCreatedOnceByName() {
    Experiment churn =
        tracking.createExperiment("churn", Optional.of("s3://b/churn"), Map.of("team", "risk"));
    assertEquals("churn", churn.name());
    assertEquals("s3://b/churn", churn.artifactLocation());
    assertEquals(Map.of("team", "risk"), churn.tags());
    assertEquals(T0, churn.creationTime());
    assertEquals(Optional.of(churn), tracking.experimentByName("churn"));
    assertThrows(
        ExperimentAlreadyExistsException.class,
        () -> tracking.createExperiment("churn", Optional.empty(), Map.of()));
    assertEquals(Optional.empty(), tracking.experimentByName("absent"));
    assertThrows(TrackingNotFoundException.class, () -> tracking.experiment("424242"));
    assertThrows(TrackingNotFoundException.class, () -> tracking.experiment("not-a-number"));
  }

  @Test
  void experimentNamedFindsOrCreates() {
    Experiment created = tracking.experimentNamed("nightly");
    assertEquals(created, tracking.experimentNamed("nightly"));
    assertEquals(Experiment.DEFAULT_ID, tracking.experimentNamed("Default").id());
  }

  @Test
  void endingARunSetsItsEndTime() {
    Run run = startRun(Experiment.DEFAULT_ID);
    clock.advance(java.time.Duration.ofMinutes(5));
    Run ended = tracking.endRun(run.id(), RunStatus.FAILED);
    assertEquals(RunStatus.FAILED, ended.status());
    assertEquals(Optional.of(T0.plusSeconds(300)), ended.endTime());
    assertThrows(
        IllegalArgumentException.class, () -> tracking.endRun(run.id(), RunStatus.RUNNING));
  }

  @Test
  void renamingToATakenNameIsRefused() {
    Experiment a = tracking.createExperiment("a", Optional.empty(), Map.of());
    tracking.createExperiment("b", Optional.empty(), Map.of());
    assertThrows(
        ExperimentAlreadyExistsException.class, () -> tracking.renameExperiment(a.id(), "b"));
    tracking.renameExperiment(a.id(), "c");
    assertEquals("c", tracking.experiment(a.id()).name());
  }

  @Test
  void aNewRunIsRunningWithItsNameAndUserAsSystemTags() {
    Experiment churn = tracking.createExperiment("churn", Optional.empty(), Map.of());
    Run run =
        tracking.createRun(
            new NewRun(
                churn.id(),
                Optional.of("baseline"),
                Optional.of("ignored"),
                Optional.empty(),
                Map.of(Run.USER_TAG, "alice")));
    assertTrue(Run.isRunId(run.id()), run.id());
    Run stored = tracking.run(run.id());
    assertEquals(run, stored);
    assertEquals(RunStatus.RUNNING, stored.status());
    assertEquals("baseline", stored.name());
    assertEquals("alice", stored.userId());
    assertEquals(T0, stored.startTime());
    assertEquals(Optional.empty(), stored.endTime());
    assertEquals("baseline", stored.tags().get(Run.NAME_TAG));
  }

  @Test
  void metricsKeepTheirHistoryAndTheLatestIsTheLargestStep() {
    Run run = startRun(Experiment.DEFAULT_ID);
    tracking.logMetric(run.id(), new MetricPoint("auc", 0.7, 1000, 0));
    tracking.logMetric(run.id(), new MetricPoint("auc", 0.9, 900, 2));
    tracking.logMetric(run.id(), new MetricPoint("auc", 0.8, 3000, 1));
    tracking.logMetric(run.id(), new MetricPoint("auc", 0.8, 3000, 1)); // the same point again
    tracking.logBatch(
        run.id(),
        new RunData(
            List.of(
                new MetricPoint("nan", Double.NaN, 5, 0),
                new MetricPoint("inf", Double.POSITIVE_INFINITY, 5, 0)),
            Map.of(),
            Map.of()));

    assertEquals(
        List.of(
            new MetricPoint("auc", 0.9, 900, 2),
            new MetricPoint("auc", 0.7, 1000, 0),
            new MetricPoint("auc", 0.8, 3000, 1)),
        tracking.metricHistory(run.id(), "auc"));
    Run stored = tracking.run(run.id());
    assertEquals(Optional.of(new MetricPoint("auc", 0.9, 900, 2)), stored.metric("auc"));
    assertTrue(Double.isNaN(stored.metric("nan").orElseThrow().value()));
    assertEquals(Double.POSITIVE_INFINITY, stored.metric("inf").orElseThrow().value());
    assertEquals(List.of(), tracking.metricHistory(run.id(), "never"));
  }

  @Test
  void paramsAreWriteOnceAndARefusedBatchStoresNothing() {
    Run run = startRun(Experiment.DEFAULT_ID);
    tracking.logParam(run.id(), "depth", "6");
    tracking.logParam(run.id(), "depth", "6"); // the same value again is fine
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                tracking.logBatch(
                    run.id(),
                    new RunData(
                        List.of(new MetricPoint("auc", 0.5, 1, 0)),
                        Map.of("eta", "0.1", "depth", "7"),
                        Map.of("stage", "x"))));
    assertTrue(refused.getMessage().contains("Changing param values is not allowed"));
    Run stored = tracking.run(run.id());
    assertEquals(Map.of("depth", "6"), stored.params());
    assertEquals(List.of(), stored.metrics());
    assertFalse(stored.tags().containsKey("stage"));
  }

  @Test
  void badKeysAreRefusedNamingTheField() {
    Run run = startRun(Experiment.DEFAULT_ID);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> tracking.setTag(run.id(), "../x", "v"));
    assertTrue(refused.getMessage().startsWith("tags: "), refused.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> tracking.logParam(run.id(), "p", "x".repeat(6001)));
    assertThrows(TrackingNotFoundException.class, () -> tracking.setTag("0".repeat(32), "k", "v"));
    Map<String, String> tooMany = new java.util.HashMap<>();
    for (int i = 0; i <= Tracking.MAX_BATCH_PARAMS; i++) {
      tooMany.put("p" + i, "v");
    }
    IllegalArgumentException overLimit =
        assertThrows(
            IllegalArgumentException.class,
            () -> tracking.logBatch(run.id(), new RunData(List.of(), tooMany, Map.of())));
    assertTrue(overLimit.getMessage().startsWith("params: "), overLimit.getMessage());
    assertEquals(Map.of(), tracking.run(run.id()).params());
  }

  @Test
  void stuckRunsAreKilledWithAReasonAndTheOthersLeftAlone() {
    Experiment churn = tracking.createExperiment("churn", Optional.empty(), Map.of());
    Experiment other = tracking.createExperiment("other", Optional.empty(), Map.of());
    Run stuck = startRun(churn.id());
    Run stuckElsewhere = startRun(other.id());
    Run finished = startRun(churn.id());
    tracking.updateRun(
        finished.id(), Optional.of(RunStatus.FINISHED), Optional.empty(), Optional.empty());
    clock.advance(java.time.Duration.ofHours(3));
    Run fresh = startRun(churn.id());
    clock.advance(java.time.Duration.ofMinutes(1));

    List<Run> ended = tracking.endStuckRuns(Optional.of("churn"), java.time.Duration.ofHours(2));

    assertEquals(List.of(stuck.id()), ended.stream().map(Run::id).toList());
    Run killed = tracking.run(stuck.id());
    assertEquals(RunStatus.KILLED, killed.status());
    assertEquals(Optional.of(clock.instant()), killed.endTime());
    assertEquals("running longer than 2h", killed.tags().get(Tracking.CLEANUP_REASON_TAG));
    assertEquals(RunStatus.RUNNING, tracking.run(fresh.id()).status());
    assertEquals(RunStatus.FINISHED, tracking.run(finished.id()).status());
    assertEquals(RunStatus.RUNNING, tracking.run(stuckElsewhere.id()).status());

    List<Run> all = tracking.endStuckRuns(Optional.empty(), java.time.Duration.ofHours(2));
    assertEquals(List.of(stuckElsewhere.id()), all.stream().map(Run::id).toList());
  }

  @Test
  void aDeletedRunIsLeftOutOfSearchesAndTakesNoData() {
    Run kept = startRun(Experiment.DEFAULT_ID);
    Run deleted = startRun(Experiment.DEFAULT_ID);
    tracking.deleteRun(deleted.id());

    assertEquals(List.of(kept.id()), searchIds("", ViewType.ACTIVE_ONLY, List.of()));
    assertEquals(List.of(deleted.id()), searchIds("", ViewType.DELETED_ONLY, List.of()));
    assertEquals(LifecycleStage.DELETED, tracking.run(deleted.id()).lifecycleStage());
    assertThrows(IllegalArgumentException.class, () -> tracking.setTag(deleted.id(), "k", "v"));
    tracking.restoreRun(deleted.id());
    tracking.setTag(deleted.id(), "k", "v");
    assertEquals("v", tracking.run(deleted.id()).tags().get("k"));
  }

  @Test
  void deletingAnExperimentDeletesItsRunsAndRefusesNewOnes() {
    Experiment churn = tracking.createExperiment("churn", Optional.empty(), Map.of());
    Run run = startRun(churn.id());
    tracking.deleteExperiment(churn.id());
    assertEquals(LifecycleStage.DELETED, tracking.run(run.id()).lifecycleStage());
    assertEquals(
        List.of("0"),
        tracking.experiments(ViewType.ACTIVE_ONLY).stream().map(Experiment::id).toList());
    assertThrows(IllegalArgumentException.class, () -> startRun(churn.id()));
    assertThrows(
        ExperimentAlreadyExistsException.class,
        () -> tracking.createExperiment("churn", Optional.empty(), Map.of()));
    tracking.restoreExperiment(churn.id());
    assertEquals(LifecycleStage.ACTIVE, tracking.run(run.id()).lifecycleStage());
  }

  @Test
  void searchFiltersOrdersAndPages() {
    Run a = startRun(Experiment.DEFAULT_ID);
    clock.advance(java.time.Duration.ofSeconds(1));
    Run b = startRun(Experiment.DEFAULT_ID);
    clock.advance(java.time.Duration.ofSeconds(1));
    Run c = startRun(Experiment.DEFAULT_ID);
    tracking.logBatch(
        a.id(),
        new RunData(
            List.of(new MetricPoint("auc", 0.9, 1, 0)), Map.of("algo", "xgboost"), Map.of()));
    tracking.logBatch(
        b.id(),
        new RunData(
            List.of(new MetricPoint("auc", 0.7, 1, 0)), Map.of("algo", "xgboost"), Map.of()));
    tracking.logBatch(
        c.id(),
        new RunData(
            List.of(new MetricPoint("auc", 0.8, 1, 0)), Map.of("algo", "logistic"), Map.of()));
    tracking.updateRun(a.id(), Optional.of(RunStatus.FINISHED), Optional.empty(), Optional.empty());

    assertEquals(List.of(c.id(), b.id(), a.id()), searchIds("", ViewType.ACTIVE_ONLY, List.of()));
    assertEquals(List.of(a.id()), searchIds("metrics.auc > 0.85", ViewType.ALL, List.of()));
    assertEquals(
        List.of(b.id(), a.id()),
        searchIds("params.algo = 'xgboost'", ViewType.ALL, List.of("metrics.auc ASC")));
    assertEquals(
        List.of(a.id()),
        searchIds(
            "params.algo = 'xgboost' and attributes.status = 'FINISHED'", ViewType.ALL, List.of()));
    assertEquals(
        List.of(a.id(), c.id(), b.id()), searchIds("", ViewType.ALL, List.of("metrics.auc DESC")));

    var first =
        tracking.searchRuns(new RunSearch(List.of("0"), "", ViewType.ALL, 2, List.of(), null));
    assertEquals(List.of(c.id(), b.id()), first.items().stream().map(Run::id).toList());
    var second =
        tracking.searchRuns(
            new RunSearch(
                List.of("0"), "", ViewType.ALL, 2, List.of(), first.nextPageToken().orElseThrow()));
    assertEquals(List.of(a.id()), second.items().stream().map(Run::id).toList());
    assertEquals(Optional.empty(), second.nextPageToken());
  }

  @Test
  void deletingATagThatIsNotThereIsNotFound() {
    Run run = startRun(Experiment.DEFAULT_ID);
    tracking.setTag(run.id(), "k", "v");
    tracking.deleteTag(run.id(), "k");
    assertFalse(tracking.run(run.id()).tags().containsKey("k"));
    assertThrows(TrackingNotFoundException.class, () -> tracking.deleteTag(run.id(), "k"));
  }

  private List<String> searchIds(String filter, ViewType view, List<String> orderBy) {
    return tracking
        .searchRuns(new RunSearch(List.of("0"), filter, view, 100, orderBy, null))
        .items()
        .stream()
        .map(Run::id)
        .toList();
  }
}
