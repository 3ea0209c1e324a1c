package dev.vigil.core.alert;

import java.time.Duration;
import java.util.Map;

/** Rules for the tests. */
final class Rules {

  private Rules() {}

  /** accuracy below 0.8, held {@code forDuration}, re-notified every {@code renotify}. */
  static AlertRule accuracyBelow(Duration forDuration, Duration renotify) {
    return new AlertRule(
        "accuracy-low",
        "churn",
        "Accuracy below 0.8",
        new Signal.Performance("accuracy"),
        Comparison.BELOW,
        0.8,
        forDuration,
        Severity.CRITICAL,
        Map.of("team", "risk"),
        renotify);
  }
}
