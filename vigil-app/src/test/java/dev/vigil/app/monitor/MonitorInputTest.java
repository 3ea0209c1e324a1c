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

/** Logs whose labels are partly known, and a tracking database that cannot be opened. */
class MonitorInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * Two periods of 150 predictions, all correct; period 1 has labels for 60 rows only, fewer than
   * the 100 a period needs: it is reported as insufficient data and the job stays healthy.
   */
  @Test
  void emptyLabelCellsAreUnlabelledPredictions() throws Exception {
    List<String> lines = new ArrayList<>(List.of("score,label"));
    for (int i = 0; i < 300; i++) {
      int prediction = i % 4 == 0 ? 1 : 0;
      String label = i < 210 ? Integer.toString(prediction) : ""; // rows 210-299 unlabelled
      lines.add((prediction == 1 ? "0.7" : "0.3") + "," + label);
    }
    Path log = Files.write(dir.resolve("log.csv"), lines);
    Path out = dir.resolve("out");

    Cli run =
        Cli.run(
            new MonitorCommand(Map.of("BATCH_SIZE", "150")),
            "--data",
            log.toString(),
            "--label-column",
            "label",
            "--out",
            out.toString(),
            "--no-track");

    assertEquals(0, run.exitCode(), run.err() + run.out());
    JsonNode results = JSON.readTree(out.resolve("monitoring_results.json").toFile());
    assertEquals("healthy", results.get("status").asText());
    assertEquals(150, results.at("/periods/1/rows").asInt());
    assertEquals(60, results.at("/periods/1/labelled").asInt());
    assertEquals(1.0, results.at("/periods/1/metrics/accuracy").asDouble());
    assertEquals("insufficient_data", results.at("/periods/1/decision/status").asText());
    JsonNode truth = JSON.readTree(out.resolve("period_1_ground_truth.json").toFile());
    assertTrue(truth.at("/labels/149/label").isNull());
    assertTrue(truth.at("/labels/59/label").isInt(), "row 209 is labelled");
  }

  @Test
  void aTrackingDatabaseThatCannotBeOpenedIsAnErrorNamingTheFlags() throws Exception {
    Path log =
        Files.write(dir.resolve("log.csv"), List.of("score,artificial_ground_truth", "0.9,1"));
    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--data",
            log.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--db",
            "jdbc:mysql://nowhere/vigil");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("--data-dir/--db: cannot open the tracking database"), run.err());
  }
}
