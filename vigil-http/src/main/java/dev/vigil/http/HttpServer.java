package dev.vigil.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.kserve.PendingEventStore;
import dev.vigil.core.model.ModelStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;

/**
 * Vigil's HTTP API on Javalin: health, readiness, Prometheus metrics and the monitored-model
 * routes. Built with {@code new} from its dependencies; {@link #start()} binds, {@link #stop()}
 * finishes the requests in flight and releases the port. Registers the JVM and process metrics and
 * its own request histogram in the given registry.
 */
public final class HttpServer {

  private final Javalin app;
  private final ServerSettings settings;

  public HttpServer(
      ModelStore store,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings) {
    this(store, null, readiness, registry, settings, Clock.systemUTC());
  }

  /** A server that also takes KServe payload-logger events into {@code kserveEvents}. */
  public HttpServer(
      ModelStore store,
      PendingEventStore kserveEvents,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings) {
    this(store, kserveEvents, readiness, registry, settings, Clock.systemUTC());
  }

  HttpServer(
      ModelStore store,
      PendingEventStore kserveEvents,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings,
      Clock clock) {
    this.settings = settings;
    ObjectMapper json = strictMapper();
    JvmMetrics.builder().register(registry);
    HttpMetrics metrics = new HttpMetrics(registry);
    JsonBody body = new JsonBody(json, settings.maxBodyBytes());
    this.app =
        Javalin.create(
            config -> {
              configure(config, settings, metrics);
              new ErrorMapping(json).register(config.routes);
              new HealthRoutes(readiness, registry, json).register(config.routes);
              new ModelRoutes(store, body, json, clock).register(config.routes);
              if (kserveEvents != null) {
                new KServeRoutes(store, kserveEvents, json, clock).register(config.routes);
              }
            });
  }

  /** Binds the host and port of the settings; returns the port bound (useful with port 0). */
  public int start() {
    app.start(settings.host(), settings.port());
    return app.port();
  }

  /** Stops accepting requests and releases the port. Safe to call twice. */
  public void stop() {
    app.stop();
  }

  private static void configure(
      JavalinConfig config, ServerSettings settings, HttpMetrics metrics) {
    // Without this a stopped server keeps the JVM alive for about 5 s (see STACK.md).
    config.startup.startupWatcherEnabled = false;
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.requestLogger.http(metrics::observe);
  }

  private static ObjectMapper strictMapper() {
    ObjectMapper json = new ObjectMapper();
    json.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return json;
  }
}
