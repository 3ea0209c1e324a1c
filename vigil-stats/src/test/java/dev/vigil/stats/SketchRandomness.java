package dev.vigil.stats;

import java.lang.reflect.Field;
import java.util.Random;
import org.apache.datasketches.kll.KllSketch;

/**
 * Makes KLL sketches repeatable in tests. DataSketches compacts KLL levels with coin flips from one
 * static, unseeded {@link Random}, so a sketch's rank errors (and so whether a bound-based
 * assertion holds) differ from run to run; seeding that generator before building sketches makes a
 * failure reproducible from the test's own seed. Tests run on one thread, so the sequence of draws
 * is fixed.
 */
public final class SketchRandomness {

  private SketchRandomness() {}

  /** Seeds the generator DataSketches' KLL sketches draw their compaction coin flips from. */
  public static void seed(long seed) {
    try {
      Field field = KllSketch.class.getDeclaredField("random");
      field.setAccessible(true);
      ((Random) field.get(null)).setSeed(seed);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "DataSketches no longer keeps KllSketch.random; update SketchRandomness", e);
    }
  }
}
