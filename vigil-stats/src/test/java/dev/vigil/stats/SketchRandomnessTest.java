package dev.vigil.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.junit.jupiter.api.Test;

class SketchRandomnessTest {

  private static byte[] sketchBytes(long seed) {
    SketchRandomness.seed(seed);
    KllDoublesSketch sketch = KllDoublesSketch.newHeapInstance(200);
    SplittableRandom values = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      sketch.update(values.nextDouble());
    }
    return sketch.toByteArray();
  }

  @Test
  void theSameSeedBuildsTheSameSketch() {
    assertArrayEquals(sketchBytes(1), sketchBytes(1));
  }

  @Test
  void anotherSeedBuildsAnotherSketch() {
    assertFalse(Arrays.equals(sketchBytes(1), sketchBytes(2)), "the seed must reach the sketch");
  }
}
