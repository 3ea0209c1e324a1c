package dev.vigil.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.significance.SignificanceMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of docs/DEGRADATION.md on hand-made periods. */
class DegradationPolicyTest {

  private static final DegradationPolicy DEFAULTS = DegradationPolicy.defaults();

  /** A period with {@code correct} of {@code total} predictions right (accuracy only). */
  static ConfusionCounts accuracyCounts(long correct, long total) {
    long tp = correct / 5;
    long fn = (total - correct) / 2;
    return new ConfusionCounts(tp, total - correct - fn, correct - tp, fn);
  }

  @Test
  void fivePointDropOnFiveThousandLabelsFlags() {
    ConfusionCounts before = accuracyCounts(4500, 5000);
    DegradationDecision d =
        DEFAULTS.decide(accuracyCounts(4250, 5000), Optional.of(before), Optional.of(before));

    assertEquals(DegradationStatus.DEGRADED, d.status());
    assertEquals(0.85, d.value(), 1e-15);
    assertTrue(d.interval().lower() < 0.85 && 0.85 < d.interval().upper());
    List<DegradationReason> flagged = d.flaggedReasons();
    assertEquals(
        List.of(ReasonKind.DROP_VS_PREVIOUS, ReasonKind.DROP_VS_BASELINE),
        flagged.stream().map(DegradationReason::kind).toList());
    for (DegradationReason r : flagged) {
      assertEquals(0.90, r.comparedTo(), 1e-15);
      assertEquals(0.05, r.shortfall(), 1e-12);
      assertEquals(SignificanceMethod.TWO_PROPORTION_Z, r.test().orElseThrow().method());
      assertTrue(r.test().orElseThrow().pValue() < 1e-10);
      assertEquals(0.05 / 3, r.level(), 1e-15);
    }
    DegradationReason threshold = d.reasons().get(0);
    assertEquals(ReasonKind.BELOW_THRESHOLD, threshold.kind());
    assertFalse(threshold.exceeded(), "0.85 is not below 0.85");
  }

  @Test
  void sameDropOnFortyLabelsIsInsufficientDataUnderTheDefaults() {
    DegradationDecision d =
        DEFAULTS.decide(
            accuracyCounts(34, 40),
            Optional.of(accuracyCounts(36, 40)),
            Optional.of(accuracyCounts(4500, 5000)));

    assertEquals(DegradationStatus.INSUFFICIENT_DATA, d.status());
    assertEquals(40, d.trials());
    assertTrue(d.reasons().isEmpty());
  }

  @Test
  void sameDropOnFortyLabelsIsNotSignificantWhenSmallPeriodsAreAllowed() {
    DegradationDecision d =
        DEFAULTS
            .withMinimumSampleSize(40)
            .decide(
                accuracyCounts(34, 40),
                Optional.of(accuracyCounts(36, 40)),
                Optional.of(accuracyCounts(4500, 5000)));

    assertEquals(DegradationStatus.OK, d.status());
    DegradationReason previous = d.reasons().get(1);
    DegradationReason baseline = d.reasons().get(2);
    assertEquals(ReasonKind.DROP_VS_PREVIOUS, previous.kind());
    assertEquals(ReasonKind.DROP_VS_BASELINE, baseline.kind());
    for (DegradationReason r : List.of(previous, baseline)) {
      assertTrue(r.exceeded(), "the point drop is 5 points");
      assertFalse(r.significant(), () -> "p = " + r.test().orElseThrow().pValue());
    }
    // 36/40 vs 34/40: smallest expected count 10 · 40 / 80 = 5, so the z-test;
    // 4500/5000 vs 34/40: smallest expected count 506 · 40 / 5040 ≈ 4.0, so Fisher's test.
    assertEquals(SignificanceMethod.TWO_PROPORTION_Z, previous.test().orElseThrow().method());
    assertEquals(SignificanceMethod.FISHER_EXACT, baseline.test().orElseThrow().method());
  }

  @Test
  void belowThresholdFlagsOnlyWhenSignificant() {
    DegradationDecision large = DEFAULTS.decide(accuracyCounts(4000, 5000), none(), none());
    DegradationDecision small = DEFAULTS.decide(accuracyCounts(80, 100), none(), none());

    assertEquals(DegradationStatus.DEGRADED, large.status());
    assertEquals(ReasonKind.BELOW_THRESHOLD, large.flaggedReasons().get(0).kind());
    assertEquals(0.05, large.reasons().get(0).level(), 1e-15, "one test: the whole level");
    assertEquals(DegradationStatus.OK, small.status());
    DegradationReason r = small.reasons().get(0);
    assertTrue(r.exceeded() && !r.significant());
    assertEquals(SignificanceMethod.EXACT_BINOMIAL, r.test().orElseThrow().method());
  }

  @Test
  void significantDropSmallerThanTheThresholdDoesNotFlag() {
    DegradationDecision d =
        DEFAULTS.decide(
            accuracyCounts(470_000, 500_000),
            Optional.of(accuracyCounts(480_000, 500_000)),
            none());

    DegradationReason drop = d.reasons().get(1);
    assertTrue(drop.significant());
    assertFalse(drop.exceeded());
    assertEquals(DegradationStatus.OK, d.status());
  }

