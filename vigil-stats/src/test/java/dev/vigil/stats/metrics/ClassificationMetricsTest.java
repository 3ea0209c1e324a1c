package dev.vigil.stats.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Edge cases not covered by the reference fixtures. */
class ClassificationMetricsTest {

  @Test
  void rejectsMismatchedOrInvalidInput() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClassificationMetrics.of(new double[] {0.1}, new int[] {0, 1}, 0.5));
    assertTrue(e.getMessage().startsWith("labels:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClassificationMetrics.of(new double[] {Double.NaN}, new int[] {0}, 0.5));
    assertTrue(e.getMessage().startsWith("score:"), e.getMessage());
  }

  @Test
  void noRowsGiveZeroProportionsUndefinedIntervalsAndNaNLosses() {
    ClassificationMetrics m = ClassificationMetrics.of(LabelledSummary.empty());
    assertEquals(0, m.count());
    assertEquals(0.0, m.accuracy().value());
    assertFalse(m.accuracy().interval().orElseThrow().isDefined());
    assertTrue(Double.isNaN(m.logLoss().value()));
    assertTrue(Double.isNaN(m.rocAuc().value()));
    assertTrue(Double.isNaN(m.expectedCalibrationError().value()));
  }

  @Test
  void oneRowHasALossButNoLossInterval() {
    ClassificationMetrics m = ClassificationMetrics.of(new double[] {0.8}, new int[] {1}, 0.5);
    assertEquals(-Math.log(0.8), m.logLoss().value(), 1e-15);
    assertFalse(m.logLoss().interval().orElseThrow().isDefined());
  }

  @Test
  void perfectRankingHasAucOneAndADegenerateInterval() {
    ClassificationMetrics m =
        ClassificationMetrics.of(new double[] {0.1, 0.2, 0.7, 0.9}, new int[] {0, 0, 1, 1}, 0.5);
    assertEquals(1.0, m.rocAuc().value());
    assertEquals(1.0, m.prAuc().value());
    ConfidenceInterval ci = m.rocAuc().interval().orElseThrow();
    assertEquals(ConfidenceInterval.Method.HANLEY_MCNEIL, ci.method());
    assertEquals(1.0, ci.lower());
    assertEquals(1.0, ci.upper());
  }

  @Test
  void intervalsAreOrderedAndNaNOnlyAsAPair() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConfidenceInterval(0.6, 0.5, ConfidenceInterval.Method.WILSON));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConfidenceInterval(Double.NaN, 0.5, ConfidenceInterval.Method.WILSON));
    assertThrows(IllegalArgumentException.class, () -> new Metric(0.5, null, true, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Metric(0.5, java.util.Optional.empty(), true, 0.1));
  }
}
