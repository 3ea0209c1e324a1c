package dev.vigil.app.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A client of a running Vigil over its HTTP API: served model metadata and inference (Open
 * Inference Protocol V2), feedback, and GETs of the monitoring API as JSON. Thread-safe. Every
 * failure is a {@link VigilClientException} carrying the server's {@code {"error", "field"}}. The
 * bearer token, when given, is sent with every request and never shown.
 */
public final class VigilClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUrl;
  private final String token;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param baseUrl e.g. {@code http://localhost:8080}
   * @param tokenOrNull an API token with scopes {@code ingest} (feedback) and {@code read} (GETs),
   *     or null when the server has no tokens
   */
  public VigilClient(URI baseUrl, String tokenOrNull) {
    String text = baseUrl.toString();
    this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    if (!"http".equals(this.baseUrl.getScheme()) && !"https".equals(this.baseUrl.getScheme())) {
      throw new IllegalArgumentException("url must be http:// or https://, was " + baseUrl);
    }
    this.token = tokenOrNull;
    // HTTP/1.1: no h2c upgrade attempt on every new connection to a plain-HTTP server
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The inputs of the model's current served version, from {@code GET /v2/models/{model}}. */
  public List<ServedInput> inputs(String model) {
    JsonNode metadata = getJson("/v2/models/" + segment(model));
    List<ServedInput> inputs = new ArrayList<>();
    for (JsonNode input : metadata.path("inputs")) {
      inputs.add(new ServedInput(input.path("name").asText(), input.path("datatype").asText()));
    }
    return inputs;
  }

  /**
   * The label values of the monitored model, from {@code GET /api/v1/models/{model}}: the first of
   * its positive and of its negative labels.
   */
  public LabelValues labelValues(String model) {
    JsonNode stored = getJson("/api/v1/models/" + segment(model));
    return new LabelValues(
        stored.path("positive_labels").path(0).asText(),
        stored.path("negative_labels").path(0).asText());
  }

  /** Scores rows with the model's current version, one prediction per row, in order. */
  public List<Prediction> infer(
      String model, List<ServedInput> inputs, List<Map<String, Object>> rows) {
    return join(inferAsync(model, inputs, rows));
  }

  /** {@link #infer} without waiting; the future fails with a {@link VigilClientException}. */
  public CompletableFuture<List<Prediction>> inferAsync(
      String model, List<ServedInput> inputs, List<Map<String, Object>> rows) {
    String path = "/v2/models/" + segment(model) + "/infer";
    return sendAsync("POST " + path, post(path, InferBody.of(inputs, rows)))
        .thenApply(answer -> predictions(answer, rows.size(), path));
  }

  /**
   * Sends labels in one request to {@code POST /api/v1/models/{model}/feedback}; the answer counts
   * them ({@code accepted}, {@code duplicates}, {@code conflicting}).
   */
  public JsonNode feedback(String model, List<Feedback> labels) {
    ObjectNode body = json.createObjectNode();
    ArrayNode records = body.putArray("records");
    for (Feedback label : labels) {
      records.addObject().put("prediction_id", label.predictionId()).put("label", label.label());
    }
    String path = "/api/v1/models/" + segment(model) + "/feedback";
    return join(sendAsync("POST " + path, post(path, body)));
  }

  /** GET of a path with its query (e.g. {@code /api/v1/models/churn/drift?from=...}) as JSON. */
  public JsonNode getJson(String pathAndQuery) {
    HttpRequest request = authorized(HttpRequest.newBuilder(url(pathAndQuery))).GET().build();
    return join(sendAsync("GET " + pathAndQuery, request));
  }

  /** A path segment or query value, URL-encoded. */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest post(String path, JsonNode body) {
    try {
      return authorized(HttpRequest.newBuilder(url(path)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
    builder.timeout(TIMEOUT);
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private CompletableFuture<JsonNode> sendAsync(String what, HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (answer, error) -> {
              if (error != null) {
                throw new VigilClientException(what, unwrap(error));
              }
              return read(what, answer);
            });
  }

  private JsonNode read(String what, HttpResponse<String> answer) {
    JsonNode body;
    try {
      body = json.readTree(answer.body());
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (answer.statusCode() / 100 != 2) {
      String error = body == null ? answer.body() : body.path("error").asText(null);
      String field = body == null ? null : body.path("field").asText(null);
      throw new VigilClientException(what, answer.statusCode(), error, field);
    }
    if (body == null) {
      throw new VigilClientException(what, answer.statusCode(), "the answer is not JSON", null);
    }
    return body;
  }

  private static List<Prediction> predictions(JsonNode answer, int rows, String path) {
    JsonNode ids = answer.at("/parameters/prediction_ids");
    JsonNode scores = null;
    for (JsonNode output : answer.path("outputs")) {
      if (output.path("name").asText().equals("probability")) {
        scores = output.path("data");
      }
    }
    if (scores == null || ids.size() != rows || scores.size() != rows) {
      throw new VigilClientException(
          "POST " + path, 200, "the answer lacks prediction ids or probabilities", null);
    }
    List<Prediction> predictions = new ArrayList<>(rows);
    String version = answer.path("model_version").asText(null);
    for (int i = 0; i < rows; i++) {
      JsonNode score = scores.get(i).isArray() ? scores.get(i).get(0) : scores.get(i);
      predictions.add(new Prediction(ids.get(i).asText(), score.asDouble(), version));
    }
    return predictions;
  }

  private URI url(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
