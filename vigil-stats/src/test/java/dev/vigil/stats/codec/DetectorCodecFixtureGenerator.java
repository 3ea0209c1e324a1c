package dev.vigil.stats.codec;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.Ddm;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.Eddm;
import dev.vigil.stats.detect.HddmA;
import dev.vigil.stats.detect.HddmW;
import dev.vigil.stats.detect.PageHinkley;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the version-1 codec fixtures of the Page-Hinkley, DDM, EDDM, HDDM_A and HDDM_W states in
 * src/test/resources/codec. Not part of the test suite: run it once per format version, from the
 * repository root, with
 *
 * <pre>
 * ./mvnw -q -pl vigil-stats test-compile
 * java -cp vigil-stats/target/test-classes:vigil-stats/target/classes \
 *   dev.vigil.stats.codec.DetectorCodecFixtureGenerator vigil-stats/src/test/resources/codec
 * </pre>
 *
 * Each detector is fed a short closed-form stream, so {@code DetectorCodecFixtureTest} checks the
 * decoded counts and means by hand. Committed fixtures must never be regenerated for version 1.
 */
public final class DetectorCodecFixtureGenerator {

  private DetectorCodecFixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "vigil-stats/src/test/resources/codec");
    Files.createDirectories(dir);
    write(dir, "page-hinkley.v1.bin", SummaryCodec.encode(pageHinkley().state()));
    write(dir, "ddm.v1.bin", SummaryCodec.encode(ddm().state()));
    write(dir, "eddm.v1.bin", SummaryCodec.encode(eddm().state()));
    write(dir, "hddm-a.v1.bin", SummaryCodec.encode(hddmA().state()));
    write(dir, "hddm-w.v1.bin", SummaryCodec.encode(hddmW().state()));
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
    System.out.println(name + ": " + bytes.length + " bytes");
  }

  static <T extends ChangeDetector> T feed(T detector, int n, int period) {
    for (int i = 0; i < n; i++) {
      detector.update(i % period == 0 ? 1 : 0);
    }
    return detector;
  }

  /** mode up, min_instances 5; values i % 4 == 0 ? 1 : 0 for i in 0..19. */
  static PageHinkley pageHinkley() {
    return feed(
        PageHinkley.of(new DetectorParameters(Map.of("mode", 1.0, "min_instances", 5.0))), 20, 4);
  }

  /** Defaults; errors at i % 5 == 0 for i in 0..39. */
  static Ddm ddm() {
    return feed(Ddm.of(DetectorParameters.none()), 40, 5);
  }

  /** warm_start 2, alpha 0.9, beta 0.8; errors at i % 3 == 0 for i in 0..29. */
  static Eddm eddm() {
    return feed(
        Eddm.of(new DetectorParameters(Map.of("warm_start", 2.0, "alpha", 0.9, "beta", 0.8))),
        30,
        3);
  }

  /** two_sided_test 1; errors at i % 4 == 0 for i in 0..49. */
  static HddmA hddmA() {
    return feed(HddmA.of(new DetectorParameters(Map.of("two_sided_test", 1.0))), 50, 4);
  }

  /** lambda_val 0.1, two_sided_test 1; errors at i % 3 == 0 for i in 0..29. */
  static HddmW hddmW() {
    return feed(
        HddmW.of(new DetectorParameters(Map.of("lambda_val", 0.1, "two_sided_test", 1.0))), 30, 3);
  }
}
