package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.app.SharedData;
import dev.vigil.app.TrainCommand;
import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A churn model trained on the first {@value #TRAINING_ROWS} rows of the bank churn data and served
 * by a real {@link MonitoringServer}, and its scores of the remaining (held-out) rows, obtained
 * through {@code /v1/models/churn:predict}, written as a prediction log with the true labels: the
 * file's columns, then {@code score} and {@code prediction_id}.
 */
final class ServedChurnModel implements AutoCloseable {

  static final int TRAINING_ROWS = 8000;
  static final List<String> FEATURES =
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MonitoringServer server;
  private final Path dataDir;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServedChurnModel(MonitoringServer server, Path dataDir, Path log) {
    this.server = server;
    this.dataDir = dataDir;
    this.log = log;
  }

  static ServedChurnModel start(Path dir) throws Exception {
    List<String> lines = Files.readAllLines(SharedData.path("Churn_Modelling.csv"));
    Path training = Files.write(dir.resolve("training.csv"), lines.subList(0, TRAINING_ROWS + 1));
    Path dataDir = dir.resolve("vigil-data");
    Cli train =
        Cli.run(
            new TrainCommand(),
            "--data",
            training.toString(),
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
    ServedChurnModel model = new ServedChurnModel(server, dataDir, dir.resolve("predictions.csv"));
    try {
      model.score(lines.get(0), lines.subList(TRAINING_ROWS + 1, lines.size()));
    } catch (Exception | AssertionError e) {
      model.close();
      throw e;
    }
    return model;
  }

  /** The prediction log of the held-out rows. */
  Path log() {
    return log;
  }

  Path dataDir() {
    return dataDir;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  private void score(String header, List<String> heldOut) throws Exception {
    List<String> names = List.of(header.split(","));
    List<String> out = new ArrayList<>();
    out.add(header + ",score,prediction_id");
    for (int from = 0; from < heldOut.size(); from += 250) {
      List<String> batch = heldOut.subList(from, Math.min(heldOut.size(), from + 250));
      ObjectNode request = JSON.createObjectNode();
      ArrayNode instances = request.putArray("instances");
      ArrayNode ids = request.putArray("ids");
      for (String line : batch) {
        String[] cells = line.split(",", -1);
        ObjectNode instance = instances.addObject();
        for (String feature : FEATURES) {
          String cell = cells[names.indexOf(feature)];
          if (feature.equals("Geography") || feature.equals("Gender")) {
            instance.put(feature, cell);
          } else {
            instance.put(feature, Double.parseDouble(cell));
          }
        }
        ids.add("row-" + cells[names.indexOf("RowNumber")]);
      }
      JsonNode answer = JSON.readTree(post("/v1/models/churn:predict", request.toString()));
      for (int i = 0; i < batch.size(); i++) {
        out.add(
            batch.get(i)
                + ","
                + answer.get("predictions").get(i).asDouble()
                + ","
                + answer.get("prediction_ids").get(i).asText());
      }
    }
    Files.write(log, out);
  }

  /** Sends labels for predictions, by prediction id. */
  void sendLabels(List<String> ids, List<Integer> labels) throws Exception {
    for (int from = 0; from < ids.size(); from += 500) {
      ObjectNode body = JSON.createObjectNode();
      ArrayNode records = body.putArray("records");
      for (int i = from; i < Math.min(ids.size(), from + 500); i++) {
        records.addObject().put("prediction_id", ids.get(i)).put("label", labels.get(i));
      }
      post("/api/v1/models/churn/feedback", body.toString());
    }
  }

  /** GET on the server, 200 expected. */
  String get(String path) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(url().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + answer.body());
    }
    return answer.body();
  }

  private String post(String path, String body) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(url().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + answer.body());
    }
    return answer.body();
  }

  @Override
  public void close() {
    server.close();
  }
}
