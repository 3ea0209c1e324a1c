package dev.vigil.app.degrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DegradeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void eachPeriodHasExactlyTheRoundedTargetOfCorrectRows() throws Exception {
    Path log = log(1010, "score,label");
    Path out = dir.resolve("out");

    int code =
        run(
            Map.of(),
            "--data",
            log.toString(),
            "--out",
            out.toString(),
            "--drop",
            "0.05",
            "--batch-size",
            "100",
            "--label-column",
            "label");

    assertEquals(0, code);
    JsonNode meta = JSON.readTree(out.resolve("ground_truth_metadata.json").toFile());
    assertEquals(11, meta.get("num_periods").asInt(), "ceil(1010 / 100): a short last period");
    assertEquals(100, meta.get("batch_size").asInt());
    assertEquals(sha256(log), meta.get("source_sha256").asText());
    List<String> lines = Files.readAllLines(out.resolve("artificial_ground_truth_data.csv"));
    assertEquals("score,label,artificial_ground_truth,period", lines.get(0));
    int[] correct = new int[11];
    int[] rows = new int[11];
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      int predicted = Double.parseDouble(cells[0]) >= 0.5 ? 1 : 0;
      int period = Integer.parseInt(cells[3]);
      rows[period]++;
      correct[period] += Integer.parseInt(cells[2]) == predicted ? 1 : 0;
    }
    for (int p = 0; p < 11; p++) {
      JsonNode period = meta.get("periods").get(p);
      double target = 0.95 - p * 0.05;
      assertEquals(target, period.get("target_accuracy").asDouble(), 1e-12);
      assertEquals(Math.round(target * rows[p] + 1e-9), correct[p], "period " + p);
      assertEquals(correct[p], period.get("correct").asInt());
      assertEquals(p * 100, period.get("start_row").asInt());
      assertEquals(Math.min(1010, p * 100 + 100), period.get("end_row").asInt());
    }
    assertEquals(10, rows[10]);
  }

  @Test
  void theSpreadDropReachesOneHalfAtTheLastPeriodAndTheSeedDecides() throws Exception {
    Path log = log(1000, "score");
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    run(Map.of("BATCH_SIZE", "250"), "--data", log.toString(), "--out", a.toString());
    run(Map.of(), "--data", log.toString(), "--out", b.toString());
    run(Map.of(), "--data", log.toString(), "--out", c.toString(), "--seed", "7");

    JsonNode meta = JSON.readTree(a.resolve("ground_truth_metadata.json").toFile());
    assertEquals(4, meta.get("num_periods").asInt());
    assertEquals(0.15, meta.get("drop_per_period").asDouble(), 1e-12);
    assertEquals(0.5, meta.at("/periods/3/target_accuracy").asDouble(), 1e-12);
    assertEquals("spread", meta.get("drop").asText());
    String data = Files.readString(a.resolve("artificial_ground_truth_data.csv"));
    assertEquals(data, Files.readString(b.resolve("artificial_ground_truth_data.csv")));
    assertNotEquals(data, Files.readString(c.resolve("artificial_ground_truth_data.csv")));
  }

  @Test
  void thePredictionColumnWinsOverTheScoreAndNdjsonIsRead() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // Scores all below 0.5 but logged predictions of 1: the column is the decision.
      lines.add("{\"id\": \"c" + i + "\", \"score\": 0.1, \"prediction\": 1}");
    }
    Path log = Files.write(dir.resolve("log.ndjson"), lines);
    Path out = dir.resolve("out");

    run(
        Map.of(),
        "--data",
        log.toString(),
        "--out",
        out.toString(),
        "--start-accuracy",
        "1",
        "--drop",
        "0");

    List<String> data = Files.readAllLines(out.resolve("artificial_ground_truth_data.csv"));
    assertEquals("id,score,prediction,artificial_ground_truth,period", data.get(0));
    assertTrue(
        data.subList(1, data.size()).stream().allMatch(l -> l.endsWith(",1,0")), data.get(1));
  }

  @Test
  void badInputIsRefusedNamingTheLineTheColumnOrTheSetting() throws Exception {
    Path log = Files.write(dir.resolve("bad.csv"), List.of("score", "0.2", "high", "0.9"));
    StringWriter err = new StringWriter();
    assertEquals(1, run(err, Map.of(), "--data", log.toString(), "--out", dir.toString()));
    assertTrue(
        err.toString().contains("line 3, column 'score': 'high' is not a score"), err.toString());

    StringWriter noScore = new StringWriter();
    Path other = Files.write(dir.resolve("other.csv"), List.of("p", "1"));
    assertEquals(1, run(noScore, Map.of(), "--data", other.toString(), "--out", dir.toString()));
    assertTrue(noScore.toString().contains("--score-column or --prediction-column"));

    StringWriter batch = new StringWriter();
    Path good = log(10, "score");
    assertEquals(1, run(batch, Map.of("BATCH_SIZE", "many"), "--data", good.toString()));
    assertTrue(
        batch.toString().contains("BATCH_SIZE: not a whole number 'many'"), batch.toString());
    assertTrue(Files.notExists(dir.resolve("artificial_ground_truth_data.csv")), "nothing written");
  }

  private Path log(int rows, String header) throws Exception {
    Random random = new Random(1);
    List<String> lines = new ArrayList<>(List.of(header));
    for (int i = 0; i < rows; i++) {
      String score = String.format(Locale.ROOT, "%.4f", random.nextDouble());
      lines.add(header.contains("label") ? score + "," + random.nextInt(2) : score);
    }
    return Files.write(dir.resolve("log-" + rows + ".csv"), lines);
  }

  private static int run(Map<String, String> env, String... args) {
    return run(new StringWriter(), env, args);
  }

  private static int run(StringWriter err, Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new DegradeCommand(env));
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
