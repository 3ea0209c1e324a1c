package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcWindowStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/models/{name}/detectors} on a real server and SQLite database, fed by a real
 * ingestion pipeline; the states survive a restart of the pipeline.
 */
class DetectorRoutesTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private static final String PATH = "/api/v1/models/churn/detectors";

  @TempDir Path dataDir;
  private Backend.TestDatabase testDatabase;
  private Database database;
  private JdbcModelStore models;
  private LiveDetectors detectors;
  private IngestPipeline pipeline;
  private HttpServer server;
  private RunningClient client;

  @BeforeEach
  void start() {
    testDatabase = Backend.SQLITE.create(dataDir);
    database = testDatabase.open();
    models = new JdbcModelStore(database);
    pipeline = pipeline();
    EventStores stores =
        new EventStores(
            models, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS);
    server =
        new HttpServer(
            stores,
            new MemoryMonitoring(models).sources(),
            Readiness::ok,
            new PrometheusRegistry(),
            new ServerSettings("127.0.0.1", 0, 1 << 20),
            List.of(new DetectorRoutes(models, detectors)));
    client = new RunningClient("http://127.0.0.1:" + server.start());
    Answer created = client.send("POST", "/api/v1/models", ModelRoutesTest.CHURN, Map.of());
    assertEquals(201, created.status(), created.body());
  }

  private IngestPipeline pipeline() {
    detectors = new LiveDetectors(models::find);
    IngestPipeline started =
        new IngestPipeline(
            new JdbcEventLog(database),
            new WindowAggregator(models::find),
            new JdbcWindowStore(database),
            new JdbcPredictionStore(database),
            new JdbcLabelStore(database),
            commit -> {},
            IngestSettings.defaults().withFlushInterval(Duration.ofHours(1)),
            detectors);
    started.start();
    return started;
  }

  @AfterEach
  void stop() {
    server.stop();
    pipeline.close();
    database.close();
    testDatabase.close();
  }

  /**
   * Scores 0.1 for {@code p0000}-{@code p0199}, then 0.9: ADWIN detects the shift. (A commit stores
   * each batch in key order, so the ids sort as the numbers do.)
   */
  private static List<PredictionRecord> predictions(int count) {
    List<PredictionRecord> records = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      records.add(
          new PredictionRecord(
              "churn",
              id(n),
              "1",
              T0.plusSeconds(60L * n),
              Map.of("Age", 40.0, "Geography", "France", "IsActive", true),
              n < 200 ? 0.1 : 0.9));
    }
    return records;
  }

  private static String id(int n) {
    return String.format("p%04d", n);
  }

  @Test
  void listsEachStreamsDetectorWithWhatItSaw() {
    assertEquals("[]", client.send("GET", PATH, null, Map.of()).json().get("detectors").toString());
    pipeline.predictions().appendAll(predictions(400));
    List<LabelRecord> labels = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      // Predicted 0 at threshold 0.3; wrong for one in five.
      labels.add(new LabelRecord("churn", id(n), n % 5 == 0 ? 1 : 0, T0.plusSeconds(60L * n)));
    }
    pipeline.labels().appendAll(labels);

    Answer answer = client.send("GET", PATH, null, Map.of());
    assertEquals(200, answer.status(), answer.body());
    JsonNode score = answer.json().get("detectors").get(0);
    assertEquals("churn", answer.json().get("model").asText());
    assertEquals("score", score.get("stream").asText());
    assertEquals("adwin", score.get("method").asText());
    assertEquals(400, score.get("observations").asLong());
    assertTrue(score.get("detections").asLong() >= 1, score.toString());
    Instant detected = Instant.parse(score.get("last_detection").asText());
    assertTrue(!detected.isBefore(T0.plusSeconds(60L * 200)), detected.toString());
    JsonNode error = answer.json().get("detectors").get(1);
    assertEquals("error", error.get("stream").asText());
    assertEquals("ddm", error.get("method").asText());
    assertEquals(50, error.get("observations").asLong());
    assertTrue(error.get("last_warning").isNull() || error.get("last_warning").isTextual());
  }

  @Test
  void aRestartedPipelineContinuesFromTheStoredStates() {
    pipeline.predictions().appendAll(predictions(300));
    pipeline.close();
    List<?> before = detectors.of("churn");
    pipeline = pipeline();
    assertEquals(before, detectors.of("churn"));
    assertEquals(300, detectors.of("churn").get(0).observations());
  }

  @Test
  void unknownModelsAndParametersAreRefused() {
    Answer unknown = client.send("GET", "/api/v1/models/fraud/detectors", null, Map.of());
    assertEquals(404, unknown.status());
    assertEquals("name", unknown.json().get("field").asText());
    Answer parameter = client.send("GET", PATH + "?since=1", null, Map.of());
    assertEquals(400, parameter.status());
    assertEquals("since", parameter.json().get("field").asText());
  }

  @Test
  void theOpenApiDocumentDescribesTheRoute() {
    JsonNode document = client.send("GET", "/openapi.json", null, Map.of()).json();
    List<String> documented =
        OpenApiTest.operations(document).stream().filter(r -> r.endsWith("/detectors")).toList();
    List<String> registered =
        server.routes().stream().filter(r -> r.endsWith("/detectors")).toList();
    assertEquals(List.of("GET " + DetectorRoutes.DETECTORS), registered);
    assertEquals(new TreeSet<>(registered), new TreeSet<>(documented));
    for (String schema : List.of("DetectorsAnswer", "Detector")) {
      assertTrue(document.at("/components/schemas/" + schema).isObject(), schema);
    }
  }
}
