package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertRules;
import dev.vigil.core.alert.QuerySignalSource;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.alert.SignalReading;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.stats.estimate.MetricEstimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimated-performance alert signals on the bank churn data of {@link
 * EstimatedPerformanceQueryTest}: the default rule {@code estimated-accuracy-drop} reads 0 while
 * the predictions look like the reference's and 1 once they crowd around the threshold.
 */
class EstimatedSignalReadingTest {

  private static final Instant NOW = EstimatedPerformanceQueryTest.NOW;
  private static ChurnScores churn;

  @BeforeAll
  static void load() {
    churn = ChurnScores.load();
    EstimatedPerformanceQueryTest.fitDirectly();
  }

  private static AlertRule defaultDrop() {
    return AlertRules.defaultsFor(InMemory.churn(WindowGranularity.HOUR)).stream()
        .filter(r -> r.id().equals("estimated-accuracy-drop"))
        .findFirst()
        .orElseThrow();
  }

  private static SignalReading read(InMemory store, AlertRule rule) {
    return new QuerySignalSource(store.queries(NOW)).read(rule, NOW);
  }

  private static InMemory labelled() {
    return EstimatedPerformanceQueryTest.store(
        EstimatedPerformanceQueryTest.labelledReference(EstimatedPerformanceQueryTest.UPLOADED));
  }

  @Test
  void theEstimateIsTheQuerysOverTheLast24Hours() {
    InMemory store = labelled();
    MetricEstimate expected =
        store
            .queries(NOW)
            .estimatedPerformance(
                QueryParameters.of("churn")
                    .withRange(NOW.minusSeconds(86_400).toString(), NOW.toString()))
            .total()
            .metrics()
            .get("recall");
    AlertRule drop = defaultDrop();
    AlertRule rule =
        new AlertRule(
            "recall",
            "churn",
            "estimated recall",
            new Signal.EstimatedPerformance("recall"),
            drop.comparison(),
            0.5,
            drop.forDuration(),
            drop.severity(),
            drop.labels(),
            drop.renotifyInterval());
    assertEquals(expected.value(), read(store, rule).value().orElseThrow(), 1e-15);
  }

  @Test
  void theDefaultDropRuleReadsZeroOnDataLikeTheReference() {
    SignalReading reading = read(labelled(), defaultDrop());
    assertEquals(0.0, reading.value().orElseThrow());
    assertTrue(defaultDrop().holds(1) && !defaultDrop().holds(0));
  }

  @Test
  void theDefaultDropRuleReadsOneWhenScoresCrowdTheThreshold() {
    List<Row> near = new ArrayList<>();
    for (double score : churn.scores()) {
      if (Math.abs(score - 0.5) < 0.1) {
        near.add(Row.of(score, 40, "France", true));
      }
    }
    InMemory store =
        new InMemory()
            .withModel(InMemory.churn(WindowGranularity.HOUR))
            .window("1", "2026-11-23T06:00:00Z", Summaries.window(0.5, near))
            .reference(
                EstimatedPerformanceQueryTest.labelledReference(
                    EstimatedPerformanceQueryTest.UPLOADED));
    assertEquals(1.0, read(store, defaultDrop()).value().orElseThrow());
  }

  @Test
  void absentWithoutLabelledScores() {
    InMemory store =
        EstimatedPerformanceQueryTest.store(
            EstimatedPerformanceQueryTest.labelledReference(EstimatedPerformanceQueryTest.UPLOADED)
                .withLabelledScores(LabelledScoreSample.none()));
    SignalReading reading = read(store, defaultDrop());
    assertTrue(reading.value().isEmpty());
    assertTrue(reading.absentReason().orElseThrow().contains("no labelled scores"));
  }
}
