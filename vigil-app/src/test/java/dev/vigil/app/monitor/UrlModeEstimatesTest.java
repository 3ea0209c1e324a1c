package dev.vigil.app.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil monitor --url} takes each period's estimated metrics from the server's {@code
 * /performance/estimated} over the hour windows holding the period's predictions. Two hourly models
 * get the same 300 predictions, two by two at the same instant every 80 s from {@link #T0}, cut
 * into periods of 75: periods 0 and 1 share the instant T0 + 2960 s. One model's reference has
 * scores and targets; the other's has neither, so its server cannot estimate.
 */
class UrlModeEstimatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final int PREDICTIONS = 300;

  @TempDir static Path dir;

  private static MonitoringServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = MonitoringServer.start(FreePortSettings.of(dir.resolve("data")));
    feed("scored", "?score_column=score&target_column=Exited");
    feed("plain", "");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * Every period carries the server's estimate over its windows: period 0 (predictions 0-74, at T0
   * + 0 … 2960 s) over hour 0, which also holds predictions 75-89; period 1 (75-149, 2960 … 5920 s)
   * over hours 0-1, so the shared instant's window counts in both; and the numbers are those the
   * route answers for that span.
   */
  @Test
  void everyPeriodCarriesTheServersEstimateOverItsWindows() throws Exception {
    JsonNode results = monitor("scored", 0);

    assertTrue(results.at("/estimation/available").asBoolean(), results.toString());
    assertEquals("reference", results.at("/estimation/fitted_on").asText());
    assertTrue(results.at("/estimation/alert_limits").asBoolean());
    JsonNode periods = results.get("periods");
    assertEquals(4, periods.size());
    assertEquals(T0.plusSeconds(2960).toString(), periods.at("/0/end").asText());
    assertEquals(T0.plusSeconds(2960).toString(), periods.at("/1/start").asText());
    assertSpan(periods.get(0), T0, T0.plus(HOUR), 90);
    assertSpan(periods.get(1), T0, T0.plus(HOUR.multipliedBy(2)), 180);
    assertSpan(periods.get(2), T0.plus(HOUR), T0.plus(HOUR.multipliedBy(3)), 180);
    assertSpan(periods.get(3), T0.plus(HOUR.multipliedBy(2)), T0.plus(HOUR.multipliedBy(4)), 120);
    for (JsonNode period : periods) {
      JsonNode span = period.get("estimated_span");
      JsonNode route = estimated("scored", span.get("from").asText(), span.get("to").asText());
      assertTrue(route.get("available").asBoolean());
      for (String metric : new String[] {"accuracy", "precision", "recall", "f1", "roc_auc"}) {
        JsonNode mine = period.at("/estimated/" + metric);
        JsonNode theirs = route.at("/metrics/" + metric);
        for (String field :
            new String[] {"value", "lower", "upper", "alert_lower", "alert_upper"}) {
          assertEquals(
              theirs.get(field).asDouble(),
              mine.get(field).asDouble(),
              1e-12,
              "period " + period.get("period") + " " + metric + "." + field);
        }
        assertEquals(theirs.get("alert").asBoolean(), mine.get("alert").asBoolean());
      }
      assertFalse(period.has("estimated_reason"));
    }
  }

  /** Without labelled scores in the reference, the job says why and still judges every period. */
  @Test
  void withoutLabelledScoresTheEstimateIsUnavailableWithTheServersReason() throws Exception {
    String reason =
        estimated("plain", T0.toString(), T0.plus(HOUR).toString()).get("reason").asText();
    assertTrue(reason.contains("no labelled scores"), reason);

    JsonNode results = monitor("plain", 0);

    assertEquals("healthy", results.get("status").asText());
    assertFalse(results.at("/estimation/available").asBoolean());
    assertEquals(
        "the server cannot estimate: " + reason, results.at("/estimation/reason").asText());
    assertEquals(4, results.get("periods").size());
    for (JsonNode period : results.get("periods")) {
      assertTrue(period.get("estimated").isNull(), period.toString());
      assertEquals(reason, period.get("estimated_reason").asText());
    }
    String log = Files.readString(dir.resolve("out-plain").resolve("monitoring_log.txt"));
    assertTrue(log.contains("no estimation: the server cannot estimate: " + reason), log);
  }

  private static void assertSpan(JsonNode period, Instant from, Instant to, long predictions) {
    JsonNode span = period.get("estimated_span");
    assertEquals(from.toString(), span.get("from").asText(), "period " + period.get("period"));
    assertEquals(to.toString(), span.get("to").asText(), "period " + period.get("period"));
    assertEquals(predictions, span.get("predictions").asLong());
    assertTrue(span.get("exact").asBoolean());
  }

  private static JsonNode monitor(String model, int expectedExit) throws Exception {
    Path out = dir.resolve("out-" + model);
    Cli run =
        Cli.run(
            new MonitorCommand(Map.of()),
            "--url",
            url().toString(),
            "--model",
            model,
            "--from",
            T0.toString(),
            "--to",
            T0.plus(Duration.ofDays(1)).toString(),
            "--batch-size",
            "75",
            "--out",
            out.toString(),
            "--no-track");
    assertEquals(expectedExit, run.exitCode(), run.err() + run.out());
    return JSON.readTree(out.resolve(MonitoringResults.FILE).toFile());
  }

  private static JsonNode estimated(String model, String from, String to) throws Exception {
    return JSON.readTree(
        send(
            HttpRequest.newBuilder(
                url()
                    .resolve(
                        "/api/v1/models/"
                            + model
                            + "/performance/estimated?from="
                            + from
                            + "&to="
                            + to))));
  }

  /**
   * Registers an hourly model, uploads a 400-row reference (scores and targets drawn so that a
   * score is the probability of class 1), and ingests the {@value #PREDICTIONS} predictions.
   */
  private static void feed(String model, String referenceQuery) throws Exception {
    ObjectNode register =
        JSON.createObjectNode().put("name", model).put("positive_class", "churned");
    register.putArray("schema").addObject().put("name", "Age").put("type", "numeric");
    register.putArray("positive_labels").add(1);
    register.putArray("negative_labels").add(0);
    register.put("granularity", "hour");
    post("/api/v1/models", register.toString());
    Random random = new Random(7);
    StringBuilder reference = new StringBuilder("Age,score,Exited\n");
    for (int i = 0; i < 400; i++) {
      double score = random.nextDouble();
      int label = random.nextDouble() < score ? 1 : 0;
      reference.append(20 + i % 50).append(',').append(score).append(',').append(label);
      reference.append('\n');
    }
    send(
        HttpRequest.newBuilder(
                url().resolve("/api/v1/models/" + model + "/reference" + referenceQuery))
            .header("Content-Type", "text/csv")
            .PUT(HttpRequest.BodyPublishers.ofString(reference.toString())));
    ObjectNode body = JSON.createObjectNode();
    ArrayNode records = body.putArray("records");
    for (int i = 0; i < PREDICTIONS; i++) {
      ObjectNode r = records.addObject().put("id", "p-" + i);
      r.put("timestamp", T0.plusSeconds(80L * (i / 2)).toString());
      r.putObject("features").put("Age", 20 + i % 50);
      r.put("score", random.nextDouble()).put("model_version", "1");
    }
    post("/api/v1/models/" + model + "/predictions", body.toString());
  }

  private static void post(String path, String body) throws Exception {
    send(
        HttpRequest.newBuilder(url().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private static URI url() {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
