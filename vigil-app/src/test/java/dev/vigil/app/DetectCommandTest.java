package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectCommandTest {

  /** River's indices for the detectors, written by tools/reference/detectors_a_reference.py. */
  private static final Path RIVER_FIXTURE =
      Path.of("../vigil-stats/src/test/resources/reference/detectors_a_cases.json");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new VigilCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void ddmOverTheChurnModelsErrorStreamWarnsAndDetectsWhereRiverDoes() throws IOException {
    JsonNode fixture = JSON.readTree(RIVER_FIXTURE.toFile());
    String bits = stream(fixture, "churn-errors-flipped").get("bits").asText();
    Path input = dir.resolve("errors.txt");
    Files.writeString(input, String.join("\n", bits.split("")) + "\n");
    JsonNode river = riverRun(fixture, "churn-errors-flipped", "ddm");

    assertEquals(0, run("detect", "--method", "ddm", "--input", input.toString()), err.toString());

    JsonNode result = JSON.readTree(out.toString());
    assertEquals("ddm", result.get("method").asText());
    assertEquals(bits.length(), result.get("values").asInt());
    assertEquals(expand(river.get("warnings")), ints(result.get("warnings")));
    assertEquals(expand(river.get("drifts")), ints(result.get("drifts")));
    assertTrue(!ints(result.get("drifts")).isEmpty(), "River detects this change");
  }

  @Test
  void pageHinkleyReadsACsvColumnAndDetectsAMeanShiftSoonAfterIt() throws IOException {
    // Noise of sd 0.2 keeps the cumulative deviation far below the threshold before the shift.
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder csv = new StringBuilder("id,latency\n");
    for (int i = 0; i < 2000; i++) {
      double shift = i < 1000 ? 0 : 1;
      csv.append(i).append(',').append(0.2 * random.nextGaussian() + shift).append('\n');
    }
    Path input = dir.resolve("stream.csv");
    Files.writeString(input, csv.toString());

    int exit =
        run(
            "detect",
            "--method",
            "page-hinkley",
            "--param",
            "threshold=20",
            "--input",
            input.toString(),
            "--column",
            "latency");

    assertEquals(0, exit, err.toString());
    JsonNode result = JSON.readTree(out.toString());
    assertEquals(20.0, result.get("parameters").get("threshold").asDouble());
    List<Integer> drifts = ints(result.get("drifts"));
    assertTrue(!drifts.isEmpty() && drifts.get(0) >= 1000 && drifts.get(0) < 1100, drifts + "");
  }

  @Test
  void anErrorStreamDetectorRejectsAValueOtherThanZeroOrOneNamingIt() throws IOException {
    Path input = dir.resolve("bad.txt");
    Files.writeString(input, "0\n1\n0.5\n");

    assertEquals(1, run("detect", "--method", "eddm", "--input", input.toString()));
    assertTrue(err.toString().contains("value 3"), err.toString());
  }

  @Test
  void aValueThatIsNotANumberIsReportedWithItsLine() throws IOException {
    Path input = dir.resolve("bad.txt");
    Files.writeString(input, "0.1\nabc\n");

    assertEquals(1, run("detect", "--method", "adwin", "--input", input.toString()));
    assertTrue(err.toString().contains("line 2: 'abc' is not a number"), err.toString());
  }

  @Test
  void anUnknownParameterOrMethodIsAUsageErrorNamingIt() throws IOException {
    Path input = dir.resolve("s.txt");
    Files.writeString(input, "0\n");

    assertEquals(2, run("detect", "--method", "ddm", "--param", "lamda=3", "--input", "" + input));
    assertTrue(err.toString().contains("lamda"), err.toString());
    assertEquals(2, run("detect", "--method", "cusum", "--input", input.toString()));
    assertTrue(err.toString().contains("unknown detector 'cusum'"), err.toString());
  }

  private static JsonNode stream(JsonNode fixture, String name) {
    for (JsonNode s : fixture.get("streams")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no stream " + name);
  }

  private static JsonNode riverRun(JsonNode fixture, String stream, String method) {
    for (JsonNode r : fixture.get("runs")) {
      if (r.get("stream").asText().equals(stream)
          && r.get("method").asText().equals(method)
          && r.get("params").isEmpty()) {
        return r;
      }
    }
    throw new AssertionError("no run " + method + " on " + stream);
  }

  /** The fixture writes indices as [first, last] ranges. */
  private static List<Integer> expand(JsonNode ranges) {
    List<Integer> indices = new ArrayList<>();
    for (JsonNode range : ranges) {
      for (int i = range.get(0).asInt(); i <= range.get(1).asInt(); i++) {
        indices.add(i);
      }
    }
    return indices;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asInt()));
    return values;
  }
}
