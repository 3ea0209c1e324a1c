package dev.vigil.app;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A running {@code vigil serve} whose /metrics has every kind of series: the churn model trained
 * and promoted (so it is served and has a reference), {@link #SERVED} rows served over V1 and
 * labelled now (performance, drift, label delay), one V2 prediction sent twice (a dropped
 * duplicate) and one ingestion request refused.
 */
final class LiveVigil implements AutoCloseable {

  /** Rows of the bank churn file served over V1, each then labelled with its Exited value. */
  static final int SERVED = 40;

  /** Predictions stored: the V1 rows and the first of the two identical V2 requests. */
  static final int STORED = SERVED + 1;

  private static final List<String> FEATURES =
      List.of(
          "CreditScore",
          "Geography",
          "Gender",
          "Age",
          "Tenure",
          "Balance",
          "NumOfProducts",
          "HasCrCard",
          "IsActiveMember",
          "EstimatedSalary");

  private final MonitoringServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private LiveVigil(MonitoringServer server) {
    this.server = server;
  }

  static LiveVigil start(Path dataDir) throws Exception {
    CommandRun train =
        CommandRun.of(
            "train",
            "--data",
            SharedData.path("Churn_Modelling.csv").toString(),
            "--target",
            "Exited",
            "--model-name",
            "churn",
            "--promote",
            "--data-dir",
            dataDir.toString());
    if (train.exitCode() != 0) {
      throw new IllegalStateException("vigil train failed: " + train.err() + train.out());
    }
    MonitoringServer server = MonitoringServer.start(FreePortSettings.of(dataDir));
    LiveVigil vigil = new LiveVigil(server);
    try {
      vigil.feed();
    } catch (Exception | AssertionError e) {
      vigil.close();
      throw e;
    }
    return vigil;
  }

  int port() {
    return server.port();
  }

  /** The text of GET /metrics. */
  String scrape() throws Exception {
    return get("/metrics");
  }

  private String get(String path) throws Exception {
    return send(HttpRequest.newBuilder(url(path)).build(), 200);
  }

  private void feed() throws Exception {
    List<String> lines = SharedData.lines("Churn_Modelling.csv").subList(0, SERVED + 1);
    ObjectNode predict = json.createObjectNode().set("instances", instances(lines));
    JsonNode ids = json.readTree(post("/v1/models/churn:predict", predict.toString(), 200));
    List<String> header = List.of(lines.get(0).split(","));
    ArrayNode labels = json.createArrayNode();
    for (int row = 0; row < SERVED; row++) {
      String exited = lines.get(row + 1).split(",", -1)[header.indexOf("Exited")];
      labels
          .addObject()
          .put("prediction_id", ids.get("prediction_ids").get(row).asText())
          .put("label", Integer.parseInt(exited))
          .put("timestamp", Instant.now().toString());
    }
    String v2 = v2Request();
    post("/v2/models/churn/infer", v2, 200);
    post("/v2/models/churn/infer", v2, 200);
    post("/api/v1/models/churn/feedback", "{\"records\": " + labels + "}", 200);
    post("/api/v1/models/no-such-model/predictions", "{\"records\": []}", 404);
    // The windows, not /metrics: a scrape computes drift and performance and serves them for 15 s,
    // so the first scrape must come once the labels are in.
    awaitWindows();
    awaitMetric("vigil_served_predictions_dropped_total", 1);
  }

  /** Waits (at most 10 s) for the predictions and labels to be committed to the windows. */
  private void awaitWindows() throws Exception {
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    String path =
        "/api/v1/models/churn/windows?granularity=day&from=%s&to=%s"
            .formatted(today.minus(1, ChronoUnit.DAYS), today.plus(1, ChronoUnit.DAYS));
    int predictions = 0;
    int labelled = 0;
    for (int attempt = 0; attempt < 200; attempt++) {
      predictions = 0;
      labelled = 0;
      for (JsonNode window : json.readTree(get(path)).get("windows")) {
        predictions += window.get("predictions").asInt();
        labelled += window.get("labelled").asInt();
      }
      if (predictions == STORED && labelled == SERVED) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "windows hold %d predictions and %d labels".formatted(predictions, labelled));
  }

  /** The feature values of the data lines (after the header) as V1 instances. */
  private ArrayNode instances(List<String> lines) {
    List<String> header = List.of(lines.get(0).split(","));
    ArrayNode instances = json.createArrayNode();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      ObjectNode instance = instances.addObject();
      for (String feature : FEATURES) {
        String cell = cells[header.indexOf(feature)];
        if (feature.equals("Geography") || feature.equals("Gender")) {
          instance.put(feature, cell);
        } else {
          instance.put(feature, Double.parseDouble(cell));
        }
      }
    }
    return instances;
  }

  private static String v2Request() {
    return """
        {"inputs": [
          {"name": "CreditScore", "shape": [1], "datatype": "FP64", "data": [699]},
          {"name": "Geography", "shape": [1], "datatype": "BYTES", "data": ["Spain"]},
          {"name": "Gender", "shape": [1], "datatype": "BYTES", "data": ["Male"]},
          {"name": "Age", "shape": [1], "datatype": "INT64", "data": [39]},
          {"name": "Tenure", "shape": [1], "datatype": "INT64", "data": [1]},
          {"name": "Balance", "shape": [1], "datatype": "FP64", "data": [0]},
          {"name": "NumOfProducts", "shape": [1], "datatype": "INT64", "data": [2]},
          {"name": "HasCrCard", "shape": [1], "datatype": "INT64", "data": [0]},
          {"name": "IsActiveMember", "shape": [1], "datatype": "INT64", "data": [0]},
          {"name": "EstimatedSalary", "shape": [1], "datatype": "FP64", "data": [93826.63]}],
         "parameters": {"prediction_ids": ["served-twice"]}}""";
  }

  /** Waits (at most 10 s) for the queued records to be committed and counted. */
  private void awaitMetric(String name, double expected) throws Exception {
    double seen = 0;
    for (int attempt = 0; attempt < 200; attempt++) {
      seen = Exposition.sum(scrape(), name);
      if (seen == expected) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(name + " is " + seen + ", expected " + expected);
  }

  private String post(String path, String body, int status) throws Exception {
    return send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        status);
  }

  private String send(HttpRequest request, int status) throws Exception {
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Override
  public void close() {
    server.close();
  }
}
