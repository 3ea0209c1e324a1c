package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.WindowKey;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import dev.vigil.stats.estimate.StandardDeviationThreshold;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimated metrics of a running Vigil's periods, from its {@code GET
 * /api/v1/models/{name}/performance/estimated} (CBPE fitted on the model's reference). The route
 * reads whole base windows (those whose start is in {@code [from, to)}), so a period is estimated
 * over the windows holding its first to its last prediction: {@code from} the start of the first
 * one's window, {@code to} the end of the last one's; neighbouring periods that share a window (or
 * an instant) both count its predictions. Answers are kept per span, so periods with the same
 * windows cost one request. Availability is that of the first period's answer: when it is
 * unavailable (a reference without labelled scores, or a server without the route) no other span is
 * asked.
 */
final class ServerEstimates implements PeriodEstimates {

  private final ServerApi api;
  private final String model;
  private final Duration window;
  private final Map<List<Instant>, PeriodEstimate> answers = new HashMap<>();
  private Optional<String> unavailable = Optional.empty();

  private ServerEstimates(ServerApi api, String model, Duration window) {
    this.api = api;
    this.model = model;
    this.window = window;
  }

  /** The estimates of a model's periods; asks the server for the model and the first period. */
  static ServerEstimates of(ServerApi api, String model, List<MonitoredPeriod> periods) {
    JsonNode described = api.json("/api/v1/models/" + ServerApi.q(model));
    WindowGranularity granularity =
        WindowGranularity.fromId(described.path("granularity").asText("hour"));
    ServerEstimates estimates = new ServerEstimates(api, model, granularity.length());
    // A reference without labelled scores answers the same for every span: one question tells.
    estimates.unavailable = estimates.estimate(periods.get(0)).reason();
    return estimates;
  }

  @Override
  public boolean available() {
    return unavailable.isEmpty();
  }

  @Override
  public String reason() {
    return unavailable.map(r -> "the server cannot estimate: " + r).orElse("");
  }

  /** The server's limits come from ten chunks of the reference. */
  @Override
  public boolean hasLimits() {
    return available();
  }

  @Override
  public String fittedOn() {
    return "reference";
  }

  @Override
  public PeriodEstimate estimate(MonitoredPeriod period) {
    if (period.start().isEmpty() || period.end().isEmpty()) {
      return PeriodEstimate.none("the server gave no prediction times for the period");
    }
    long seconds = window.toSeconds();
    Instant from = WindowKey.windowStart(period.start().get(), seconds);
    Instant to = WindowKey.windowStart(period.end().get(), seconds).plus(window);
    if (unavailable.isPresent()) {
      return withSpan(
          PeriodEstimate.none(unavailable.get()), new PeriodEstimate.Span(from, to, 0, true));
    }
    return answers.computeIfAbsent(List.of(from, to), k -> ask(from, to));
  }

  private PeriodEstimate ask(Instant from, Instant to) {
    String path =
        "/api/v1/models/"
            + ServerApi.q(model)
            + "/performance/estimated?from="
            + from
            + "&to="
            + to;
    HttpResponse<String> answer = api.get(path);
    if (answer.statusCode() != 200) {
      // An older server without the route, or one that fails to estimate: no estimate, not an
      // error; the decision does not depend on estimates.
      return PeriodEstimate.none(path + " answered " + ServerApi.status(answer));
    }
    JsonNode body = api.parse(answer);
    PeriodEstimate.Span span =
        new PeriodEstimate.Span(
            from, to, body.path("predictions").asLong(), body.path("exact").asBoolean(true));
    if (!body.path("available").asBoolean()) {
      return withSpan(PeriodEstimate.none(body.path("reason").asText("no reason given")), span);
    }
    Map<EstimatedMetric, MetricEstimate> metrics = metrics(body.path("metrics"));
    if (metrics.isEmpty()) {
      return withSpan(PeriodEstimate.none("the server estimated no prediction in the span"), span);
    }
    return withSpan(PeriodEstimate.of(metrics), span);
  }

  private static PeriodEstimate withSpan(PeriodEstimate estimate, PeriodEstimate.Span span) {
    return new PeriodEstimate(estimate.metrics(), estimate.reason(), Optional.of(span));
  }

  /** The metrics the server named as vigil-stats names them (it gives no specificity). */
  private static Map<EstimatedMetric, MetricEstimate> metrics(JsonNode node) {
    Map<EstimatedMetric, MetricEstimate> metrics = new EnumMap<>(EstimatedMetric.class);
    for (EstimatedMetric metric : EstimatedMetric.values()) {
      JsonNode m = node.path(metric.key());
      if (m.isObject()) {
        metrics.put(
            metric,
            new MetricEstimate(
                number(m, "value"),
                number(m, "standard_error"),
                number(m, "lower"),
                number(m, "upper"),
                new StandardDeviationThreshold(number(m, "alert_lower"), number(m, "alert_upper")),
                m.path("alert").asBoolean()));
      }
    }
    return metrics;
  }

  private static double number(JsonNode metric, String field) {
    JsonNode v = metric.path(field);
    return v.isNumber() ? v.asDouble() : Double.NaN;
  }
}
