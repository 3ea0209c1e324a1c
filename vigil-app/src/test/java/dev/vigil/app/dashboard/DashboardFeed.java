package dev.vigil.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.app.SharedData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Feeds a running server over its HTTP API with a week of churn models' traffic: a reference,
 * hourly predictions and their labels, optionally drifting or losing accuracy in the last day, and
 * registry versions. Deterministic (fixed seed); times are relative to {@code now} so the
 * dashboard's "last 24 h" sees them.
 */
final class DashboardFeed {

  static final String MODEL =
      """
      {"name": "%s",
       "schema": [{"name": "Age", "type": "numeric"}, {"name": "Balance", "type": "numeric"},
                  {"name": "Geography", "type": "categorical"},
                  {"name": "IsActiveMember", "type": "boolean"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0],
       "segments": ["Geography"]}""";
  private static final String[] COUNTRIES = {"France", "Spain", "Germany"};
  static final int PER_HOUR = 20;
  static final int HOURS = 7 * 24;

  private final String base;
  private final Instant now;
  private final HttpClient client = HttpClient.newHttpClient();

  DashboardFeed(String base, Instant now) {
    this.base = base;
    this.now = now;
  }

  /**
   * A model with a reference and 7 days of hourly predictions and labels. In the last 24 h the
   * customers shift (drift) if asked, and labels disagree with the scores 40 % of the time instead
   * of 8 % (accuracy about 0.6 instead of 0.92) if asked.
   */
  void monitoredModel(String name, boolean shiftLastDay, boolean degradeLastDay) {
    send("POST", "/api/v1/models", "application/json", MODEL.formatted(name), 201);
    send(
        "PUT",
        "/api/v1/models/" + name + "/reference?score_column=score&target_column=Exited",
        "text/csv",
        reference(new Random(1)),
        200);
    Random random = new Random(2);
    for (int hour = 0; hour < HOURS; hour++) {
      boolean lastDay = hour >= HOURS - 24;
      List<String> predictions = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < PER_HOUR; i++) {
        String id = name + "-" + hour + "-" + i;
        Instant at = now.minus(Duration.ofHours(HOURS - hour)).plusSeconds(i * (3600L / PER_HOUR));
        Customer c = Customer.draw(random, shiftLastDay && lastDay);
        predictions.add(c.prediction(id, at));
        boolean flip = random.nextDouble() < (degradeLastDay && lastDay ? 0.4 : 0.08);
        int label = (c.score() >= 0.5) != flip ? 1 : 0;
        labels.add(
            "{\"prediction_id\": \"%s\", \"label\": %d, \"timestamp\": \"%s\"}"
                .formatted(id, label, at.plusSeconds(60)));
      }
      post("/api/v1/models/" + name + "/predictions", predictions);
      post("/api/v1/models/" + name + "/feedback", labels);
    }
  }

  /**
   * A model with minute windows (as the demo's) and a reference: a prediction every 20 s over the
   * last 50 minutes, labelled a minute later.
   */
  void minuteModel(String name) {
    String model = MODEL.formatted(name);
    model = model.substring(0, model.lastIndexOf('}')) + ", \"granularity\": \"minute\"}";
    send("POST", "/api/v1/models", "application/json", model, 201);
    send(
        "PUT",
        "/api/v1/models/" + name + "/reference?score_column=score&target_column=Exited",
        "text/csv",
        reference(new Random(1)),
        200);
    Random random = new Random(3);
    List<String> predictions = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String id = name + "-" + i;
      Instant at = now.minus(Duration.ofMinutes(50)).plusSeconds(20L * i);
      Customer c = Customer.draw(random, false);
      predictions.add(c.prediction(id, at));
      labels.add(
          "{\"prediction_id\": \"%s\", \"label\": %d, \"timestamp\": \"%s\"}"
              .formatted(id, c.score() >= 0.5 ? 1 : 0, at.plusSeconds(60)));
    }
    post("/api/v1/models/" + name + "/predictions", predictions);
    post("/api/v1/models/" + name + "/feedback", labels);
  }

  /**
   * An alert of {@code name} that fired and then resolved: a rule on the drift share with no {@code
   * for}, which the next evaluation fires, then raised out of reach (above 1), which the next one
   * resolves. Returns when the history holds both changes (20 s at most each).
   */
  void alertFiredAndResolved(String name) {
    String rules = "/api/v1/models/" + name + "/alert-rules";
    String rule =
        """
        {"id": "drift-now", "name": "Drift share now", "signal": {"kind": "drift_share"},
         "comparison": "above", "threshold": %s, "for": "0", "severity": "critical"}""";
    send("POST", rules, "application/json", rule.formatted("0.1"), 201);
    awaitAlertEvent(name, "firing");
    send("PUT", rules + "/drift-now", "application/json", rule.formatted("1"), 200);
    awaitAlertEvent(name, "resolved");
  }

  /** Waits for an event of drift-now to {@code status} (events hold no nested object). */
  private void awaitAlertEvent(String name, String status) {
    java.util.regex.Pattern event =
        java.util.regex.Pattern.compile("\\{\"rule\":\"drift-now\"[^}]*\"to\":\"" + status + "\"");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get("/api/v1/models/" + name + "/alerts");
      if (event.matcher(body).find()) {
        return;
      }
      pause();
    }
    throw new AssertionError(name + ": no alert event to " + status + " in " + body);
  }

  /** A model registered for monitoring that never received a prediction. */
  void idleModel(String name) {
    send("POST", "/api/v1/models", "application/json", MODEL.formatted(name), 201);
  }

  /** Two registry versions through MLflow's API, the second promoted to Production. */
  void registryVersions(String name) {
    String mlflow = "/api/2.0/mlflow/";
    send(
        "POST",
        mlflow + "registered-models/create",
        "application/json",
        "{\"name\": \"" + name + "\"}",
        200);
    for (int v = 1; v <= 2; v++) {
      send(
          "POST",
          mlflow + "model-versions/create",
          "application/json",
          "{\"name\": \"%s\", \"source\": \"models/%s/%d\"}".formatted(name, name, v),
          200);
    }
    send(
        "POST",
        mlflow + "model-versions/transition-stage",
        "application/json",
        "{\"name\": \"%s\", \"version\": \"2\", \"stage\": \"Production\"}".formatted(name),
        200);
  }

  /**
   * Serves {@code requests} KServe V1 requests of 10 rows of the shared churn file each to the
   * model {@code name}; returns when the windows count them.
   */
  void servedPredictions(String name, int requests) {
    List<String> rows;
    try {
      rows = Files.readAllLines(SharedData.path("Churn_Modelling.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] header = rows.get(0).split(",");
    for (int r = 0; r < requests; r++) {
      List<String> instances = new ArrayList<>();
      for (String line : rows.subList(1 + 10 * r, 11 + 10 * r)) {
        instances.add(instance(header, line.split(",")));
      }
      send(
          "POST",
          "/v1/models/" + name + ":predict",
          "application/json",
          "{\"instances\": [" + String.join(",", instances) + "]}",
          200);
    }
    awaitPredictions(name, 10L * requests);
  }

  /**
   * Columns 3 to 12 (CreditScore ... EstimatedSalary) as a JSON object; Geography and Gender text.
   */
  private static String instance(String[] header, String[] cells) {
    List<String> fields = new ArrayList<>();
    for (int c = 3; c <= 12; c++) {
      String value = c == 4 || c == 5 ? "\"" + cells[c] + "\"" : cells[c];
      fields.add("\"" + header[c] + "\": " + value);
    }
    return "{" + String.join(", ", fields) + "}";
  }

  /** Served predictions reach the windows through a queue: wait (20 s at most) until they have. */
  private void awaitPredictions(String name, long expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long seen = 0;
    while (System.nanoTime() < deadline) {
      String body = get("/api/v1/models/" + name + "/windows?granularity=day");
      seen =
          java.util.regex.Pattern.compile("\"predictions\":(\\d+)")
              .matcher(body)
              .results()
              .mapToLong(m -> Long.parseLong(m.group(1)))
              .sum();
      if (seen >= expected) {
        return;
      }
      pause();
    }
    throw new AssertionError(
        name + ": " + seen + " of " + expected + " served predictions in the windows");
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String reference(Random random) {
    StringBuilder csv = new StringBuilder("Age,Balance,Geography,IsActiveMember,score,Exited\n");
    // 1,000 rows: numeric features are then tested with KS (a p-value), not Wasserstein, whose
    // fixed 0.1 threshold small 6 h buckets of unchanged traffic cross by noise alone.
    for (int i = 0; i < 1000; i++) {
      Customer c = Customer.draw(random, false);
      int target = random.nextDouble() < c.score() ? 1 : 0;
      csv.append(c.csvRow()).append(',').append(target).append('\n');
    }
    return csv.toString();
  }

  private void post(String path, List<String> records) {
    send(
        "POST",
        path,
        "application/json",
        "{\"records\": [" + String.join(",", records) + "]}",
        200);
  }

  private String get(String path) {
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void send(String method, String path, String contentType, String body, int expected) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(expected, answer.statusCode(), method + " " + path + ": " + answer.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One customer; shifted customers are older and more often inactive, so they score higher. */
  private record Customer(double age, double balance, String country, boolean active) {

    static Customer draw(Random random, boolean shifted) {
      double age = 38 + 10 * random.nextGaussian() + (shifted ? 12 : 0);
      double balance = Math.max(0, 76_000 + 60_000 * random.nextGaussian());
      String country = COUNTRIES[random.nextInt(shifted ? 2 : 3) + (shifted ? 1 : 0)];
      boolean active = random.nextDouble() < (shifted ? 0.3 : 0.5);
      return new Customer(Math.round(age), Math.round(balance), country, active);
    }

    double score() {
      double z = -4.2 + 0.07 * age + (active ? -0.9 : 0.3) + ("Germany".equals(country) ? 0.7 : 0);
      return 1 / (1 + Math.exp(-z));
    }

    String prediction(String id, Instant at) {
      return String.format(
          Locale.ROOT,
          "{\"id\": \"%s\", \"timestamp\": \"%s\", \"features\": {\"Age\": %.0f, \"Balance\": %.0f,"
              + " \"Geography\": \"%s\", \"IsActiveMember\": %b}, \"score\": %.4f,"
              + " \"model_version\": \"2\"}",
          id,
          at,
          age,
          balance,
          country,
          active,
          score());
    }

    String csvRow() {
      return String.format(
          Locale.ROOT, "%.0f,%.0f,%s,%b,%.4f", age, balance, country, active, score());
    }
  }
}
