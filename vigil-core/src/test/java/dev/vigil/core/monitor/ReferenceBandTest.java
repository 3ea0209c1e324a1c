package dev.vigil.core.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NannyML's StandardDeviationThreshold: mean ± k · population sd, clipped to [0, 1]. */
class ReferenceBandTest {

  @Test
  void usesThePopulationStandardDeviation() {
    // mean 0.85, population sd 0.05 (the sample sd would be 0.0707)
    ReferenceBand band = ReferenceBand.fromValues(new double[] {0.80, 0.90}, 1.0);
    assertEquals(0.80, band.lower(), 1e-15);
    assertEquals(0.90, band.upper(), 1e-15);
  }

  @Test
  void clipsToTheUnitInterval() {
    ReferenceBand band = ReferenceBand.fromValues(new double[] {0.80, 0.90}, 3.0);
    assertEquals(0.70, band.lower(), 1e-15);
    assertEquals(1.0, band.upper());
  }

  @Test
  void chunksWithoutTrialsAreSkipped() {
    ConfusionCounts noPositives = new ConfusionCounts(0, 3, 7, 0);
    ConfusionCounts half = new ConfusionCounts(5, 0, 0, 5);
    ReferenceBand band =
        ReferenceBand.fromChunks(List.of(noPositives, half, half), PerformanceMetric.RECALL, 3.0);
    assertEquals(new ReferenceBand(0.5, 0.5), band);
    assertThrows(
        IllegalArgumentException.class,
        () -> ReferenceBand.fromChunks(List.of(noPositives), PerformanceMetric.RECALL, 3.0));
  }
}
