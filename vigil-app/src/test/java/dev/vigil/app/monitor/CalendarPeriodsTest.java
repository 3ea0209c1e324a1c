package dev.vigil.app.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --period day|week} on a timestamp column, and an NDJSON log. */
class CalendarPeriodsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * Three days of 200 predictions: 190 correct on the first two days, 120 on the third. Day 2's
   * accuracy 0.6 is far below 0.85 and 0.35 below day 1's: degraded on every rule.
   */
  @Test
  void dailyPeriodsOfAnNdjsonLogStopAtTheBadDay() throws Exception {
    List<String> lines = new ArrayList<>();
    int[] correct = {190, 190, 120};
    for (int day = 0; day < 3; day++) {
      for (int i = 0; i < 200; i++) {
        int prediction = i % 3 == 0 ? 1 : 0;
        int label = i < correct[day] ? prediction : 1 - prediction;
        lines.add(
            "{\"timestamp\": \"2026-11-%02dT%02d:00:00Z\", \"score\": %s, \"label\": %d}"
                .formatted(20 + day, i % 24, prediction == 1 ? "0.8" : "0.2", label));
      }
    }
    Path log = Files.write(dir.resolve("log.ndjson"), lines);
    Path out = dir.resolve("out");

    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--data",
            log.toString(),
            "--label-column",
            "label",
            "--period",
            "day",
            "--out",
            out.toString(),
            "--no-track");

    assertEquals(3, run.exitCode(), run.err() + run.out());
    JsonNode results = JSON.readTree(out.resolve("monitoring_results.json").toFile());
    assertEquals(2, results.get("degraded_period").asInt());
    assertEquals("calendar days (UTC)", results.get("split").asText());
    assertEquals("2026-11-22T00:00:00Z", results.at("/periods/2/start").asText());
    assertEquals("2026-11-23T00:00:00Z", results.at("/periods/2/end").asText());
    assertEquals(0.6, results.at("/periods/2/metrics/accuracy").asDouble(), 1e-12);
    List<String> flagged = new ArrayList<>();
    results
        .at("/periods/2/decision/reasons")
        .forEach(
            r -> {
              if (r.get("flags").asBoolean()) {
                flagged.add(r.get("kind").asText());
              }
            });
    assertEquals(List.of("below_threshold", "drop_vs_previous", "drop_vs_baseline"), flagged);
  }

  @Test
  void withoutALogTheJobSaysToRunDegradeFirst() {
    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--data",
            dir.resolve("data/artificial_ground_truth_data.csv").toString(),
            "--out",
            dir.toString(),
            "--no-track");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("run `vigil degrade` first"), run.err());
  }

  @Test
  void aBadTimestampIsRefusedNamingItsLine() throws Exception {
    Path log =
        Files.write(
            dir.resolve("log.csv"),
            List.of("timestamp,score,artificial_ground_truth", "2026-11-20,0.9,1", "soon,0.1,0"));
    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--data",
            log.toString(),
            "--period",
            "week",
            "--out",
            dir.toString(),
            "--no-track");
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("line 3, column 'timestamp': 'soon' is not a timestamp"), run.err());
    JsonNode results = JSON.readTree(dir.resolve("monitoring_results.json").toFile());
    assertEquals("error", results.get("status").asText());
  }
}
