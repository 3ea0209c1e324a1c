package dev.vigil.app.demo;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.detector.ModelDetectors;
import dev.vigil.core.detector.StreamDetector;
import dev.vigil.stats.detect.DetectorMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Alert rules that fire within a story compressed into minutes (the default rules wait 30 minutes
 * to an hour, longer than the whole demo): drift from the covariate phase on, accuracy and the
 * error stream's detector. Applied as config rules at every start, with the detectors they read.
 */
final class DemoAlertRules {

  private static final Duration RENOTIFY = Duration.ofHours(4);

  /**
   * Long enough for the noise of the first few hundred predictions and labels of a fresh demo to
   * pass (seen: accuracy 0.76 on the first 50 labels, two features "drifted" on 180 rows), short
   * against the two minutes of a phase.
   */
  private static final Duration HOLD = Duration.ofSeconds(30);

  private static final Map<String, String> LABELS = Map.of("source", "vigil-demo");

  private DemoAlertRules() {}

  /**
   * The default ADWIN on scores; HDDM_A on errors rather than the default DDM, whose running
   * minimum made it fire in the stable phase of a run (seen at day 1.5); ADWIN on the two features
   * the covariate phase moves, so {@code /detectors} shows feature streams reacting too.
   */
  static DetectorChoices detectors(String model) {
    StreamDetector adwin = StreamDetector.of(DetectorMethod.ADWIN);
    return new DetectorChoices(
        Map.of(
            model,
            new ModelDetectors(
                adwin,
                StreamDetector.of(DetectorMethod.HDDM_A),
                Map.of("Age", adwin, "Balance", adwin))));
  }

  static List<AlertRule> forModel(String model) {
    return List.of(
        new AlertRule(
            "demo-drift-share",
            model,
            "Demo: at least 20% of the features drifted",
            new Signal.DriftShare(),
            Comparison.AT_LEAST,
            0.2,
            HOLD,
            Severity.WARNING,
            LABELS,
            RENOTIFY),
        new AlertRule(
            "demo-accuracy-low",
            model,
            "Demo: accuracy below 0.78",
            new Signal.Performance("accuracy"),
            Comparison.BELOW,
            0.78,
            HOLD,
            Severity.CRITICAL,
            LABELS,
            RENOTIFY),
        new AlertRule(
            "demo-error-stream",
            model,
            "Demo: the error stream's detector (HDDM_A) saw a change",
            new Signal.StreamingDrift("error"),
            Comparison.AT_LEAST,
            1,
            Duration.ZERO,
            Severity.WARNING,
            LABELS,
            RENOTIFY));
  }
}
