package dev.vigil.bench;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.DetectorSignal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per update of each change detector with its default parameters, over a stream of
 * {@link #UPDATES} values without a change: a 0/1 error stream at a 20 % error rate for the
 * error-stream detectors, standard normal values for the others. Detectors that start over after a
 * detection do so inside the measured loop, as they would in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {

  static final int UPDATES = 1 << 20;

  @Param({
    "page-hinkley",
    "ddm",
    "eddm",
    "hddm-a",
    "hddm-w",
    "adwin",
    "kswin",
    "iks",
    "mean-variance-shift"
  })
  String method;

  double[] stream;
  DetectorMethod detectorMethod;

  @Setup
  public void generate() {
    detectorMethod = DetectorMethod.fromId(method);
    SplittableRandom random = new SplittableRandom(3);
    stream = new double[UPDATES];
    for (int i = 0; i < UPDATES; i++) {
      stream[i] =
          detectorMethod.errorStream()
              ? (random.nextDouble() < 0.2 ? 1 : 0)
              : random.nextGaussian();
    }
  }

  @Benchmark
  @OperationsPerInvocation(UPDATES)
  public int update() {
    ChangeDetector detector = detectorMethod.create(DetectorParameters.none());
    int drifts = 0;
    for (double v : stream) {
      if (detector.update(v) == DetectorSignal.DRIFT) {
        drifts++;
      }
    }
    return drifts;
  }
}
