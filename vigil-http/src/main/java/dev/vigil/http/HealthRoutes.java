package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code /healthz} (the process answers), {@code /readyz} (its store answers too) and {@code
 * /metrics} (Prometheus text format 0.0.4).
 */
final class HealthRoutes {

  private final ReadinessCheck readiness;
  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter textFormat;
  private final ObjectMapper json;

  HealthRoutes(ReadinessCheck readiness, PrometheusRegistry registry, ObjectMapper json) {
    this.readiness = readiness;
    this.registry = registry;
    this.textFormat = ExpositionFormats.init().getPrometheusTextFormatWriter();
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> send(ctx, 200, json.createObjectNode().put("status", "ok")));
    routes.get("/readyz", this::ready);
    routes.get("/metrics", this::metrics);
  }

  private void ready(Context ctx) {
    Readiness answer = readiness.check();
    if (answer.ready()) {
      send(ctx, 200, json.createObjectNode().put("status", "ready"));
    } else {
      send(
          ctx,
          503,
          json.createObjectNode().put("status", "unavailable").put("reason", answer.reason()));
    }
  }

  private void metrics(Context ctx) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(16 * 1024);
    textFormat.write(text, registry.scrape());
    ctx.contentType(textFormat.getContentType()).result(text.toByteArray());
  }

  private static void send(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }
}
