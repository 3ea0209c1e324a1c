package dev.vigil.stats.codec;

import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.Iks;
import dev.vigil.stats.detect.Kswin;
import dev.vigil.stats.detect.MeanVarianceShift;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the version-1 detector fixtures (types 10-13) in src/test/resources/codec. Not part of the
 * test suite: run once per format version, from the repository root, with
 *
 * <pre>
 * ./mvnw -q -pl vigil-stats test-compile
 * java -cp "vigil-stats/target/test-classes:vigil-stats/target/classes:$(ls ~/.m2/repository/org/apache/commons/commons-statistics-distribution/1.2/*.jar)" \
 *   dev.vigil.stats.codec.DetectorFixtureGenerator vigil-stats/src/test/resources/codec
 * </pre>
 *
 * Each detector is fed {@link #PREFIX} values of the closed-form stream {@link #value}; {@code
 * DetectorCodecFixtureTest} decodes the file and checks that the restored detector continues as an
 * uninterrupted one does.
 */
public final class DetectorFixtureGenerator {

  static final int PREFIX = 700;

  private DetectorFixtureGenerator() {}

  /** A stream with a level and spread change at 500: ((i * 37) mod 101) / 101, then 2 + 3x. */
  static double value(int i) {
    double x = ((i * 37) % 101) / 101.0;
    return i < 500 ? x : 2 + 3 * x;
  }

  static <T extends ChangeDetector> T fed(T detector, int n) {
    for (int i = 0; i < n; i++) {
      detector.update(value(i));
    }
    return detector;
  }

  static Adwin adwin() {
    return Adwin.of(DetectorParameters.none());
  }

  static Kswin kswin() {
    return Kswin.of(DetectorParameters.none());
  }

  static Iks iks() {
    return Iks.of(DetectorParameters.none());
  }

  static MeanVarianceShift meanVariance() {
    return MeanVarianceShift.of(DetectorParameters.none());
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "vigil-stats/src/test/resources/codec");
    Files.createDirectories(dir);
    write(dir, "adwin.v1.bin", SummaryCodec.encode(fed(adwin(), PREFIX).state()));
    write(dir, "kswin.v1.bin", SummaryCodec.encode(fed(kswin(), PREFIX).state()));
    write(dir, "iks.v1.bin", SummaryCodec.encode(fed(iks(), PREFIX).state()));
    write(
        dir,
        "mean-variance-shift.v1.bin",
        SummaryCodec.encode(fed(meanVariance(), PREFIX).state()));
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
    System.out.println(name + ": " + bytes.length + " bytes");
  }
}
