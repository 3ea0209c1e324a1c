package dev.vigil.stats.codec;

import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.IsotonicCalibrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the version-1 fixtures of the estimation types in src/test/resources/codec, as {@link
 * CodecFixtureGenerator} does (same class path, main class {@code
 * dev.vigil.stats.codec.EstimateFixtureGenerator}). The data are closed-form, so {@code
 * EstimateCodecTest} checks the decoded fields against values worked out by hand. Committed
 * fixtures must never be regenerated for version 1.
 */
public final class EstimateFixtureGenerator {

  private EstimateFixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "vigil-stats/src/test/resources/codec");
    Files.createDirectories(dir);
    Files.write(dir.resolve("calibrator.v1.bin"), SummaryCodec.encode(calibrator()));
    Files.write(dir.resolve("estimated-exact.v1.bin"), SummaryCodec.encode(exactWindow()));
    Files.write(dir.resolve("estimated-binned.v1.bin"), SummaryCodec.encode(binnedWindow()));
  }

  /** Knots (0.1, 0), (0.5, 0.25), (0.9, 1). */
  static IsotonicCalibrator calibrator() {
    return IsotonicCalibrator.ofKnots(new double[] {0.1, 0.5, 0.9}, new double[] {0, 0.25, 1});
  }

  /** Scores i / 100 for i in 0..100, uncalibrated, at threshold 0.5. */
  static EstimatedConfusion exactWindow() {
    double[] scores = new double[101];
    for (int i = 0; i <= 100; i++) {
      scores[i] = i / 100.0;
    }
    return EstimatedConfusion.of(0.5, scores, IsotonicCalibrator.identity());
  }

  /** Scores (i % 1000) / 1000 + 0.0005 for i in 0..4999: 5 rows mid-bin in every bin. */
  static EstimatedConfusion binnedWindow() {
    double[] scores = new double[5000];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = (i % 1000) / 1000.0 + 0.0005;
    }
    return EstimatedConfusion.of(0.5, scores, IsotonicCalibrator.identity());
  }
}
