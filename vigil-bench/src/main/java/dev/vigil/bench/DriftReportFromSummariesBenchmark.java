package dev.vigil.bench;

import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.drift.DriftOptions;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.NumericSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same 20-feature drift report as {@link DriftReportFromArraysBenchmark}, from ready summaries
 * (what the server and the Spark job hold): KLL sketches for continuous features, exact value
 * counts for the few-valued ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class DriftReportFromSummariesBenchmark {

  @Param({"1000000"})
  int rows;

  List<ColumnInput> columns;

  @Setup
  public void build() {
    int features = DriftReportFromArraysBenchmark.FEATURES;
    double[][] reference =
        DriftReportFromArraysBenchmark.FeatureData.columns(features, rows, 0.0, 11);
    double[][] current =
        DriftReportFromArraysBenchmark.FeatureData.columns(features, rows, 0.05, 12);
    columns = new ArrayList<>(features);
    for (int f = 0; f < features; f++) {
      columns.add(
          new ColumnInput(
              "f" + f,
              ColumnKind.NUMERIC,
              new ColumnData.Numeric(summary(reference[f])),
              new ColumnData.Numeric(summary(current[f]))));
    }
  }

  private static NumericSummary summary(double[] values) {
    NumericRecorder recorder = new NumericRecorder();
    recorder.record(values);
    return recorder.summary();
  }

  @Benchmark
  public DriftReport fromSummaries() {
    return DriftReport.compute(columns, DriftOptions.defaults());
  }
}
