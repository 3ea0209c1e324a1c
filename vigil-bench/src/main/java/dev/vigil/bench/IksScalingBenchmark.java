package dev.vigil.bench;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.util.Map;
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
 * IKS nanoseconds per update as its windows grow: each update inserts into and removes from a treap
 * of about {@code 2 × window} values, so the cost should grow like log(window), not like the
 * window. The detector is warmed past its first full windows before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IksScalingBenchmark {

  static final int UPDATES = 1 << 18;

  @Param({"100", "1000", "10000", "100000"})
  int window;

  double[] stream;
  ChangeDetector detector;

  @Setup
  public void build() {
    SplittableRandom random = new SplittableRandom(9);
    stream = new double[UPDATES];
    for (int i = 0; i < UPDATES; i++) {
      stream[i] = random.nextGaussian();
    }
    detector =
        DetectorMethod.IKS.create(new DetectorParameters(Map.of("window_size", (double) window)));
    for (int i = 0; i < 3 * window; i++) {
      detector.update(random.nextGaussian());
    }
  }

  @Benchmark
  @OperationsPerInvocation(UPDATES)
  public ChangeDetector update() {
    for (double v : stream) {
      detector.update(v);
    }
    return detector;
  }
}
