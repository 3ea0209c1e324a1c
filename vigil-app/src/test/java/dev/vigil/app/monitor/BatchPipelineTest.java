package dev.vigil.app.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.degrade.DegradeCommand;
import dev.vigil.app.train.RealPushgateway;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcTrackingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch pipeline on real data: a model trained on 8,000 rows of the bank churn data scores the
 * 2,000 held-out rows through a real server; {@code vigil degrade} manufactures their ground truth
 * and {@code vigil monitor} must stop exactly where {@link ExpectedVerdicts} computes from the
 * schedule and the default thresholds.
 */
class BatchPipelineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HELD_OUT = 2000;

  @TempDir static Path dir;

  private static ServedChurnModel model;

  @BeforeAll
  static void start() throws Exception {
    model = ServedChurnModel.start(dir);
  }

  @AfterAll
  static void stop() {
    if (model != null) {
      model.close();
    }
  }

  /**
   * Default schedule: 2,000 rows in 8 periods of 250, accuracy 0.95 falling 0.45 / 7 ≈ 0.064 per
   * period. Period 1 (221/250 = 0.884 after 238/250 = 0.952) is still above 0.85, so the threshold
   * rule cannot fire; but its drop of 0.068 vs period 0, which is both the previous period and the
   * baseline, exceeds 0.05 with z ≈ 2.8, p ≈ 0.003 < 0.05 / 3: the job stops at period 1 on the two
   * drop rules.
   */
  @Test
  void theDefaultScheduleStopsAtTheFirstPeriodOnTheDrop() throws Exception {
    Path out = degrade("default", "--label-column", "Exited");
    List<ExpectedVerdicts.Verdict> expected = ExpectedVerdicts.verdicts(0.95, 0.45 / 7, 250, 2000);
    assertEquals(1, ExpectedVerdicts.firstDegraded(expected));
    assertEquals(Set.of("drop_vs_previous", "drop_vs_baseline"), expected.get(1).flags());

    Cli run = monitor(out, "--data-dir", dir.resolve("vigil-data").toString());

    assertEquals(3, run.exitCode(), run.err() + run.out());
    JsonNode results = results(out);
    assertEquals("degraded", results.get("status").asText());
    assertEquals(1, results.get("degraded_period").asInt());
    assertEquals(2, results.get("periods").size(), "stops at the degraded period");
    assertFlags(expected.get(1).flags(), results.get("periods").get(1));
    assertEquals(0.884, results.at("/periods/1/metrics/accuracy").asDouble(), 1e-12);
    assertEquals(0.952, results.at("/periods/1/vs_baseline/accuracy").asDouble(), 1e-12);
    assertTrue(Files.isRegularFile(out.resolve("predictions_period_1.json")));
    assertFalse(Files.exists(out.resolve("predictions_period_2.json")));
    assertEquals(
        Files.readString(out.resolve("monitoring_log.txt")), run.out(), "same lines as console");
    assertTrue(run.out().contains("Status: degraded at period 1"), run.out());
  }

  /**
   * {@code --drop 0.02}: 0.95, 0.93, 0.91, 0.89, ... No drop between neighbours reaches 0.05 and
   * the accuracy stays above 0.85 until period 5, so neither of those rules fires first; the drop
   * vs the baseline (0.952) reaches 0.06 at period 3 (0.89 · 250 = 222.5 → 223 correct, 0.892; z ≈
   * 2.5, p ≈ 0.006 < 0.05 / 3) after 0.04 at period 2: the job stops at period 3 on the baseline
   * rule alone.
   */
  @Test
  void aSlowDropStopsWhereTheBaselineRuleFires() throws Exception {
    Path out = degrade("slow", "--drop", "0.02");
    List<ExpectedVerdicts.Verdict> expected = ExpectedVerdicts.verdicts(0.95, 0.02, 250, 2000);
    int stop = ExpectedVerdicts.firstDegraded(expected);
    assertEquals(3, stop);
    assertEquals(Set.of("drop_vs_baseline"), expected.get(3).flags());

    Cli run = monitor(out, "--data-dir", dir.resolve("vigil-data").toString());

    assertEquals(3, run.exitCode(), run.err() + run.out());
    JsonNode results = results(out);
    assertEquals(stop, results.get("degraded_period").asInt());
    for (int p = 0; p <= stop; p++) {
      assertEquals(
          expected.get(p).accuracy(), results.at("/periods/" + p + "/metrics/accuracy").asDouble());
      assertFlags(expected.get(p).flags(), results.get("periods").get(p));
    }
    JsonNode thresholds = results.get("thresholds");
    assertEquals(0.85, thresholds.get("accuracy_threshold").asDouble());
    assertEquals(0.05, thresholds.get("degradation_threshold").asDouble());
    assertEquals(0.05, thresholds.get("significance_level").asDouble());
    assertTrue(results.at("/periods/0/estimated/accuracy/value").isNumber(), "CBPE estimate");
    assertTrue(results.at("/periods/0/estimated/accuracy/alert").isNull(), "one baseline chunk");
    assertRunRecorded(results.get("run_id").asText(), stop);
  }

  @Test
  void continueJudgesEveryPeriodAndListsEachDegradedOne() throws Exception {
    Path out = degrade("continue", "--drop", "0.02");
    List<ExpectedVerdicts.Verdict> expected = ExpectedVerdicts.verdicts(0.95, 0.02, 250, 2000);
    List<Integer> degraded = new ArrayList<>();
    expected.stream().filter(v -> !v.flags().isEmpty()).forEach(v -> degraded.add(v.period()));

    Cli run = monitor(out, "--continue", "--no-track");

    assertEquals(3, run.exitCode(), run.err());
    JsonNode results = results(out);
    assertEquals(8, results.get("periods").size());
    List<Integer> listed = new ArrayList<>();
    results.get("degraded_periods").forEach(p -> listed.add(p.asInt()));
    assertEquals(degraded, listed);
    for (int p = 0; p < 8; p++) {
      assertFlags(expected.get(p).flags(), results.get("periods").get(p));
      assertTrue(Files.isRegularFile(out.resolve("period_" + p + "_ground_truth.json")));
    }
  }

  @Test
  void aRangeRunsOnlyItsPeriodsAndComparesWithThePeriodBefore() throws Exception {
    Path out = degrade("range", "--drop", "0.02");

    Cli run = monitor(out, "--start-period", "1", "--end-period", "2", "--no-track");

    assertEquals(0, run.exitCode(), run.err() + run.out());
    JsonNode results = results(out);
    assertEquals("healthy", results.get("status").asText());
    assertEquals(2, results.get("periods").size());
    assertEquals(0, results.at("/periods/0/vs_previous/period").asInt());
    assertFalse(Files.exists(out.resolve("predictions_period_0.json")));
    JsonNode predictions = JSON.readTree(out.resolve("predictions_period_2.json").toFile());
    assertEquals(250, predictions.get("predictions").size());
    assertEquals(500, predictions.at("/predictions/0/row").asInt());
    JsonNode truth = JSON.readTree(out.resolve("period_2_ground_truth.json").toFile());
    assertEquals(250, truth.get("labels").size());
  }

  @Test
  void twoBaselinePeriodsAreMergedAndGiveTheEstimatesAlertLimits() throws Exception {
    Path out = degrade("baseline", "--drop", "0.02");

    Cli run = monitor(out, "--baseline-periods", "2", "--end-period", "2", "--no-track");

    assertEquals(0, run.exitCode(), run.out());
    JsonNode results = results(out);
    assertEquals((238 + 233) / 500.0, results.at("/baseline/accuracy").asDouble(), 1e-12);
    assertTrue(results.at("/periods/1/vs_baseline").isNull(), "period 1 is in the baseline");
    assertEquals(0.942, results.at("/periods/2/vs_baseline/accuracy").asDouble(), 1e-12);
    assertTrue(results.at("/estimation/alert_limits").asBoolean());
    JsonNode accuracy = results.at("/periods/2/estimated/accuracy");
    assertTrue(accuracy.get("alert_lower").asDouble() < accuracy.get("alert_upper").asDouble());
  }

  @Test
  void exitCodesSeparateHealthyDegradedErrorAndUsage() throws Exception {
    Path out = degrade("codes", "--drop", "0.02");
    assertEquals(0, monitor(out, "--no-track", "--exit-zero-on-degraded").exitCode());
    Cli missing = monitor(out, "--no-track", "--label-column", "truth");
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("--label-column 'truth'"), missing.err());
    assertEquals("error", results(out).get("status").asText());
    assertEquals(2, monitor(out, "--no-such-flag").exitCode());
    Cli range = monitor(out, "--no-track", "--start-period", "8");
    assertEquals(1, range.exitCode());
    assertTrue(range.err().contains("--start-period: must be in [0, 7]"), range.err());
    Cli unpushed = monitor(out, "--no-track", "--pushgateway", "http://127.0.0.1:1");
    assertEquals(1, unpushed.exitCode());
    assertTrue(unpushed.err().contains("http://127.0.0.1:1"), unpushed.err());
    assertEquals("degraded", results(out).get("status").asText(), "the verdict is kept");
  }

  @Test
  void aJobThatFailsIsAFailedRunWithItsError() throws Exception {
    Path out = degrade("failed");

    Cli run = monitor(out, "--prediction-column", "decision");

    assertEquals(1, run.exitCode());
    JsonNode results = results(out);
    assertEquals("error", results.get("status").asText());
    assertTrue(results.get("error").asText().contains("--prediction-column 'decision'"));
    try (Database database = Database.openDataDir(dir.resolve("vigil-data"))) {
      Run failed =
          new Tracking(new JdbcTrackingStore(database), Clock.systemUTC())
              .run(results.get("run_id").asText());
      assertEquals(RunStatus.FAILED, failed.status());
      assertEquals("error", failed.tags().get("vigil.monitor.status"));
    }
  }

  @Test
  void theEnvironmentSetsThresholdsAndFlagsWin() throws Exception {
    Path out = degrade("environment", "--drop", "0.02");
    Map<String, String> env =
        Map.of(
            "ACCURACY_THRESHOLD", "0.99",
            "BATCH_SIZE", "500",
            "MODEL_NAME", "bank-churn",
            "PROJECT_NAME", "nightly");
    Cli byEnvironment = Cli.run(new MonitorCommand(env), args(out));
    assertEquals(3, byEnvironment.exitCode(), byEnvironment.err());
    JsonNode results = results(out);
    assertEquals(0.99, results.at("/thresholds/accuracy_threshold").asDouble());
    assertEquals(4, results.get("periods_total").asInt(), "BATCH_SIZE=500");
    try (Database database = Database.openDataDir(dir.resolve("vigil-data"))) {
      Tracking tracking = new Tracking(new JdbcTrackingStore(database), Clock.systemUTC());
      Run run = tracking.run(results.get("run_id").asText());
      assertEquals("bank-churn", run.tags().get("vigil.model"));
      assertEquals(tracking.experimentNamed("nightly").id(), run.experimentId());
    }
    Cli byFlag =
        Cli.run(
            new MonitorCommand(env),
            args(out, "--no-track", "--accuracy-threshold", "0.5", "--degradation-threshold", "1"));
    assertEquals(0, byFlag.exitCode(), byFlag.out());
    assertEquals(0.5, results(out).at("/thresholds/accuracy_threshold").asDouble());
  }

  /**
   * The same default schedule, judged from a running Vigil: the manufactured labels are sent as
   * feedback for the served predictions, and the server's count-based periods of 250 give the same
   * accuracies and the same stop as the file.
   */
  @Test
  void theUrlModeJudgesTheServersPeriodsLikeTheFile() throws Exception {
    Path labelled = degrade("url-labels");
    LogFile file = LogFile.read(labelled.resolve("artificial_ground_truth_data.csv"));
    List<String> ids = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (String[] row : file.rows()) {
      ids.add(row[file.column("prediction_id")]);
      labels.add(Integer.parseInt(row[file.column("artificial_ground_truth")]));
    }
    model.sendLabels(ids, labels);
    Instant now = Instant.now();
    String from = now.minus(1, ChronoUnit.DAYS).toString();
    String to = now.plus(1, ChronoUnit.DAYS).toString();
    awaitLabels(from, to);
    Path out = dir.resolve("url");

    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--url",
            model.url().toString(),
            "--model",
            "churn",
            "--from",
            from,
            "--to",
            to,
            "--out",
            out.toString(),
            "--no-track");

    assertEquals(3, run.exitCode(), run.err() + run.out());
    JsonNode results = results(out);
    assertEquals(1, results.get("degraded_period").asInt());
    assertEquals(8, results.get("periods_total").asInt());
    assertEquals(0.952, results.at("/periods/0/metrics/accuracy").asDouble(), 1e-12);
    assertEquals(0.884, results.at("/periods/1/metrics/accuracy").asDouble(), 1e-12);
    assertFlags(Set.of("drop_vs_previous", "drop_vs_baseline"), results.get("periods").get(1));
    assertServerEstimates(results);
    JsonNode predictions = JSON.readTree(out.resolve("predictions_period_1.json").toFile());
    assertEquals(250, predictions.get("predictions").asInt());
    JsonNode truth = JSON.readTree(out.resolve("period_1_ground_truth.json").toFile());
    assertEquals(250, truth.at("/performance/labelled").asInt());
  }

  /**
   * {@code vigil train}'s reference keeps the holdout's scores and labels, so the server estimates:
   * every judged period carries what {@code /performance/estimated} answers over its span, which
   * starts at or before its first prediction and ends after its last.
   */
  private static void assertServerEstimates(JsonNode results) throws Exception {
    assertTrue(results.at("/estimation/available").asBoolean(), results.toString());
    for (JsonNode period : results.get("periods")) {
      JsonNode span = period.get("estimated_span");
      assertFalse(Instant.parse(span.get("from").asText()).isAfter(instant(period, "start")));
      assertTrue(Instant.parse(span.get("to").asText()).isAfter(instant(period, "end")));
      assertTrue(span.get("predictions").asLong() >= period.get("rows").asLong());
      String path =
          "/api/v1/models/churn/performance/estimated?from="
              + span.get("from").asText()
              + "&to="
              + span.get("to").asText();
      JsonNode route = JSON.readTree(model.get(path));
      for (String metric : List.of("accuracy", "precision", "recall", "f1", "roc_auc")) {
        for (String field : List.of("value", "lower", "upper", "alert_lower", "alert_upper")) {
          assertEquals(
              route.at("/metrics/" + metric + "/" + field).asDouble(),
              period.at("/estimated/" + metric + "/" + field).asDouble(),
              1e-12,
              "period " + period.get("period") + " " + metric + "." + field);
        }
      }
    }
  }

  private static Instant instant(JsonNode period, String field) {
    return Instant.parse(period.get(field).asText());
  }

  @Test
  void theJobsFiguresArePushedToARealPushgateway() throws Exception {
    Path out = degrade("push", "--drop", "0.02");
    try (RealPushgateway gateway = RealPushgateway.start()) {
      Cli run = monitor(out, "--no-track", "--pushgateway", gateway.url().toString());
      assertEquals(3, run.exitCode(), run.err());
      String page = gateway.scrape();
      assertTrue(series(page, "vigil_monitor_degraded{").endsWith(" 1"), page);
      assertTrue(series(page, "vigil_monitor_degraded_period{").endsWith(" 3"), page);
      String accuracy =
          page.lines()
              .filter(
                  l -> l.startsWith("vigil_monitor_metric{") && l.contains("metric=\"accuracy\""))
              .findFirst()
              .orElseThrow();
      assertTrue(
          accuracy.contains("job=\"vigil_monitor\"") && accuracy.contains("model=\"churn\""));
      assertEquals(0.892, Double.parseDouble(accuracy.substring(accuracy.lastIndexOf(' ') + 1)));
    }
  }

  private static String series(String page, String prefix) {
    return page.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("absent " + prefix);
  }

  /** Waits (at most 10 s) until the server's periods hold every label sent. */
  private static void awaitLabels(String from, String to) throws Exception {
    String path = "/api/v1/models/churn/periods?size=250&from=" + from + "&to=" + to;
    int labelled = 0;
    for (int attempt = 0; attempt < 200; attempt++) {
      labelled = 0;
      for (JsonNode p : JSON.readTree(model.get(path)).get("periods")) {
        labelled += p.get("labelled").asInt();
      }
      if (labelled == HELD_OUT) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the server holds " + labelled + " labels");
  }

  private static void assertFlags(Set<String> expected, JsonNode period) {
    Set<String> flagged = new java.util.LinkedHashSet<>();
    period
        .at("/decision/reasons")
        .forEach(
            r -> {
              if (r.get("flags").asBoolean()) {
                flagged.add(r.get("kind").asText());
              }
            });
    assertEquals(expected, flagged, "period " + period.get("period") + ": " + period);
    assertEquals(
        expected.isEmpty() ? "ok" : "degraded", period.at("/decision/status").asText(), "status");
  }

  private static void assertRunRecorded(String runId, int stop) {
    try (Database database = Database.openDataDir(dir.resolve("vigil-data"))) {
      Tracking tracking = new Tracking(new JdbcTrackingStore(database), Clock.systemUTC());
      Run run = tracking.run(runId);
      assertEquals(RunStatus.FINISHED, run.status());
      List<MetricPoint> accuracy = tracking.metricHistory(runId, "accuracy");
      assertEquals(stop + 1, accuracy.size());
      assertEquals(List.of(0L, 1L, 2L, 3L), accuracy.stream().map(MetricPoint::step).toList());
      assertEquals(
          1.0,
          tracking.metricHistory(runId, "degraded").stream()
              .filter(p -> p.step() == stop)
              .findFirst()
              .orElseThrow()
              .value());
      assertEquals("0.85", run.params().get("accuracy_threshold"));
      assertEquals("degraded", run.tags().get("vigil.monitor.status"));
      assertEquals(
          Optional.of("3"), Optional.ofNullable(run.tags().get("vigil.monitor.degraded_period")));
    }
  }

  private static Path degrade(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("--data", model.log().toString()));
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(extra));
    Cli run = Cli.run(new DegradeCommand(Map.of()), args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  private static Cli monitor(Path out, String... extra) {
    return Cli.run(new MonitorCommand(Map.of()), args(out, extra));
  }

  private static String[] args(Path out, String... extra) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--data", out.resolve("artificial_ground_truth_data.csv").toString()));
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(extra));
    if (!args.contains("--no-track") && !args.contains("--data-dir")) {
      args.addAll(List.of("--data-dir", dir.resolve("vigil-data").toString()));
    }
    return args.toArray(String[]::new);
  }

  private static JsonNode results(Path out) throws Exception {
    return JSON.readTree(out.resolve("monitoring_results.json").toFile());
  }
}
