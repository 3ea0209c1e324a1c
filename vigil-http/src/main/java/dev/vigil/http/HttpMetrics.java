package dev.vigil.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;

/**
 * The request-latency histogram {@code vigil_http_request_duration_seconds} labelled by route
 * template and status. The route is the template ({@code /api/v1/models/{name}}), never the raw
 * path, and every request no route matched shares {@value #UNMATCHED}, so the number of series
 * stays bounded whatever clients send.
 */
final class HttpMetrics {

  static final String UNMATCHED = "unmatched";

  private final Histogram duration;

  HttpMetrics(PrometheusRegistry registry) {
    this.duration =
        Histogram.builder()
            .name("vigil_http_request_duration_seconds")
            .help("Time to answer an HTTP request, by route template and status code.")
            .labelNames("route", "status")
            .classicOnly()
            .classicUpperBounds(
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .register(registry);
  }

  void observe(Context ctx, float milliseconds) {
    duration
        .labelValues(routeOf(ctx), Integer.toString(ctx.statusCode()))
        .observe(milliseconds / 1000.0);
  }

  private static String routeOf(Context ctx) {
    List<Endpoint> matched = ctx.endpoints().list();
    return matched.isEmpty() ? UNMATCHED : matched.get(matched.size() - 1).path;
  }
}
