package dev.vigil.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil demo} end to end: it trains, serves and replays the story through the real API; a
 * real server then reads what it left in the data directory. The runs share one directory, in
 * order: the story, a reusing run, a resetting run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoCommandTest {

  private static final Pattern SENT = Pattern.compile("Sent (\\d+) requests and (\\d+) labels");

  @TempDir static Path dataDir;

  private static Instant firstRunStarted;
  private static long firstRunRequests;

  @Test
  @Order(1)
  void playsTheStoryThroughTheRealApi() throws Exception {
    firstRunStarted = Instant.now();
    DemoRun run =
        DemoRun.start(
            "--duration",
            "6d",
            "--speed",
            "21600",
            "--rate",
            "80",
            "--port",
            "0",
            "--data-dir",
            dataDir.toString(),
            "--training-rows",
            "3000",
            "--seed",
            "7",
            "--feedback-delay",
            "exp:2h");
    int port = run.awaitPort();
    double live = awaitPredictionsCounted(new DemoApi(port));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(live > 0, "vigil_predictions_total of churn while the demo runs: " + live);
    String out = run.out();
    assertTrue(
        out.contains("Dashboard: http://127.0.0.1:" + port + "/#/model/churn?range=1h"), out);
    assertTrue(out.contains("covariate drift: older customers"), out);
    assertTrue(out.contains("concept drift: why customers leave changes"), out);
    long[] sent = sent(out);
    firstRunRequests = sent[0];
    assertTrue(sent[0] > 600, "requests sent: " + sent[0]);
    withServer(
        api -> {
          JsonNode registered = api.json("/api/v1/registry/models/churn");
          assertEquals(1, registered.get("champion").asInt(), registered.toString());
          assertEquals("minute", api.json("/api/v1/models/churn").get("granularity").asText());
          JsonNode performance = api.json("/api/v1/models/churn/performance" + sinceFirstRun());
          assertEquals(sent[0], performance.get("predictions").asLong());
          assertEquals(sent[1], performance.get("labelled").asLong());
          assertTrue(sent[1] > 0.8 * sent[0], "labels " + sent[1] + " of " + sent[0]);
          assertTrue(drifted(api).containsAll(List.of("Age", "Balance")), drifted(api).toString());
          List<Double> accuracy = periodAccuracies(api);
          double stable = mean(accuracy.subList(0, 3));
          double concept = mean(accuracy.subList(accuracy.size() - 3, accuracy.size()));
          assertTrue(concept < stable - 0.08, "accuracy per 100 predictions: " + accuracy);
        });
  }

  @Test
  @Order(2)
  void aSecondRunReusesTheModel() throws Exception {
    DemoRun run = DemoRun.complete(quickRun());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Reusing the demo model"), run.out());
    long requests = sent(run.out())[0];
    withServer(
        api -> {
          assertEquals(1, api.json("/api/v1/registry/models/churn").get("versions").size());
          JsonNode performance = api.json("/api/v1/models/churn/performance" + sinceFirstRun());
          assertEquals(firstRunRequests + requests, performance.get("predictions").asLong());
        });
  }

  @Test
  @Order(3)
  void resetWipesTheDemoAndTrainsAfresh() throws Exception {
    List<String> args = new ArrayList<>(List.of(quickRun()));
    args.addAll(List.of("--reset", "--training-rows", "2000"));
    DemoRun run = DemoRun.complete(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("trained, registered and promoted"), run.out());
    long requests = sent(run.out())[0];
    withServer(
        api -> {
          assertEquals(1, api.json("/api/v1/registry/models/churn").get("versions").size());
          JsonNode performance = api.json("/api/v1/models/churn/performance" + sinceFirstRun());
          assertEquals(requests, performance.get("predictions").asLong());
        });
  }

  private static String[] quickRun() {
    return new String[] {
      "--duration",
      "1d",
      "--speed",
      "43200",
      "--rate",
      "40",
      "--port",
      "0",
      "--data-dir",
      dataDir.toString()
    };
  }

  private static double awaitPredictionsCounted(DemoApi api) throws Exception {
    for (int attempt = 0; attempt < 300; attempt++) {
      double counted = api.metricSum("vigil_predictions_total", "churn");
      if (counted > 0) {
        return counted;
      }
      Thread.sleep(100);
    }
    return 0;
  }

  private static List<String> drifted(DemoApi api) throws Exception {
    List<String> drifted = new ArrayList<>();
    for (JsonNode f : api.json("/api/v1/models/churn/drift" + sinceFirstRun()).get("features")) {
      if (f.get("drifted").asBoolean()) {
        drifted.add(f.get("feature").asText());
      }
    }
    return drifted;
  }

  /** Realized accuracy of consecutive periods of 100 predictions, in the order they were made. */
  private static List<Double> periodAccuracies(DemoApi api) throws Exception {
    List<Double> accuracies = new ArrayList<>();
    JsonNode periods = api.json("/api/v1/models/churn/periods" + sinceFirstRun() + "&size=100");
    for (JsonNode period : periods.get("periods")) {
      if (!period.get("partial").asBoolean()) {
        accuracies.add(
            period.get("performance").get("metrics").get("accuracy").get("value").asDouble());
      }
    }
    return accuracies;
  }

  private static String sinceFirstRun() {
    Instant now = Instant.now();
    return "?from=" + firstRunStarted.minus(Duration.ofMinutes(2)) + "&to=" + now.plusSeconds(120);
  }

  private static long[] sent(String out) {
    Matcher m = SENT.matcher(out);
    assertTrue(m.find(), out);
    return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private interface ApiCheck {
    void check(DemoApi api) throws Exception;
  }

  private static void withServer(ApiCheck check) throws Exception {
    try (MonitoringServer server = MonitoringServer.start(FreePortSettings.of(dataDir))) {
      check.check(new DemoApi(server.port()));
    }
  }
}
