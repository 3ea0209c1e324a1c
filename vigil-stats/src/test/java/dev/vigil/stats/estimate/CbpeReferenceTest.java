package dev.vigil.stats.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vigil's CBPE against NannyML 0.13.1 on the churn reference and covariate-shifted analysis. */
class CbpeReferenceTest {

  /** Agreement with NannyML under the same calibration decision (docs/ESTIMATION.md). */
  static final double TOLERANCE = 1e-12;

  private static final List<CbpeCases> CASES = CbpeCases.load();

  /** Fitted with NannyML's calibration decision, which depends on numpy's splits. */
  private static CbpeEstimator fit(CbpeCases c) {
    return CbpeEstimator.fit(
        c.doubles("reference_scores"),
        c.referenceLabels(),
        c.threshold(),
        c.chunkSize(),
        c.json().get("needs_calibration").asBoolean());
  }

  /**
   * Where NannyML decides the same under 20 different split seeds, Vigil's own seeded decision must
   * agree; elsewhere the decision is the luck of the draw and only NannyML's is used.
   */
  @Test
  void calibrationDecisionAgreesWhereNannymlsIsNotADraw() {
    int decisive = 0;
    for (CbpeCases c : CASES) {
      int votes = c.json().get("calibration_votes_of_20_split_seeds").asInt();
      if (votes == 0 || votes == 20) {
        decisive++;
        boolean own =
            CalibrationCheck.needsCalibration(c.doubles("reference_scores"), c.referenceLabels());
        assertEquals(c.json().get("needs_calibration").asBoolean(), own, c.name());
      }
    }
    assertEquals(1, decisive, "the fixture should hold one decisive case");
  }

  @Test
  void calibrationDecisionAgreesWithNannyml() {
    for (CbpeCases c : CASES) {
      assertEquals(c.json().get("needs_calibration").asBoolean(), fit(c).calibrates(), c.name());
    }
  }

  @Test
  void calibratedScoresMatchScikitLearnsIsotonicRegression() {
    for (CbpeCases c : CASES) {
      double[] calibrated = fit(c).calibrator().calibrate(c.doubles("analysis_scores"));
      assertArrayEquals(c.doubles("analysis_calibrated"), calibrated, 1e-12, c.name());
    }
  }

  @Test
  void everyChunkMatchesNannyml() {
    for (CbpeCases c : CASES) {
      CbpeEstimator estimator = fit(c);
      check(c, estimator, c.doubles("reference_scores"), "reference_chunks");
      check(c, estimator, c.doubles("analysis_scores"), "analysis_chunks");
    }
  }

  private static void check(CbpeCases c, CbpeEstimator estimator, double[] scores, String key) {
    for (JsonNode chunk : c.json().get(key)) {
      int from = chunk.get("start").asInt();
      int to = chunk.get("end").asInt() + 1;
      Map<EstimatedMetric, MetricEstimate> got =
          estimator.estimate(estimator.summarize(Arrays.copyOfRange(scores, from, to)));
      for (EstimatedMetric metric : EstimatedMetric.values()) {
        JsonNode want = chunk.get(metric.key());
        MetricEstimate e = got.get(metric);
        String where = c.name() + " " + key + " [" + from + ", " + to + ") " + metric.key();
        assertEquals(want.get("value").asDouble(), e.value(), TOLERANCE, where + " value");
        assertEquals(
            want.get("sampling_error").asDouble(), e.standardError(), TOLERANCE, where + " se");
        assertEquals(
            want.get("lower_confidence_boundary").asDouble(), e.lowerBound(), TOLERANCE, where);
        assertEquals(
            want.get("upper_confidence_boundary").asDouble(), e.upperBound(), TOLERANCE, where);
        assertEquals(
            want.get("lower_threshold").asDouble(), e.threshold().lower(), TOLERANCE, where);
        assertEquals(
            want.get("upper_threshold").asDouble(), e.threshold().upper(), TOLERANCE, where);
        assertEquals(want.get("alert").asBoolean(), e.alert(), where + " alert");
      }
    }
  }
}
