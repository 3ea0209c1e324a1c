package dev.vigil.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.SharedData;
import dev.vigil.app.TrainCommand;
import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.YamlTokens;
import dev.vigil.app.traffic.FeedbackDelay;
import dev.vigil.app.traffic.ReplayCounts;
import dev.vigil.app.traffic.TrafficOptions;
import dev.vigil.app.traffic.TrafficReplay;
import dev.vigil.app.traffic.VigilClient;
import dev.vigil.http.ApiTokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vigil simulate} against the real {@code vigil serve} with the churn model trained on the
 * bank churn data: what it reports having sent is what the API holds, and each drift shows where it
 * should. Runs share one model, so each run is read back over its own time range through the
 * count-based periods (which read the raw records), and the covariate run, read through /drift,
 * comes first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulateEndToEndTest {

  @TempDir static Path dataDir;
  private static MonitoringServer server;
  private static String url;
  private static VigilClient client;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void trainAndServe() {
    int trained =
        new CommandLine(new TrainCommand())
            .execute(
                "--data",
                churnCsv(),
                "--target",
                "Exited",
                "--promote",
                "--data-dir",
                dataDir.toString());
    assertEquals(0, trained);
    server = serve(ApiTokens.none());
    url = "http://127.0.0.1:" + server.port();
    client = new VigilClient(URI.create(url), null);
  }

  private static MonitoringServer serve(ApiTokens tokens) {
    return MonitoringServer.start(FreePortSettings.of(dataDir).withTokens(tokens));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyRowAndLabelSentArrivesAndCovariateDriftShowsInTheShiftedFeatures() throws Exception {
    Instant from = Instant.now();
    JsonNode report =
        simulate(
            "--limit",
            "1000",
            "--label-coverage",
            "0.6",
            "--drift",
            "covariate",
            "--drift-strength",
            "0.5",
            "--drift-start",
            "0");
    Instant to = Instant.now();
    assertEquals(1000, report.get("rows_sent").asLong(), report.toString());
    assertEquals(0, report.get("failures").asLong(), report.toString());
    long sent = report.at("/labels/sent").asLong();
    assertEquals(0, report.at("/labels/pending").asLong());
    assertEquals(1000, sent + report.at("/labels/withheld").asLong());
    // 1,000 Bernoulli(0.6) draws: standard deviation 0.0155; 0.05 is more than 3 of them.
    assertEquals(0.6, sent / 1000.0, 0.05, report.toString());

    JsonNode period = awaitPeriods(from, to, 1000, 1000, sent).get(0);
    assertEquals(1000, period.get("predictions").asLong());
    assertEquals(sent, period.get("labelled").asLong());

    Map<String, Boolean> drifted = new HashMap<>();
    for (JsonNode feature : client.getJson("/api/v1/models/churn/drift").get("features")) {
      drifted.put(feature.get("feature").asText(), feature.get("drifted").asBoolean());
    }
    for (String shifted : new String[] {"Age", "Balance", "CreditScore", "EstimatedSalary"}) {
      assertTrue(drifted.get(shifted), shifted + " drifted: " + drifted);
    }
    for (String untouched : new String[] {"Geography", "Gender"}) {
      assertFalse(drifted.get(untouched), untouched + " did not drift: " + drifted);
    }
  }

  @Test
  @Order(2)
  void conceptDriftLowersRealizedAccuracyOnceItStarts() throws Exception {
    Instant from = Instant.now();
    // Delays of 2 h on average in story time, 0.2 s in real time at this speed.
    JsonNode report =
        simulate(
            "--limit",
            "2000",
            "--drift",
            "concept",
            "--drift-strength",
            "0.8",
            "--drift-start",
            "0.5",
            "--feedback-delay",
            "exp:2h",
            "--speed",
            "36000");
    Instant to = Instant.now();
    assertEquals(2000, report.get("rows_sent").asLong(), report.toString());
    assertEquals(2000, report.at("/labels/sent").asLong(), report.toString());
    JsonNode periods = awaitPeriods(from, to, 1000, 2000, 2000);
    double before = accuracy(periods.get(0));
    double after = accuracy(periods.get(1));
    assertTrue(before > 0.8, "accuracy before the drift: " + before);
    // 80 % of the labels follow a rule the model never saw (CreditScore below its median).
    assertTrue(after < before - 0.15, "accuracy " + before + " then " + after);
  }

  @Test
  @Order(3)
  void labelNoiseLowersRealizedAccuracyByAboutTheFlippedShare() throws Exception {
    Instant from = Instant.now();
    JsonNode report =
        simulate(
            "--limit",
            "2000",
            "--drift",
            "label-noise",
            "--drift-strength",
            "0.3",
            "--drift-start",
            "0.5");
    Instant to = Instant.now();
    assertEquals(2000, report.at("/labels/sent").asLong(), report.toString());
    JsonNode periods = awaitPeriods(from, to, 1000, 2000, 2000);
    double before = accuracy(periods.get(0));
    double after = accuracy(periods.get(1));
    // Flipping 30 % of the labels turns accuracy a into 0.7 a + 0.3 (1 - a): a drop of 0.3 (2a -
    // 1).
    double expected = before - 0.3 * (2 * before - 1);
    assertEquals(expected, after, 0.05, "accuracy " + before + " then " + after);
  }

  @Test
  @Order(4)
  void aStoppedReplayOfTheGeneratorReturnsAndCountsTheLabelsNotYetDue() throws Exception {
    Instant from = Instant.now();
    TrafficOptions options = new TrafficOptions(200, 1, FeedbackDelay.parse("1h"), 1, null, 3);
    TrafficReplay replay = new TrafficReplay(client, "churn", options, Clock.systemUTC());
    CountDownLatch enough = new CountDownLatch(1);
    Thread stopper =
        new Thread(
            () -> {
              try {
                enough.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              replay.stop();
            });
    stopper.start();
    ReplayCounts counts =
        replay.run(
            new GeneratorTraffic(DriftPlan.NONE, Long.MAX_VALUE, 3),
            c -> {
              if (c.requests() >= 100) {
                enough.countDown();
              }
            });
    stopper.join();
    Instant to = Instant.now();
    assertTrue(counts.requests() >= 100, counts.toString());
    assertEquals(0, counts.failures(), counts.toString());
    assertEquals(0, counts.labelsSent(), counts.toString());
    assertEquals(counts.requests(), counts.labelsPending(), counts.toString());
    awaitPeriods(from, to, 100_000, counts.requests(), 0);
  }

  @Test
  @Order(5)
  void theGeneratorRunsForItsStoryDurationWithDriftFromItsMiddle() throws Exception {
    SimulationCli run =
        SimulationCli.run(
            "--url",
            url,
            "--rate",
            "100/s",
            "--speed",
            "3600",
            "--duration",
            "1h",
            "--drift",
            "covariate",
            "--format",
            "json",
            "--no-progress");
    assertEquals(0, run.exitCode(), run.err() + run.out());
    JsonNode report = json.readTree(run.out());
    assertEquals(3600.0, report.get("story_seconds").asDouble(), report.toString());
    assertTrue(report.get("rows_sent").asLong() > 0, report.toString());
    assertEquals("covariate, strength 0.50, from story time 30m", report.get("drift").asText());
    assertTrue(report.get("source").asText().startsWith("synthetic churn generator"));
  }

  @Test
  @Order(6)
  void refusedRowsAreCountedWithTheServersFieldAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(SharedData.path("Churn_Modelling.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    List<String> rows = new ArrayList<>(lines.subList(0, 21));
    String[] third = rows.get(3).split(",", -1);
    third[header.indexOf("Age")] = "forty";
    rows.set(3, String.join(",", third));
    Path csv = Files.write(dir.resolve("one-bad-age.csv"), rows);

    SimulationCli run =
        SimulationCli.run(
            "--url",
            url,
            "--data",
            csv.toString(),
            "--rate",
            "1000/s",
            "--format",
            "json",
            "--no-progress");
    JsonNode report = json.readTree(run.out());
    assertEquals(1, run.exitCode(), "1 failure in 20 is above 1 %: " + run.out());
    assertEquals(19, report.get("rows_sent").asLong(), report.toString());
    assertEquals(1, report.get("failures").asLong(), report.toString());
    assertEquals(19, report.at("/labels/sent").asLong(), report.toString());
    String error = report.get("last_error").asText();
    assertTrue(error.startsWith("POST /v2/models/churn/infer: 400 (field inputs["), error);
    assertTrue(error.contains("forty"), error);

    SimulationCli tolerant =
        SimulationCli.run(
            "--url",
            url,
            "--data",
            csv.toString(),
            "--rate",
            "1000/s",
            "--max-failures",
            "0.1",
            "--no-progress");
    assertEquals(0, tolerant.exitCode(), tolerant.out());
    assertTrue(tolerant.out().contains("failures         1"), tolerant.out());
  }

  @Test
  @Order(7)
  void aGuardedServerTakesTheLabelsWithTheTokenAndRefusesThemWithout(@TempDir Path dir)
      throws Exception {
    String secret = "simulate-secret-token";
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
    Path config =
        Files.writeString(
            dir.resolve("vigil.yaml"),
            "tokens:\n  - name: sim\n    sha256: " + hash + "\n    scopes: [ingest, read]\n");
    server.close();
    server = null;
    server = serve(YamlTokens.read(config));
    String guarded = "http://127.0.0.1:" + server.port();

    SimulationCli with =
        SimulationCli.run(
            "--url",
            guarded,
            "--token",
            secret,
            "--data",
            churnCsv(),
            "--limit",
            "20",
            "--rate",
            "1000/s",
            "--format",
            "json",
            "--no-progress");
    assertEquals(0, with.exitCode(), with.err() + with.out());
    assertEquals(20, json.readTree(with.out()).at("/labels/sent").asLong(), with.out());

    // Inference is not guarded (as KServe's servers); feedback is, and the default target
    // cannot be read without a token, so --target is given.
    SimulationCli without =
        SimulationCli.run(
            "--url",
            guarded,
            "--data",
            churnCsv(),
            "--target",
            "Exited",
            "--limit",
            "20",
            "--rate",
            "1000/s",
            "--format",
            "json",
            "--no-progress");
    JsonNode report = json.readTree(without.out());
    assertEquals(1, without.exitCode(), without.out());
    assertEquals(20, report.get("rows_sent").asLong(), without.out());
    assertEquals(20, report.at("/labels/lost").asLong(), without.out());
    assertTrue(
        report.get("last_error").asText().contains("401 (field Authorization)"), without.out());
    assertFalse(without.out().contains(secret));
  }

  private JsonNode simulate(String... args) throws Exception {
    String[] common = {
      "--url",
      url,
      "--data",
      churnCsv(),
      "--target",
      "Exited",
      "--rate",
      "1000/s",
      "--seed",
      "7",
      "--format",
      "json",
      "--no-progress"
    };
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    SimulationCli run = SimulationCli.run(all);
    assertEquals(0, run.exitCode(), run.err() + run.out());
    return json.readTree(run.out());
  }

  /** Waits (at most 20 s) until the periods of the range hold the predictions and labels. */
  private JsonNode awaitPeriods(Instant from, Instant to, int size, long predictions, long labels)
      throws Exception {
    String path =
        "/api/v1/models/churn/periods?size=%d&from=%s&to=%s"
            .formatted(size, from, to.plusSeconds(1));
    JsonNode periods = null;
    for (int attempt = 0; attempt < 400; attempt++) {
      periods = client.getJson(path).get("periods");
      long seen = 0;
      long labelled = 0;
      for (JsonNode period : periods) {
        seen += period.get("predictions").asLong();
        labelled += period.get("labelled").asLong();
      }
      if (seen == predictions && labelled == labels) {
        return periods;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("periods never held " + predictions + " predictions: " + periods);
  }

  private static double accuracy(JsonNode period) {
    return period.at("/performance/metrics/accuracy/value").asDouble();
  }

  private static String churnCsv() {
    return SharedData.path("Churn_Modelling.csv").toString();
  }
}