  @Test
  void tooSmallComparisonPeriodsAreSkippedAndLeaveTheirShareOfTheLevel() {
    DegradationDecision d =
        DEFAULTS.decide(
            accuracyCounts(450, 500),
            Optional.of(accuracyCounts(99, 99)),
            Optional.of(accuracyCounts(900, 1000)));

    assertEquals(
        List.of(ReasonKind.BELOW_THRESHOLD, ReasonKind.DROP_VS_BASELINE),
        d.reasons().stream().map(DegradationReason::kind).toList());
    assertEquals(0.025, d.reasons().get(1).level(), 1e-15);
  }

  @Test
  void recallNeedsEnoughPositivesNotJustRows() {
    ConfusionCounts fewPositives = new ConfusionCounts(40, 10, 900, 10);
    DegradationDecision d =
        DEFAULTS.withMetric(PerformanceMetric.RECALL).decide(fewPositives, none(), none());

    assertEquals(DegradationStatus.INSUFFICIENT_DATA, d.status());
    assertEquals(50, d.trials());
    assertEquals(0.8, d.value(), 1e-15);
  }

  @Test
  void referenceBandFlagsBelowItsLowerBoundOnly() {
    ReferenceBand band = ReferenceBand.fromValues(new double[] {0.88, 0.90, 0.92}, 3.0);
    DegradationPolicy policy = DEFAULTS.withAbsoluteThreshold(0.0).withReferenceBand(band);

    DegradationDecision low = policy.decide(accuracyCounts(4000, 5000), none(), none());
    DegradationDecision high = policy.decide(accuracyCounts(4990, 5000), none(), none());

    assertEquals(DegradationStatus.DEGRADED, low.status());
    assertEquals(ReasonKind.OUTSIDE_REFERENCE_BAND, low.flaggedReasons().get(0).kind());
    assertEquals(band.lower(), low.flaggedReasons().get(0).comparedTo());
    assertEquals(DegradationStatus.OK, high.status());
  }

  @Test
  void environmentSetsBothThresholdsAndNamesTheBadOne() {
    DegradationPolicy p =
        DegradationPolicy.fromEnvironment(
            Map.of("ACCURACY_THRESHOLD", "0.9", "DEGRADATION_THRESHOLD", " 0.02 "));
    assertEquals(0.9, p.absoluteThreshold());
    assertEquals(0.02, p.degradationThreshold());
    assertEquals(DEFAULTS, DegradationPolicy.fromEnvironment(Map.of()));

    IllegalArgumentException notNumber =
        assertThrows(
            IllegalArgumentException.class,
            () -> DegradationPolicy.fromEnvironment(Map.of("DEGRADATION_THRESHOLD", "5%")));
    assertTrue(notNumber.getMessage().startsWith("DEGRADATION_THRESHOLD:"));
    IllegalArgumentException outOfRange =
        assertThrows(
            IllegalArgumentException.class,
            () -> DegradationPolicy.fromEnvironment(Map.of("ACCURACY_THRESHOLD", "85")));
    assertTrue(outOfRange.getMessage().startsWith("ACCURACY_THRESHOLD:"));
  }

  @Test
  void summariesAreJudgedOnTheirConfusionCountsAtTheirThreshold() {
    LabelledRecorder before = new LabelledRecorder(0.5);
    LabelledRecorder after = new LabelledRecorder(0.5);
    for (int i = 0; i < 1000; i++) {
      int label = i % 5 == 0 ? 1 : 0;
      before.record(i % 10 == 0 ? 1.0 - label : 0.2 + 0.6 * label, label); // 90 % right
      after.record(i % 4 == 0 ? 1.0 - label : 0.2 + 0.6 * label, label); // 75 % right
    }
    LabelledSummary previous = before.summary();
    LabelledSummary current = after.summary();

    DegradationDecision fromSummaries =
        DEFAULTS.decide(current, Optional.of(previous), Optional.empty());

    assertEquals(0.75, fromSummaries.value(), 1e-15);
    assertEquals(DegradationStatus.DEGRADED, fromSummaries.status());
    assertEquals(
        DEFAULTS.decide(current.confusion(), Optional.of(previous.confusion()), none()),
        fromSummaries);
  }

  @Test
  void badSettingsNameTheField() {
    assertMessage("significanceLevel:", () -> DEFAULTS.withSignificanceLevel(0.0));
    assertMessage("minimumSampleSize:", () -> DEFAULTS.withMinimumSampleSize(0));
    assertMessage("degradationThreshold:", () -> DEFAULTS.withDegradationThreshold(-0.1));
    assertMessage("metric:", () -> PerformanceMetric.fromId("f1"));
    assertEquals(PerformanceMetric.RECALL, PerformanceMetric.fromId(" Recall"));
  }

  private static void assertMessage(String prefix, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }

  private static Optional<ConfusionCounts> none() {
    return Optional.empty();
  }
}
