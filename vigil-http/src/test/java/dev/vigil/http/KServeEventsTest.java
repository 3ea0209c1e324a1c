package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** KServe payload-logger events over HTTP, as the logger sends them, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class KServeEventsTest {

  private static final String REQUEST = "org.kubeflow.serving.inference.request";
  private static final String RESPONSE = "org.kubeflow.serving.inference.response";
  private static final String V1_BATCH =
      "{\"instances\": [[42, \"France\", true], [35.5, \"Spain\", false], [61, \"Germany\", true]]}";
  private static final String V1_BATCH_ANSWER =
      "{\"predictions\": [[0.8, 0.2], [0.35, 0.65], [0.1, 0.9]]}";

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private Backend.TestDatabase testDatabase;
  private Database database;
  private HttpServer server;
  private RunningClient client;

  @BeforeEach
  void start() {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    startServer();
    Answer registered =
        post(ModelRoutes.MODELS, Map.of("Content-Type", "application/json"), ModelRoutesTest.CHURN);
    assertEquals(201, registered.status(), registered.body());
  }

  private void startServer() {
    server =
        new HttpServer(
            new EventStores(
                new JdbcModelStore(database),
                new JdbcPredictionStore(database),
                new JdbcLabelStore(database),
                new JdbcPendingEventStore(database)),
            Readiness::ok,
            new PrometheusRegistry(),
            new ServerSettings("127.0.0.1", 0, 1 << 20));
    client = new RunningClient("http://127.0.0.1:" + server.start());
  }

  @AfterEach
  void stop() {
    server.stop();
    database.close();
    testDatabase.close();
  }

  @Test
  void aV1BatchRequestThenResponseBecomesThreePredictions() {
    Answer first = event(REQUEST, "7d1f-batch", V1_BATCH);
    assertEquals(202, first.status(), first.body());
    assertEquals("pending", first.json().get("stored").asText());
    Answer second = event(RESPONSE, "7d1f-batch", V1_BATCH_ANSWER);
    assertEquals(200, second.status(), second.body());
    assertEquals(3, second.json().get("accepted").asInt());
    PredictionRecord middle = stored("7d1f-batch#1");
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("Age", 35.5);
    features.put("Geography", "Spain");
    features.put("IsActive", false);
    assertEquals(features, middle.features());
    assertEquals(0.65, middle.score());
    assertEquals(Instant.parse("2026-11-23T10:15:30.5Z"), middle.eventTime());
    assertEquals("default", middle.modelVersion());
    assertEquals(0.9, stored("7d1f-batch#2").score());
  }

  @Test
  void aV2ResponseBeforeItsRequestJoinsAndResendsAreIdempotent() {
    String request =
        "{\"id\": \"r1\", \"inputs\": [{\"name\": \"Age\", \"shape\": [1], \"datatype\": \"FP32\","
            + " \"data\": [29]}, {\"name\": \"Geography\", \"shape\": [1], \"datatype\": \"BYTES\","
            + " \"data\": [\"Spain\"]}, {\"name\": \"IsActive\", \"shape\": [1], \"datatype\": \"BOOL\","
            + " \"data\": [true]}]}";
    String response =
        "{\"model_name\": \"churn\", \"model_version\": \"v7\", \"id\": \"r1\", \"outputs\":"
            + " [{\"name\": \"predict_proba\", \"shape\": [1, 2], \"datatype\": \"FP32\","
            + " \"data\": [0.25, 0.75]}]}";
    assertEquals(202, event(RESPONSE, "v2-one", response).status());
    assertEquals(202, event(RESPONSE, "v2-one", response).status());
    Answer joined = event(REQUEST, "v2-one", request);
    assertEquals(200, joined.status(), joined.body());
    assertEquals(1, joined.json().get("accepted").asInt());
    Answer resent = event(REQUEST, "v2-one", request);
    assertEquals(200, resent.status(), resent.body());
    assertEquals(0, resent.json().get("accepted").asInt());
    assertEquals(200, event(RESPONSE, "v2-one", response).status());
    PredictionRecord one = stored("v2-one");
    assertEquals(0.75, one.score());
    assertEquals("v7", one.modelVersion());
    assertEquals(1, new JdbcPredictionStore(database).countByModel("churn"));
    assertEquals(0, new JdbcPendingEventStore(database).countPending("churn"));
  }

  @Test
  void aPendingHalfSurvivesARestartOfTheServer() {
    assertEquals(202, event(REQUEST, "across-restart", V1_BATCH).status());
    server.stop();
    database.close();
    database = testDatabase.open();
    startServer();
    assertEquals(200, event(RESPONSE, "across-restart", V1_BATCH_ANSWER).status());
    assertEquals(0.2, stored("across-restart#0").score());
  }

  @Test
  void headerAndBodyErrorsNameTheirField() {
    assertError(400, "ce-type", post(headers(null, "x", "churn"), V1_BATCH));
    assertError(
        400,
        "ce-type",
        post(headers("org.kubeflow.serving.inference.explain", "x", "churn"), V1_BATCH));
    assertError(400, "ce-id", post(headers(REQUEST, null, "churn"), V1_BATCH));
    assertError(400, "ce-inferenceservicename", post(headers(REQUEST, "x", null), V1_BATCH));
    assertError(404, "ce-inferenceservicename", post(headers(REQUEST, "x", "ghost"), V1_BATCH));
    assertError(400, "body", post(headers(REQUEST, "x", "churn"), "{\"instances\": [1,"));
    assertError(
        400, "instances[1]", event(REQUEST, "x", "{\"instances\": [[1, \"a\", true], [2]]}"));
    assertError(400, "predictions[0]", event(RESPONSE, "x", "{\"predictions\": [7]}"));
    assertEquals(0, new JdbcPendingEventStore(database).countPending("churn"));
    assertEquals(202, event(REQUEST, "short", "{\"instances\": [[1, \"a\", true]]}").status());
    assertError(400, "body", event(RESPONSE, "short", V1_BATCH_ANSWER));
    assertEquals(1, new JdbcPendingEventStore(database).countPending("churn"));
  }

  private static void assertError(int status, String field, Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    JsonNode error = answer.json();
    assertEquals(field, error.get("field").asText(), answer.body());
    assertTrue(error.get("error").asText().contains(field), answer.body());
  }

  private PredictionRecord stored(String id) {
    return new JdbcPredictionStore(database)
        .find("churn", id)
        .orElseThrow(() -> new AssertionError("no prediction " + id));
  }

  private Answer event(String type, String id, String body) {
    return post(headers(type, id, "churn"), body);
  }

  /** The headers the logger agent sends; a null value leaves that header out. */
  private static Map<String, String> headers(String type, String id, String model) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Ce-Specversion", "1.0");
    headers.put("Ce-Source", "http://localhost:9081/");
    headers.put("Ce-Time", "2026-11-23T10:15:30.5Z");
    headers.put("Ce-Namespace", "default");
    headers.put("Ce-Component", "predictor");
    headers.put("Ce-Endpoint", "default");
    if (type != null) {
      headers.put("Ce-Type", type);
    }
    if (id != null) {
      headers.put("Ce-Id", id);
    }
    if (model != null) {
      headers.put("Ce-Inferenceservicename", model);
    }
    return headers;
  }

  private Answer post(Map<String, String> headers, String body) {
    return post(KServeRoutes.EVENTS, headers, body);
  }

  private Answer post(String path, Map<String, String> headers, String body) {
    return client.send("POST", path, null, BodyPublishers.ofString(body), headers);
  }
}
