package dev.vigil.core.alert;

import dev.vigil.core.model.MonitoredModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The rules a newly monitored model starts with; the user may change or delete each one. */
public final class AlertRules {

  /** How often a firing default rule is notified again until it resolves or is acknowledged. */
  public static final Duration DEFAULT_RENOTIFY = Duration.ofHours(4);

  private AlertRules() {}

  /**
   * The default rules of {@code model}: ROC AUC below 0.7 for an hour (critical), accuracy
   * estimated without labels below its lower alert limit for an hour (warning; absent, so never
   * firing, without a reference of labelled scores), a drift share of at least 0.5 for 30 minutes
   * (warning), no prediction for 60 minutes (warning), and more than 20 % of any feature's values
   * missing for 30 minutes (warning).
   */
  public static List<AlertRule> defaultsFor(MonitoredModel model) {
    String name = model.name();
    return List.of(
        rule(
            name,
            "roc-auc-low",
            "ROC AUC below 0.7",
            new Signal.Performance("roc_auc"),
            Comparison.BELOW,
            0.7,
            Duration.ofHours(1),
            Severity.CRITICAL),
        rule(
            name,
            "estimated-accuracy-drop",
            "Estimated accuracy below its alert limit",
            new Signal.EstimatedDrop("accuracy"),
            Comparison.AT_LEAST,
            1,
            Duration.ofHours(1),
            Severity.WARNING),
        rule(
            name,
            "drift-share-high",
            "Half of the features or more drifted",
            new Signal.DriftShare(),
            Comparison.AT_LEAST,
            0.5,
            Duration.ofMinutes(30),
            Severity.WARNING),
        rule(
            name,
            "no-data",
            "No prediction for 60 minutes",
            new Signal.NoData(Duration.ofMinutes(60)),
            Comparison.BELOW,
            1,
            Duration.ZERO,
            Severity.WARNING),
        rule(
            name,
            "missing-values-high",
            "More than 20% of a feature's values missing",
            new Signal.MissingShare(Signal.ANY_FEATURE),
            Comparison.ABOVE,
            0.2,
            Duration.ofMinutes(30),
            Severity.WARNING));
  }

  private static AlertRule rule(
      String model,
      String id,
      String name,
      Signal signal,
      Comparison comparison,
      double threshold,
      Duration forDuration,
      Severity severity) {
    return new AlertRule(
        id,
        model,
        name,
        signal,
        comparison,
        threshold,
        forDuration,
        severity,
        Map.of(),
        DEFAULT_RENOTIFY);
  }
}
