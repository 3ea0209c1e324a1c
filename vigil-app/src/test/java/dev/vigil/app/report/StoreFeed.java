package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Feeds a running server over its HTTP API: a churn model with a reference, then {@code periods}
 * runs of {@link #PER_PERIOD} predictions one minute apart, each labelled; labels disagree with the
 * prediction 8 % of the time, 45 % from the period {@code degradeFrom} on (accuracy about 0.92,
 * then about 0.55). Deterministic (fixed seeds).
 */
final class StoreFeed {

  static final int PER_PERIOD = 200;
  static final String MODEL =
      """
      {"name": "%s",
       "schema": [{"name": "Age", "type": "numeric"}, {"name": "Balance", "type": "numeric"},
                  {"name": "Geography", "type": "categorical"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0]}""";
  private static final String[] COUNTRIES = {"France", "Spain", "Germany"};

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  StoreFeed(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  void model(String name, Instant start, int periods, int degradeFrom) throws Exception {
    send("POST", "/api/v1/models", "application/json", MODEL.formatted(name));
    String reference = reference(0);
    send(
        "PUT",
        "/api/v1/models/" + name + "/reference?score_column=score&target_column=Exited",
        "text/csv",
        reference);
    Random traffic = new Random(2);
    for (int p = 0; p < periods; p++) {
      List<String> predictions = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < PER_PERIOD; i++) {
        String id = name + "-" + p + "-" + i;
        Instant at = start.plusSeconds(60L * (p * PER_PERIOD + i));
        double[] c = customer(traffic);
        predictions.add(
            String.format(
                Locale.ROOT,
                "{\"id\": \"%s\", \"timestamp\": \"%s\", \"features\": {\"Age\": %.0f,"
                    + " \"Balance\": %.0f, \"Geography\": \"%s\"}, \"score\": %.4f, \"model_version\": \"1\"}",
                id,
                at,
                c[0],
                c[1],
                COUNTRIES[(int) c[2]],
                c[3]));
        boolean flip = traffic.nextDouble() < (p >= degradeFrom ? 0.45 : 0.08);
        int label = (c[3] >= 0.5) != flip ? 1 : 0;
        labels.add(
            "{\"prediction_id\": \"%s\", \"label\": %d, \"timestamp\": \"%s\"}"
                .formatted(id, label, at.plusSeconds(30)));
      }
      post("/api/v1/models/" + name + "/predictions", predictions);
      post("/api/v1/models/" + name + "/feedback", labels);
    }
  }

  /**
   * 1000 reference rows (Age, Balance, Geography, score, Exited), labels drawn with the score's
   * probability, every age moved by {@code ageShift} years.
   */
  static String reference(int ageShift) {
    StringBuilder reference = new StringBuilder("Age,Balance,Geography,score,Exited\n");
    Random random = new Random(1);
    for (int i = 0; i < 1000; i++) {
      double[] c = customer(random);
      c[0] += ageShift;
      reference.append(row(c, COUNTRIES[(int) c[2]])).append(',');
      reference.append(random.nextDouble() < c[3] ? 1 : 0).append('\n');
    }
    return reference.toString();
  }

  /** A model registered for monitoring, without reference or predictions. */
  void idle(String name) throws Exception {
    send("POST", "/api/v1/models", "application/json", MODEL.formatted(name));
  }

  /** Age, balance, country index and score. */
  private static double[] customer(Random random) {
    double age = Math.round(40 + 12 * random.nextGaussian());
    double balance = Math.round(Math.max(0, 76_000 + 60_000 * random.nextGaussian()));
    int country = random.nextInt(3);
    double z = -4.0 + 0.08 * age + (country == 2 ? 0.7 : 0);
    return new double[] {age, balance, country, 1 / (1 + Math.exp(-z))};
  }

  private static String row(double[] c, String country) {
    return String.format(Locale.ROOT, "%.0f,%.0f,%s,%.4f", c[0], c[1], country, c[3]);
  }

  private void post(String path, List<String> records) throws Exception {
    send("POST", path, "application/json", "{\"records\": [" + String.join(",", records) + "]}");
  }

  private void send(String method, String path, String type, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(
        true,
        answer.statusCode() == 200 || answer.statusCode() == 201,
        method + " " + path + ": " + answer.statusCode() + " " + answer.body());
  }
}
