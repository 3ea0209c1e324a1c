package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.serving.ServingMinute;
import dev.vigil.core.serving.ServingSignals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /api/v1/models/{name}/serving[?minutes=60]}: a monitored model's inference requests
 * over the last 1-60 minutes (docs/SERVING.md), in total and per minute that had a request:
 * requests, errors (refused or failed), error rate and the answered requests' latency p50 and p99
 * in seconds ({@code null} when there is none). The stats live in memory: a restart empties them.
 */
public final class ServingSignalRoutes implements RouteGroup {

  static final String SERVING = "/api/v1/models/{name}/serving";
  private static final String MINUTES = "minutes";

  private final Function<String, Optional<MonitoredModel>> models;
  private final ServingSignals signals;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param models the monitored model of a name ({@code ModelStore::find})
   */
  public ServingSignalRoutes(
      Function<String, Optional<MonitoredModel>> models, ServingSignals signals) {
    this.models = Objects.requireNonNull(models, "models");
    this.signals = Objects.requireNonNull(signals, "signals");
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(SERVING, this::serving);
  }

  private void serving(Context ctx) {
    int minutes = minutes(QueryParams.of(ctx, Set.of(MINUTES)).get(MINUTES));
    String name = ctx.pathParam("name");
    if (models.apply(name).isEmpty()) {
      throw new ApiException(404, "name", "no monitored model named '" + name + "'");
    }
    Duration over = Duration.ofMinutes(minutes);
    ObjectNode answer = json.createObjectNode();
    answer.put("model", name);
    answer.put("period_minutes", minutes);
    List<ServingMinute> byMinute = signals.minutes(name, over);
    answer.put("requests", byMinute.stream().mapToLong(ServingMinute::requests).sum());
    answer.put("errors", byMinute.stream().mapToLong(ServingMinute::errors).sum());
    put(answer, "error_rate", signals.errorRate(name, over));
    put(answer, "p50_seconds", signals.latencyQuantile(name, 0.5, over));
    put(answer, "p99_seconds", signals.latencyQuantile(name, 0.99, over));
    ArrayNode list = answer.putArray("minutes");
    for (ServingMinute minute : byMinute) {
      ObjectNode m = list.addObject();
      m.put("start", minute.start().toString());
      m.put("requests", minute.requests());
      m.put("errors", minute.errors());
      m.put("error_rate", (double) minute.errors() / minute.requests());
      put(m, "p50_seconds", minute.p50Seconds());
      put(m, "p99_seconds", minute.p99Seconds());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  private static int minutes(Optional<String> text) {
    if (text.isEmpty()) {
      return (int) ServingSignals.HORIZON.toMinutes();
    }
    try {
      int minutes = Integer.parseInt(text.get());
      if (minutes >= 1 && minutes <= ServingSignals.HORIZON.toMinutes()) {
        return minutes;
      }
    } catch (NumberFormatException e) {
      // answered below, as a value out of range
    }
    throw ApiException.badRequest(
        MINUTES, "minutes must be a whole number from 1 to 60, was '" + text.get() + "'");
  }

  private static void put(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
  }
}
