package dev.vigil.stats.codec;

import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the version-1 codec fixtures in src/test/resources/codec. Not part of the test suite: run
 * it once per format version, from the repository root, with
 *
 * <pre>
 * ./mvnw -q -pl vigil-stats test-compile
 * java -cp "vigil-stats/target/test-classes:vigil-stats/target/classes:$(ls ~/.m2/repository/org/apache/datasketches/datasketches-java/6.2.0/*.jar):$(ls ~/.m2/repository/org/apache/datasketches/datasketches-memory/3.0.2/*.jar)" \
 *   dev.vigil.stats.codec.CodecFixtureGenerator vigil-stats/src/test/resources/codec
 * </pre>
 *
 * The data are closed-form, so {@code SummaryCodecFixtureTest} checks the decoded fields against
 * values worked out by hand. Committed fixtures must never be regenerated for version 1, so it
 * writes only the fixtures not yet in the directory.
 */
public final class CodecFixtureGenerator {

  private CodecFixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "vigil-stats/src/test/resources/codec");
    Files.createDirectories(dir);
    write(dir, "numeric-exact.v1.bin", SummaryCodec.encode(numericExact().summary()));
    write(dir, "numeric-counted.v1.bin", SummaryCodec.encode(numericCounted().summary()));
    write(dir, "numeric-sketched.v1.bin", SummaryCodec.encode(numericSketched().summary()));
    write(dir, "categorical-exact.v1.bin", SummaryCodec.encode(categoricalExact().summary()));
    write(dir, "categorical-sketched.v1.bin", SummaryCodec.encode(categoricalSketched().summary()));
    write(dir, "prediction.v1.bin", SummaryCodec.encode(prediction().summary()));
    write(dir, "labelled-exact.v1.bin", SummaryCodec.encode(labelledExact().summary()));
    write(dir, "labelled-histogram.v1.bin", SummaryCodec.encode(labelledHistogram().summary()));
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    if (Files.exists(dir.resolve(name))) {
      System.out.println(name + ": exists, kept");
      return;
    }
    Files.write(dir.resolve(name), bytes);
    System.out.println(name + ": " + bytes.length + " bytes");
  }

  /** i / 4 for i in 0..99, then 3 NaN, 2 +inf, 1 -inf. */
  static NumericRecorder numericExact() {
    NumericRecorder recorder = new NumericRecorder();
    for (int i = 0; i < 100; i++) {
      recorder.record(i / 4.0);
    }
    for (double v : new double[] {Double.NaN, Double.NaN, Double.NaN}) {
      recorder.record(v);
    }
    recorder.record(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
    recorder.record(Double.NEGATIVE_INFINITY);
    return recorder;
  }

  /** i % 7 for i in 0..9999, then 5 missing. */
  static NumericRecorder numericCounted() {
    NumericRecorder recorder = new NumericRecorder();
    for (int i = 0; i < 10_000; i++) {
      recorder.record(i % 7);
    }
    for (int i = 0; i < 5; i++) {
      recorder.recordMissing();
    }
    return recorder;
  }

  /** (i * 7919) % 20000 for i in 0..19999: a permutation of 0..19999. */
  static NumericRecorder numericSketched() {
    NumericRecorder recorder = new NumericRecorder();
    for (int i = 0; i < 20_000; i++) {
      recorder.record((i * 7919L) % 20_000);
    }
    return recorder;
  }

  /** "a" x3, "b" x1, "ü" x2, null, blank. */
  static CategoricalRecorder categoricalExact() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (String v : new String[] {"a", "ü", "b", "a", null, "ü", " ", "a"}) {
      recorder.record(v);
    }
    return recorder;
  }

  /** "c0".."c2999" once each, each followed by "hot", then "hot" 2000 more times, 1 missing. */
  static CategoricalRecorder categoricalSketched() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = 0; i < 3000; i++) {
      recorder.record("c" + i);
      recorder.record("hot");
    }
    for (int i = 0; i < 2000; i++) {
      recorder.record("hot");
    }
    recorder.recordMissing();
    return recorder;
  }

  /** Scores i / 100 for i in 0..100 at threshold 0.5. */
  static PredictionRecorder prediction() {
    PredictionRecorder recorder = new PredictionRecorder(0.5);
    for (int i = 0; i <= 100; i++) {
      recorder.record(i / 100.0);
    }
    return recorder;
  }

  /** Scores (i + 0.5) / 20 with label i % 2 for i in 0..19, at threshold 0.5. */
  static LabelledRecorder labelledExact() {
    return labelled(20);
  }

  /**
   * Scores (i + 0.5) / 10000 with label i % 2 for i in 0..9999, at threshold 0.5: past the exact
   * limit, so the ranking is a histogram.
   */
  static LabelledRecorder labelledHistogram() {
    return labelled(10_000);
  }

  private static LabelledRecorder labelled(int n) {
    LabelledRecorder recorder = new LabelledRecorder(0.5);
    for (int i = 0; i < n; i++) {
      recorder.record((i + 0.5) / n, i % 2);
    }
    return recorder;
  }
}
