package dev.vigil.bench;

import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.NumericSummary;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Values recorded per second on one thread, from a fresh recorder to a frozen summary: one
 * invocation records {@link #VALUES} values, so the score is values per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordingBenchmark {

  static final int VALUES = 1_000_000;
  private static final String[] CATEGORIES = {
    "France", "Germany", "Spain", "Italy", "Portugal", "Belgium", "Austria", "Poland"
  };

  double[] continuous;
  double[] scores;
  int[] labels;
  String[] categories;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(7);
    continuous = new double[VALUES];
    scores = new double[VALUES];
    labels = new int[VALUES];
    categories = new String[VALUES];
    for (int i = 0; i < VALUES; i++) {
      continuous[i] = 650 + 97 * random.nextGaussian();
      scores[i] = random.nextDouble();
      labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
      categories[i] = CATEGORIES[random.nextInt(CATEGORIES.length)];
    }
  }

  @Benchmark
  @OperationsPerInvocation(VALUES)
  public NumericSummary numericValues() {
    NumericRecorder recorder = new NumericRecorder();
    for (double v : continuous) {
      recorder.record(v);
    }
    return recorder.summary();
  }

  @Benchmark
  @OperationsPerInvocation(VALUES)
  public CategoricalSummary categoricalValues() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (String c : categories) {
      recorder.record(c);
    }
    return recorder.summary();
  }

  @Benchmark
  @OperationsPerInvocation(VALUES)
  public LabelledSummary labelledPredictions() {
    LabelledRecorder recorder = new LabelledRecorder(0.5);
    for (int i = 0; i < VALUES; i++) {
      recorder.record(scores[i], labels[i]);
    }
    return recorder.summary();
  }
}
