package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The count-based periods of a model in a running Vigil ({@code GET /api/v1/models/{name}/periods},
 * docs/API.md), following {@code next} cursors. The server gives each period's counts and realized
 * metrics, not its rows, so periods from it carry no scores.
 */
final class ServerPeriods {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Optional<String> token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerPeriods(URI base, Optional<String> token) {
    String scheme = base.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("--url: must be an http(s) URL, was '" + base + "'");
    }
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.token = token;
  }

  List<MonitoredPeriod> periods(String model, Instant from, Instant to, int size) {
    List<MonitoredPeriod> periods = new ArrayList<>();
    String after = null;
    do {
      JsonNode page = get(model, from, to, size, after);
      for (JsonNode p : page.path("periods")) {
        periods.add(period(p));
      }
      after = page.path("next").isTextual() ? page.path("next").asText() : null;
    } while (after != null);
    return periods;
  }

  private static MonitoredPeriod period(JsonNode p) {
    int index = p.path("index").asInt();
    ObjectNode predictions = JSON.createObjectNode().put("period", index);
    p.fields()
        .forEachRemaining(
            f -> {
              if (!f.getKey().equals("performance") && !f.getKey().equals("index")) {
                predictions.set(f.getKey(), f.getValue());
              }
            });
    ObjectNode groundTruth = JSON.createObjectNode().put("period", index);
    groundTruth.set("performance", p.path("performance"));
    return new MonitoredPeriod(
        index,
        instant(p, "first_prediction_at"),
        instant(p, "last_prediction_at"),
        PeriodMetrics.fromServer(p),
        Optional.empty(),
        predictions,
        groundTruth);
  }

  private static Optional<Instant> instant(JsonNode p, String field) {
    return p.path(field).isTextual()
        ? Optional.of(Instant.parse(p.path(field).asText()))
        : Optional.empty();
  }

  private JsonNode get(String model, Instant from, Instant to, int size, String after) {
    String query =
        "from="
            + from
            + "&to="
            + to
            + "&size="
            + size
            + (after == null ? "" : "&after=" + q(after));
    URI uri = URI.create(base + "/api/v1/models/" + q(model) + "/periods?" + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalArgumentException(
            "--url: " + uri + " answered " + answer.statusCode() + ": " + answer.body().strip());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "--url: cannot reach " + base + " (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + uri, e);
    }
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
