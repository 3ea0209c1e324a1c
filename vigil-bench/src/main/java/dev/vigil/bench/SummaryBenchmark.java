package dev.vigil.bench;

import dev.vigil.stats.codec.SummaryCodec;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Merge and codec costs of summaries of 1M values each (sketch form for numeric columns). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummaryBenchmark {

  NumericSummary numericA;
  NumericSummary numericB;
  CategoricalSummary categoricalA;
  CategoricalSummary categoricalB;
  byte[] numericBytes;
  byte[] categoricalBytes;

  @Setup
  public void build() {
    numericA = numeric(1);
    numericB = numeric(2);
    categoricalA = categorical(3);
    categoricalB = categorical(4);
    numericBytes = SummaryCodec.encode(numericA);
    categoricalBytes = SummaryCodec.encode(categoricalA);
  }

  private static NumericSummary numeric(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NumericRecorder recorder = new NumericRecorder();
    for (int i = 0; i < 1_000_000; i++) {
      recorder.record(76485.89 + 62397.4 * random.nextGaussian());
    }
    return recorder.summary();
  }

  private static CategoricalSummary categorical(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = 0; i < 1_000_000; i++) {
      recorder.record("category-" + random.nextInt(50));
    }
    return recorder.summary();
  }

  @Benchmark
  public NumericSummary mergeNumeric() {
    return numericA.merge(numericB);
  }

  @Benchmark
  public CategoricalSummary mergeCategorical() {
    return categoricalA.merge(categoricalB);
  }

  @Benchmark
  public byte[] encodeNumeric() {
    return SummaryCodec.encode(numericA);
  }

  @Benchmark
  public NumericSummary decodeNumeric() {
    return SummaryCodec.decodeNumeric(numericBytes);
  }

  @Benchmark
  public byte[] encodeCategorical() {
    return SummaryCodec.encode(categoricalA);
  }

  @Benchmark
  public CategoricalSummary decodeCategorical() {
    return SummaryCodec.decodeCategorical(categoricalBytes);
  }
}
