package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.window.WindowSource;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventReader;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/v1/models/{name}/periods} on each backend: 1,000 predictions ingested over HTTP
 * (odd ones first, so storage order is not time order), a label for every third, some labels sent
 * before their predictions.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PeriodsTest {

  private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
  private static final String RANGE = "from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z";
  private static final String PERIODS = "/api/v1/models/churn/periods?";
  private static final int COUNT = 1000;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private Backend.TestDatabase testDatabase;
  private Database database;
  private RunningServer server;

  @BeforeEach
  void start() {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    server =
        new RunningServer(
            new EventStores(
                new JdbcModelStore(database),
                new JdbcPredictionStore(database),
                new JdbcLabelStore(database),
                new JdbcPendingEventStore(database)),
            new MonitoringSources(
                WindowSource.of(new JdbcWindowStore(database)),
                new JdbcReferenceStore(database),
                new JdbcEventReader(database)),
            Readiness::ok,
            new ServerSettings("127.0.0.1", 0, 1 << 20),
            Clock.fixed(QueryFixture.NOW, ZoneOffset.UTC));
    assertEquals(201, server.postJson("/api/v1/models", QueryFixture.MODEL).status());
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
    testDatabase.close();
  }

  private static double score(int i) {
    return ((i * 37) % 100) / 100.0 + 0.005;
  }

  private static boolean labelled(int i) {
    return i % 3 == 0;
  }

  private static int label(int i) {
    return (i * 11) % 7 < 3 ? 1 : 0;
  }

  private static Instant time(int i) {
    return START.plusSeconds(10L * i);
  }

  private void ingest() {
    // Labels of the first 300 predictions come before the predictions themselves.
    sendLabels(IntStream.range(0, 300));
    for (int parity = 1; parity >= 0; parity--) {
      final int p = parity;
      StringBuilder body = new StringBuilder("{\"records\":[");
      IntStream.range(0, COUNT)
          .filter(i -> i % 2 == p)
          .forEach(
              i ->
                  body.append(
                      String.format(
                          "{\"id\":\"p-%d\",\"timestamp\":\"%s\",\"features\":{\"Age\":%d,"
                              + "\"Geography\":\"%s\",\"IsActive\":%b},\"score\":%s,"
                              + "\"model_version\":\"3\"},",
                          i,
                          time(i),
                          20 + i % 50,
                          i % 4 == 0 ? "Spain" : "France",
                          i % 5 == 0,
                          score(i))));
      body.setLength(body.length() - 1);
      Answer sent = server.postJson("/api/v1/models/churn/predictions", body + "]}");
      assertEquals(200, sent.status(), sent.body());
    }
    sendLabels(IntStream.range(300, COUNT));
  }

  private void sendLabels(IntStream ids) {
    List<String> records = new ArrayList<>();
    ids.filter(PeriodsTest::labelled)
        .forEach(
            i -> records.add("{\"prediction_id\":\"p-" + i + "\",\"label\":" + label(i) + "}"));
    Answer sent =
        server.postJson(
            "/api/v1/models/churn/feedback", "{\"records\":[" + String.join(",", records) + "]}");
    assertEquals(200, sent.status(), sent.body());
  }

  @Test
  void cutsThePredictionsInTimeOrderIntoPeriodsWithTheMetricsOfExactlyTheirRows() {
    ingest();

    JsonNode answer = get(PERIODS + RANGE + "&size=250", 200);

    assertEquals(250, answer.get("size").asInt());
    assertTrue(answer.get("next").isNull(), answer.toString());
    JsonNode periods = answer.get("periods");
    assertEquals(4, periods.size());
    for (int p = 0; p < 4; p++) {
      JsonNode period = periods.get(p);
      int first = 250 * p;
      assertEquals(p, period.get("index").asInt());
      assertEquals(time(first).toString(), period.get("first_prediction_at").asText());
      assertEquals(time(first + 249).toString(), period.get("last_prediction_at").asText());
      assertEquals(false, period.get("partial").asBoolean());
      assertEquals(250, period.get("predictions").asInt());
      assertEquals(250, period.get("performance").get("predictions").asInt());
      assertMetricsOf(IntStream.range(first, first + 250), period);
    }
  }

  @Test
  void flagsTheLastPeriodPartialAndFiltersByVersion() {
    ingest();

    JsonNode periods = get(PERIODS + RANGE + "&size=300&version=3", 200).get("periods");

    assertEquals(4, periods.size());
    JsonNode last = periods.get(3);
    assertEquals(100, last.get("predictions").asInt());
    assertEquals(true, last.get("partial").asBoolean());
    assertEquals(false, periods.get(2).get("partial").asBoolean());
    assertEquals(time(999).toString(), last.get("last_prediction_at").asText());
    assertMetricsOf(IntStream.range(900, COUNT), last);
    assertEquals(0, get(PERIODS + RANGE + "&version=4", 200).get("periods").size());
  }

  @Test
  void refusesBadParametersNamingThem() {
    assertEquals("size", get(PERIODS + RANGE + "&size=9", 400).get("field").asText());
    assertEquals("size", get(PERIODS + RANGE + "&size=100001", 400).get("field").asText());
    assertEquals("size", get(PERIODS + RANGE + "&size=ten", 400).get("field").asText());
    assertEquals("from", get(PERIODS + "from=yesterday", 400).get("field").asText());
    assertEquals("after", get(PERIODS + RANGE + "&after=3_x_1", 400).get("field").asText());
    assertEquals("segment", get(PERIODS + "segment=all", 400).get("field").asText());
    assertEquals("name", get("/api/v1/models/nobody/periods", 404).get("field").asText());
  }

  private JsonNode get(String path, int status) {
    Answer answer = server.get(path);
    assertEquals(status, answer.status(), answer.body());
    return answer.json();
  }

  /** The period's labelled count and metrics equal those computed on exactly these rows. */
  private static void assertMetricsOf(IntStream rows, JsonNode period) {
    int[] ids = rows.filter(PeriodsTest::labelled).toArray();
    double[] scores = new double[ids.length];
    int[] labels = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      scores[k] = score(ids[k]);
      labels[k] = label(ids[k]);
    }
    ClassificationMetrics expected = ClassificationMetrics.of(scores, labels, 0.5);
    assertEquals(ids.length, period.get("labelled").asInt());
    JsonNode metrics = period.get("performance").get("metrics");
    JsonNode confusion = metrics.get("confusion");
    assertEquals(expected.confusion().truePositives(), confusion.get("true_positives").asLong());
    assertEquals(expected.confusion().falsePositives(), confusion.get("false_positives").asLong());
    assertEquals(expected.confusion().trueNegatives(), confusion.get("true_negatives").asLong());
    assertEquals(expected.confusion().falseNegatives(), confusion.get("false_negatives").asLong());
    assertEquals(
        expected.accuracy().value(), metrics.get("accuracy").get("value").asDouble(), 1e-12);
    assertEquals(expected.f1().value(), metrics.get("f1").get("value").asDouble(), 1e-12);
    assertEquals(expected.rocAuc().value(), metrics.get("roc_auc").get("value").asDouble(), 1e-9);
  }
}
