package dev.vigil.core.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelledScoreSamplerTest {

  @Test
  void keepsEveryPairInRowOrderUpToTheCapacity() {
    LabelledScoreSampler sampler = new LabelledScoreSampler(5);
    for (int i = 0; i < 5; i++) {
      sampler.add(i / 10.0, i % 2);
    }
    LabelledScoreSample sample = sampler.sample();
    assertEquals(5, sample.seen());
    assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4}, sample.scores());
    assertArrayEquals(new int[] {0, 1, 0, 1, 0}, sample.labels());
  }

  @Test
  void beyondTheCapacityKeepsAUniformSeededSampleInRowOrder() {
    int rows = 100_000;
    LabelledScoreSample first = sampleOf(rows, 1000);
    assertEquals(rows, first.seen());
    assertEquals(1000, first.size());
    double[] scores = first.scores();
    for (int i = 1; i < scores.length; i++) {
      assertTrue(scores[i] > scores[i - 1], "row order");
    }
    // Uniform: each tenth of the rows holds about a tenth of the sample (binomial sd ~ 9.5).
    int[] tenths = new int[10];
    for (double s : scores) {
      tenths[(int) (s * 10)]++;
    }
    for (int t : tenths) {
      assertTrue(Math.abs(t - 100) < 50, "tenth holds " + t);
    }
    assertEquals(first, sampleOf(rows, 1000), "the same rows give the same sample");
  }

  @Test
  void theBuilderKeepsOnlyRowsWithScoreAndTarget() {
    ReferenceSummary reference = WindowCodecFixtureGenerator.reference();
    assertEquals(9, reference.labelledScores().size()); // row 9 has no target
    ReferenceBuilder noTarget =
        new ReferenceBuilder(
            WindowFixtures.CHURN, Optional.of("score"), Optional.empty(), WindowFixtures.T0);
    noTarget.add(WindowFixtures.features("Age", 30.0, "score", 0.4), 0);
    assertTrue(noTarget.build().labelledScores().isEmpty());
  }

  @Test
  void aSampleRefusesBadPairs() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LabelledScoreSample(1, new double[] {0.5}, new int[] {2}));
    assertTrue(e.getMessage().startsWith("labels"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new LabelledScoreSample(0, new double[] {0.5}, new int[] {1}));
  }

  private static LabelledScoreSample sampleOf(int rows, int capacity) {
    LabelledScoreSampler sampler = new LabelledScoreSampler(capacity);
    for (int i = 0; i < rows; i++) {
      sampler.add((double) i / rows, i % 2);
    }
    return sampler.sample();
  }
}
