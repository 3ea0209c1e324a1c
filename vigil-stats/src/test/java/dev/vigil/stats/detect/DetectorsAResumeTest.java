package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A detector saved through the codec and restored continues exactly as if uninterrupted: same
 * signals, same state, for any split point, including right after a detection (when the next update
 * must start over).
 */
class DetectorsAResumeTest {

  private static final List<DetectorsAReference.Run> RUNS = DetectorsAReference.runs();
  private static final Map<String, DetectorsAReference.Stream> STREAMS =
      DetectorsAReference.streams();

  @Provide
  Arbitrary<DetectorsAReference.Run> runs() {
    return Arbitraries.of(RUNS);
  }

  @Property(tries = 200)
  void resumesFromCodecAtAnySplit(
      @ForAll("runs") DetectorsAReference.Run run, @ForAll @IntRange(max = 1000) int permille) {
    double[] values = STREAMS.get(run.stream()).values();
    assertResumes(run, values, values.length * permille / 1000);
  }

  @Property(tries = 50)
  void resumesRightAfterADetection(@ForAll("runs") DetectorsAReference.Run run) {
    double[] values = STREAMS.get(run.stream()).values();
    for (int drift : run.drifts().subList(0, Math.min(3, run.drifts().size()))) {
      assertResumes(run, values, drift + 1);
    }
    for (int warning : run.warnings().subList(0, Math.min(3, run.warnings().size()))) {
      assertResumes(run, values, warning + 1);
    }
  }

  @Property(tries = 100)
  void resumesOnRandomStreams(
      @ForAll("runs") DetectorsAReference.Run run,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int length,
      @ForAll @IntRange(max = 3000) int split) {
    Random random = new Random(seed);
    boolean errors = run.method().errorStream();
    int change = random.nextInt(length);
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      double level = i < change ? 0.15 : 0.4;
      values[i] =
          errors ? (random.nextDouble() < level ? 1 : 0) : random.nextGaussian() + 3 * level;
    }
    assertResumes(run, values, Math.min(split, length));
  }

  private static void assertResumes(DetectorsAReference.Run run, double[] values, int split) {
    ChangeDetector whole = DetectorsAReference.create(run.method(), run.parameters());
    DetectorSignal[] expected = Snapshots.signals(whole, values, 0, values.length);

    ChangeDetector first = DetectorsAReference.create(run.method(), run.parameters());
    DetectorSignal[] before = Snapshots.signals(first, values, 0, split);
    ChangeDetector resumed = Snapshots.throughCodec(first);
    assertEquals(first.signal(), resumed.signal());
    assertEquals(first.parameters(), resumed.parameters());
    DetectorSignal[] after = Snapshots.signals(resumed, values, split, values.length);

    DetectorSignal[] actual = Arrays.copyOf(before, values.length);
    System.arraycopy(after, 0, actual, split, after.length);
    assertArrayEquals(expected, actual, run + " split at " + split);
    assertEquals(
        Snapshots.throughCodec(whole).parameters(), resumed.parameters(), "parameters kept");
    assertTrue(split <= values.length);
  }
}
