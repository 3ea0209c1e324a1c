package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The count-based periods of a model in a running Vigil ({@code GET /api/v1/models/{name}/periods},
 * docs/API.md), following {@code next} cursors. The server gives each period's counts and realized
 * metrics, not its rows, so periods from it carry no scores (their estimates come from the server:
 * {@link ServerEstimates}).
 */
final class ServerPeriods {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServerApi api;

  ServerPeriods(ServerApi api) {
    this.api = api;
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
            + (after == null ? "" : "&after=" + ServerApi.q(after));
    return api.json("/api/v1/models/" + ServerApi.q(model) + "/periods?" + query);
  }
}
