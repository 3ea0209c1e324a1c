package dev.vigil.bench;

import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.drift.DriftOptions;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.summary.SortedSample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 20-feature drift report (16 continuous, 4 with few distinct values) over {@code rows} reference
 * and {@code rows} current values per feature, starting from raw unsorted arrays: the cost includes
 * making the exact distributions (a sort per column side).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class DriftReportFromArraysBenchmark {

  static final int FEATURES = 20;

  @Param({"1000000"})
  int rows;

  double[][] reference;
  double[][] current;
  List<ColumnInput> sortedColumns;

  @Setup(Level.Trial)
  public void generate() {
    reference = FeatureData.columns(FEATURES, rows, 0.0, 11);
    current = FeatureData.columns(FEATURES, rows, 0.05, 12);
    sortedColumns = columnsOf(reference, current);
  }

  /** From unsorted arrays: sorting (radix, 40 columns sides of 1M) plus the tests. */
  @Benchmark
  public DriftReport fromRawArrays() {
    return DriftReport.compute(columnsOf(reference, current), DriftOptions.defaults());
  }

  /** The tests alone, on exact distributions already sorted. */
  @Benchmark
  public DriftReport fromSortedSamples() {
    return DriftReport.compute(sortedColumns, DriftOptions.defaults());
  }

  static List<ColumnInput> columnsOf(double[][] reference, double[][] current) {
    List<ColumnInput> columns = new ArrayList<>(FEATURES);
    for (int f = 0; f < FEATURES; f++) {
      columns.add(
          new ColumnInput(
              "f" + f,
              ColumnKind.NUMERIC,
              new ColumnData.Numeric(SortedSample.of(reference[f], 128)),
              new ColumnData.Numeric(SortedSample.of(current[f], 128))));
    }
    return columns;
  }

  /** Deterministic feature columns: most continuous, every fifth with few distinct values. */
  static final class FeatureData {
    private FeatureData() {}

    static double[][] columns(int features, int rows, double shift, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      double[][] data = new double[features][rows];
      for (int f = 0; f < features; f++) {
        boolean fewValues = f % 5 == 4;
        for (int r = 0; r < rows; r++) {
          double g = random.nextGaussian() + shift;
          data[f][r] = fewValues ? Math.floor(Math.abs(g) * 2) : 100 * f + 15 * g;
        }
      }
      return data;
    }
  }
}
