package dev.vigil.core.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bytes of every version committed in src/test/resources/window (written once by {@link
 * WindowCodecFixtureGenerator}) must decode forever, to the values worked out by hand from the
 * generator's closed-form data.
 */
class WindowCodecFixtureTest {

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = WindowCodecFixtureTest.class.getResourceAsStream("/window/" + name)) {
      assertNotNull(in, "missing fixture " + name);
      return in.readAllBytes();
    }
  }

  @Test
  void windowSummary() throws IOException {
    WindowSummary s = WindowSummaryCodec.decode(fixture("window-summary.v1.bin"));
    assertEquals(0.5, s.scores().threshold());
    assertEquals(10, s.predictions());
    assertEquals(5, s.scores().predictedPositive()); // scores 0.5 .. 0.9
    assertArrayEquals(
        new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9},
        s.scores().scores().sortedValues().orElseThrow());
    assertFeatures(s.features());
    assertEquals(4, s.labelledCount());
    // Scores 0, 0.1, 0.2, 0.3 are all predicted 0; labels 0, 1, 0, 1.
    assertEquals(new ConfusionCounts(0, 0, 2, 2), s.labelled().confusion());
    assertArrayEquals(
        new double[] {-30, 0, 30, 60}, s.labelDelaySeconds().sortedValues().orElseThrow());
    assertEquals(0, s.latencySeconds().count());
  }

  @Test
  void referenceSummary() throws IOException {
    ReferenceSummary r = ReferenceSummaryCodec.decode(fixture("reference-summary.v1.bin"));
    assertEquals(WindowCodecFixtureGenerator.UPLOADED_AT, r.uploadedAt());
    assertEquals(10, r.rows());
    assertFeatures(r.features());
    assertEquals(5, r.scores().predictedPositive());
    assertEquals(10, r.scores().count());
    assertEquals(0.45, r.scores().scores().mean(), 1e-12);
    CategoricalSummary target = r.target();
    assertEquals(Map.of("0", 5L, "1", 4L), target.counts());
    assertEquals(1, target.missing());
    assertTrue(r.labelledScores().isEmpty(), "version 1 kept no (score, label) pairs");
  }

  @Test
  void referenceSummaryVersion2KeepsThePairs() throws IOException {
    ReferenceSummary r = ReferenceSummaryCodec.decode(fixture("reference-summary.v2.bin"));
    assertEquals(WindowCodecFixtureGenerator.UPLOADED_AT, r.uploadedAt());
    assertEquals(10, r.rows());
    assertFeatures(r.features());
    assertEquals(Map.of("0", 5L, "1", 4L), r.target().counts());
    // Rows 0..8 have a target (row 9's is missing): score i / 10, label i % 2, in row order.
    LabelledScoreSample pairs = r.labelledScores();
    assertEquals(9, pairs.seen());
    assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}, pairs.scores());
    assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, pairs.labels());
  }

  /** Age 20..28 and one missing; Balance 0..7000 and 9000 with one type error; etc. */
  private static void assertFeatures(Map<String, FeatureSummary> features) {
    assertEquals(
        java.util.List.of("Age", "Balance", "Geography", "IsActiveMember"),
        java.util.List.copyOf(features.keySet()));
    NumericSummary age = ((FeatureSummary.Numeric) features.get("Age")).values();
    assertEquals(9, age.count());
    assertEquals(1, age.missing());
    assertEquals(20, age.min());
    assertEquals(28, age.max());
    assertEquals(0, features.get("Age").typeErrors());
    NumericSummary balance = ((FeatureSummary.Numeric) features.get("Balance")).values();
    assertEquals(9, balance.count());
    assertEquals(0, balance.missing());
    assertEquals(1, features.get("Balance").typeErrors());
    assertEquals(37_000, balance.mean() * 9, 1e-9);
    CategoricalSummary geography =
        ((FeatureSummary.Categorical) features.get("Geography")).values();
    assertEquals(Map.of("France", 5L, "Spain", 5L), geography.counts());
    CategoricalSummary active =
        ((FeatureSummary.Categorical) features.get("IsActiveMember")).values();
    assertEquals(Map.of("true", 4L, "false", 6L), active.counts());
    assertEquals(0, active.missing());
  }
}
