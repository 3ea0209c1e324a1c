package dev.vigil.stats.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;

/** Comparisons with the reference values at the tolerances of docs/STATISTICS.md. */
final class MetricAssertions {

  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-12;

  private MetricAssertions() {}

  /** Expected null means NaN; otherwise 1e-9 relative or 1e-12 absolute. */
  static void assertClose(JsonNode expected, double actual, String what) {
    if (expected == null || expected.isNull()) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
      return;
    }
    double e = expected.asDouble();
    double tolerance = Math.max(RELATIVE * Math.abs(e), ABSOLUTE);
    if (!(Math.abs(actual - e) <= tolerance)) {
      fail(what + ": expected " + e + ", got " + actual + " (diff " + (actual - e) + ")");
    }
  }

  /** The metric's value, and its interval if the reference gives the key {@code ci}. */
  static void assertMetric(JsonNode expected, Metric actual, String what) {
    assertClose(expected.get("value"), actual.value(), what);
    if (!expected.has("ci")) {
      assertTrue(actual.interval().isEmpty(), what + ": unexpected interval");
      return;
    }
    assertInterval(expected.get("ci"), actual, what);
  }

  static void assertInterval(JsonNode ci, Metric actual, String what) {
    ConfidenceInterval interval =
        actual.interval().orElseThrow(() -> new AssertionError(what + ": no interval"));
    if (ci.isNull()) {
      assertFalse(interval.isDefined(), what + ": interval should be undefined");
      return;
    }
    assertClose(ci.get(0), interval.lower(), what + " lower");
    assertClose(ci.get(1), interval.upper(), what + " upper");
  }

  /** Every metric whose value does not depend on the score ranking. */
  static void assertRankFreeMetrics(JsonNode e, ClassificationMetrics m) {
    JsonNode c = e.get("confusion");
    assertEquals(
        new ConfusionCounts(
            c.get("tp").asLong(), c.get("fp").asLong(), c.get("tn").asLong(), c.get("fn").asLong()),
        m.confusion());
    assertMetric(e.get("accuracy"), m.accuracy(), "accuracy");
    assertMetric(e.get("precision"), m.precision(), "precision");
    assertMetric(e.get("recall"), m.recall(), "recall");
    assertMetric(e.get("f1"), m.f1(), "f1");
    assertMetric(e.get("specificity"), m.specificity(), "specificity");
    assertMetric(e.get("logLoss"), m.logLoss(), "logLoss");
    assertMetric(e.get("brier"), m.brier(), "brier");
    assertMetric(e.get("ece"), m.expectedCalibrationError(), "ece");
    assertMetric(e.get("predictedPositiveRate"), m.predictedPositiveRate(), "ppr");
    assertMetric(e.get("actualPositiveRate"), m.actualPositiveRate(), "apr");
  }

  /** A binned AUC is within its reported bound of the exact reference value. */
  static void assertWithinBound(JsonNode expected, Metric actual, String what) {
    assertFalse(actual.exact(), what + " should be approximate");
    double e = expected.get("value").asDouble();
    assertTrue(
        Math.abs(actual.value() - e) <= actual.errorBound() + ABSOLUTE,
        what + ": |" + actual.value() + " - " + e + "| > bound " + actual.errorBound());
  }
}
