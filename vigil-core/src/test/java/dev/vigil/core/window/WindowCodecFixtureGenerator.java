package dev.vigil.core.window;

import dev.vigil.core.event.PredictionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the fixtures of the window codec (version 1) and the reference codec (version 1 was
 * written by the version-1 encoder, version 2 adds the (score, label) pairs) in
 * src/test/resources/window. Not part of the test suite: run it once per format version, from the
 * repository root, with
 *
 * <pre>
 * ./mvnw -q -pl vigil-core -am test-compile
 * java -cp "vigil-core/target/test-classes:vigil-core/target/classes:vigil-stats/target/classes:$(ls ~/.m2/repository/org/apache/datasketches/datasketches-java/6.2.0/*.jar):$(ls ~/.m2/repository/org/apache/datasketches/datasketches-memory/3.0.2/*.jar)" \
 *   dev.vigil.core.window.WindowCodecFixtureGenerator vigil-core/src/test/resources/window
 * </pre>
 *
 * The data are closed-form, so {@code WindowCodecFixtureTest} checks the decoded fields against
 * values worked out by hand. Committed fixtures must never be regenerated, so it writes only the
 * fixtures not yet in the directory.
 */
public final class WindowCodecFixtureGenerator {

  static final Instant UPLOADED_AT = Instant.parse("2026-11-23T10:15:30.123456Z");

  private WindowCodecFixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "vigil-core/src/test/resources/window");
    Files.createDirectories(dir);
    write(dir, "window-summary.v1.bin", WindowSummaryCodec.encode(window()));
    write(
        dir,
        "reference-summary.v" + ReferenceSummaryCodec.VERSION + ".bin",
        ReferenceSummaryCodec.encode(reference()));
  }

  private static void write(Path dir, String name, byte[] bytes) throws IOException {
    if (Files.exists(dir.resolve(name))) {
      System.out.println(name + ": exists, kept");
      return;
    }
    Files.write(dir.resolve(name), bytes);
    System.out.println(name + ": " + bytes.length + " bytes");
  }

  /** Row i of 0..9: the features both fixtures record. */
  static Map<String, Object> row(int i) {
    return WindowFixtures.features(
        "Age", i == 9 ? null : 20.0 + i,
        "Balance", i == 8 ? "n/a" : i * 1000.0,
        "Geography", i % 2 == 0 ? "France" : "Spain",
        "IsActiveMember", i % 3 == 0);
  }

  /**
   * The all-records window of 10 predictions at T0 + i minutes with score i / 10 and the features
   * of {@link #row}; predictions 0..3 labelled i % 2, (i - 1) * 30 s after the prediction.
   */
  static WindowSummary window() {
    WindowAggregator aggregator = WindowFixtures.aggregator(WindowFixtures.CHURN);
    for (int i = 0; i < 10; i++) {
      Instant time = WindowFixtures.T0.plusSeconds(60L * i);
      PredictionRecord p = WindowFixtures.prediction("p" + i, time, i / 10.0, row(i));
      aggregator.prediction(p);
      if (i < 4) {
        aggregator.joined(WindowFixtures.pair(p, i % 2, time.plusSeconds(30L * (i - 1))));
      }
    }
    WindowKey all = new WindowKey("churn", "v1", Segment.ALL, WindowFixtures.T0);
    return aggregator.drain().get(all);
  }

  /**
   * The rows of {@link #row} with score i / 10 and target "No" for even i, 1.0 for odd i, missing
   * for i = 9.
   */
  static ReferenceSummary reference() {
    ReferenceBuilder builder =
        new ReferenceBuilder(
            WindowFixtures.CHURN, Optional.of("score"), Optional.of("Exited"), UPLOADED_AT);
    for (int i = 0; i < 10; i++) {
      Map<String, Object> row = row(i);
      row.put("score", i / 10.0);
      row.put("Exited", i == 9 ? null : i % 2 == 0 ? "No" : 1.0);
      builder.add(row, i);
    }
    return builder.build();
  }
}
