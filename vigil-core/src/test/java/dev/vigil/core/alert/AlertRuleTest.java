package dev.vigil.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

  private static final AlertRule RULE = Rules.accuracyBelow(Duration.ofMinutes(5), Duration.ZERO);

  private static void assertRefused(String field, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
  }

  private static AlertRule rule(String id, Duration forDuration, Map<String, String> labels) {
    return new AlertRule(
        id,
        "churn",
        "name",
        new Signal.DriftShare(),
        Comparison.AT_LEAST,
        0.5,
        forDuration,
        Severity.INFO,
        labels,
        Duration.ofMinutes(1));
  }

  @Test
  void aValidRuleKeepsItsFieldsAndSortsItsLabels() {
    AlertRule rule = rule("drift-1", Duration.ofSeconds(90), Map.of("b", "2", "a", "1"));
    assertEquals(List.of("a", "b"), List.copyOf(rule.labels().keySet()));
    assertEquals(Duration.ofSeconds(90), rule.forDuration());
    assertTrue(rule.holds(0.5));
    assertFalse(rule.holds(0.49));
  }

  @Test
  void eachInvalidFieldIsNamed() {
    assertRefused("id", () -> rule("Drift", Duration.ZERO, Map.of()));
    assertRefused("id", () -> rule("-drift", Duration.ZERO, Map.of()));
    assertRefused("id", () -> rule("a".repeat(64), Duration.ZERO, Map.of()));
    assertRefused("for", () -> rule("d", Duration.ofSeconds(-1), Map.of()));
    assertRefused("for", () -> rule("d", Duration.ofDays(7).plusSeconds(1), Map.of()));
    assertRefused("for", () -> rule("d", Duration.ofMillis(1500), Map.of()));
    assertRefused("labels", () -> rule("d", Duration.ZERO, Map.of("__name__", "x")));
    assertRefused("labels", () -> rule("d", Duration.ZERO, Map.of("a-b", "x")));
    assertRefused("labels", () -> rule("d", Duration.ZERO, Map.of("a", "x".repeat(257))));
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= AlertRule.MAX_LABELS; i++) {
      many.put("l" + i, "v");
    }
    assertRefused("labels", () -> rule("d", Duration.ZERO, many));
    assertRefused(
        "model",
        () ->
            new AlertRule(
                "d",
                "bad name",
                "n",
                RULE.signal(),
                Comparison.BELOW,
                1,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ZERO));
    assertRefused(
        "name",
        () ->
            new AlertRule(
                "d",
                "churn",
                " ",
                RULE.signal(),
                Comparison.BELOW,
                1,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ZERO));
    assertRefused(
        "threshold",
        () ->
            new AlertRule(
                "d",
                "churn",
                "n",
                RULE.signal(),
                Comparison.BELOW,
                Double.NaN,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ZERO));
    assertRefused(
        "signal",
        () ->
            new AlertRule(
                "d",
                "churn",
                "n",
                null,
                Comparison.BELOW,
                1,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ZERO));
    assertRefused(
        "renotifyInterval",
        () ->
            new AlertRule(
                "d",
                "churn",
                "n",
                RULE.signal(),
                Comparison.BELOW,
                1,
                Duration.ZERO,
                Severity.INFO,
                Map.of(),
                Duration.ofSeconds(30)));
  }

  @Test
  void signalsRoundTripThroughKindAndArgument() {
    List<Signal> all =
        List.of(
            new Signal.Performance("roc_auc"),
            new Signal.EstimatedPerformance("accuracy"),
            new Signal.EstimatedDrop("f1"),
            new Signal.DriftShare(),
            new Signal.FeatureDrift("Age"),
            new Signal.MissingShare("*"),
            new Signal.TypeErrorShare("Geography"),
            new Signal.ErrorRate(),
            new Signal.LatencyP99(),
            new Signal.NoData(Duration.ofMinutes(45)),
            new Signal.Degradation(),
            new Signal.StreamingDrift("score-adwin"));
    for (Signal signal : all) {
      assertEquals(signal, Signal.of(signal.kind(), signal.argument()));
    }
  }

  @Test
  void badSignalsAreRefusedNamingTheSignal() {
    assertRefused("signal", () -> Signal.of("performance", Optional.of("auc")));
    assertRefused("signal", () -> Signal.of("performance", Optional.empty()));
    assertRefused("signal", () -> Signal.of("drift_share", Optional.of("Age")));
    assertRefused("signal", () -> Signal.of("estimated_performance", Optional.of("brier")));
    assertRefused("signal", () -> Signal.of("estimated_drop", Optional.empty()));
    assertRefused("signal", () -> Signal.of("no_data", Optional.of("ten")));
    assertRefused("signal", () -> Signal.of("no_data", Optional.of("0")));
    assertRefused("signal", () -> Signal.of("feature_drift", Optional.of("*")));
    assertRefused("signal", () -> Signal.of("latency", Optional.empty()));
    assertRefused("comparison", () -> Comparison.fromId("greater"));
    assertRefused("severity", () -> Severity.fromId("fatal"));
  }

  @Test
  void comparisonsCompare() {
    assertTrue(Comparison.ABOVE.holds(2, 1));
    assertFalse(Comparison.ABOVE.holds(1, 1));
    assertTrue(Comparison.AT_LEAST.holds(1, 1));
    assertTrue(Comparison.BELOW.holds(0, 1));
    assertFalse(Comparison.BELOW.holds(1, 1));
    assertTrue(Comparison.AT_MOST.holds(1, 1));
    assertEquals(Comparison.AT_LEAST, Comparison.fromId("at_least"));
  }

  @Test
  void defaultsAreTheDocumentedRulesOfTheModel() {
    MonitoredModel model =
        new MonitoredModel(
            "churn-2",
            new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC))),
            new ClassLabels("churned", List.of("1"), List.of("0")),
            0.5,
            WindowGranularity.HOUR,
            List.of(),
            Instant.EPOCH);
    List<AlertRule> defaults = AlertRules.defaultsFor(model);
    assertEquals(
        List.of(
            "roc-auc-low",
            "estimated-accuracy-drop",
            "drift-share-high",
            "no-data",
            "missing-values-high"),
        defaults.stream().map(AlertRule::id).toList());
    assertTrue(defaults.stream().allMatch(r -> r.model().equals("churn-2")));
    AlertRule auc = defaults.get(0);
    assertEquals(new Signal.Performance("roc_auc"), auc.signal());
    assertEquals(Comparison.BELOW, auc.comparison());
    assertEquals(0.7, auc.threshold());
    assertEquals(Duration.ofHours(1), auc.forDuration());
    assertEquals(Severity.CRITICAL, auc.severity());
    AlertRule estimated = defaults.get(1);
    assertEquals(new Signal.EstimatedDrop("accuracy"), estimated.signal());
    assertTrue(estimated.holds(1));
    assertFalse(estimated.holds(0));
    assertEquals(new Signal.NoData(Duration.ofMinutes(60)), defaults.get(3).signal());
    assertTrue(defaults.get(3).holds(0));
    assertFalse(defaults.get(3).holds(1));
    assertEquals(new Signal.MissingShare("*"), defaults.get(4).signal());
  }
}
