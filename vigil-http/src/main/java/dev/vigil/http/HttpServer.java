package dev.vigil.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.PeriodQueries;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.router.ParsedEndpoint;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Vigil's HTTP API on Javalin: health, readiness, Prometheus metrics, the monitored-model routes,
 * the ingestion of predictions and labels, the reference upload, the monitoring queries and the
 * OpenAPI document, guarded by API tokens when some are configured. Built with {@code new} from its
 * dependencies; {@link #start()} binds, {@link #stop()} finishes the requests in flight and
 * releases the port. Registers the JVM and process metrics, its own request histogram and, when
 * given {@link MonitoringSources}, the drift and performance gauges in the given registry.
 */
public final class HttpServer {

  /** Stands in for windows and references when none are given: their routes answer 503. */
  private static final MonitoringSources NOT_WIRED =
      new MonitoringSources(
          query -> {
            throw notWired();
          },
          new ReferenceStore() {
            @Override
            public void put(String modelName, ReferenceSummary reference) {
              throw notWired();
            }

            @Override
            public Optional<ReferenceSummary> find(String modelName) {
              throw notWired();
            }
          });

  private final Javalin app;
  private final ServerSettings settings;

  /** The server with further route groups (serving, registry, tracking, MLflow). */
  public HttpServer(
      EventStores stores,
      MonitoringSources monitoring,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings,
      List<RouteGroup> groups) {
    this(stores, monitoring, readiness, registry, settings, Clock.systemUTC(), groups);
  }

  public HttpServer(
      EventStores stores,
      MonitoringSources monitoring,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings) {
    this(stores, monitoring, readiness, registry, settings, Clock.systemUTC());
  }

  /**
   * A server without windows nor references, until the composition root wires a {@link
   * MonitoringSources}: the monitoring and reference routes then answer 503.
   */
  public HttpServer(
      EventStores stores,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings) {
    this(stores, NOT_WIRED, readiness, registry, settings, Clock.systemUTC());
  }

  HttpServer(
      EventStores stores,
      MonitoringSources monitoring,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings,
      Clock clock) {
    this(stores, monitoring, readiness, registry, settings, clock, List.of());
  }

  HttpServer(
      EventStores stores,
      MonitoringSources monitoring,
      ReadinessCheck readiness,
      PrometheusRegistry registry,
      ServerSettings settings,
      Clock clock,
      List<RouteGroup> groups) {
    this.settings = settings;
    ObjectMapper json = strictMapper();
    JvmMetrics.builder().register(registry);
    HttpMetrics metrics = new HttpMetrics(registry);
    JsonBody body = new JsonBody(json, settings.maxBodyBytes());
    RecordsBody records = new RecordsBody(json, body, settings.maxRecordsPerRequest());
    IngestMetrics ingest = new IngestMetrics(registry);
    MonitoringQueries queries =
        new MonitoringQueries(
            stores.models(), monitoring.windows(), monitoring.references(), clock);
    if (monitoring != NOT_WIRED) {
      registry.register(new MonitoringGauges(queries, stores.models(), clock));
    }
    this.app =
        Javalin.create(
            config -> {
              configure(config, settings, metrics);
              new ErrorMapping(json).register(config.routes);
              new TokenGate(settings.tokens()).register(config.routes);
              new HealthRoutes(readiness, registry, json).register(config.routes);
              new ModelRoutes(stores.models(), body, json, clock).register(config.routes);
              new IngestRoutes(
                      stores, records, json, clock, settings.maxFeaturesPerRecord(), ingest)
                  .register(config.routes);
              new KServeRoutes(stores.models(), stores.kserveEvents(), json, clock)
                  .register(config.routes);
              new ReferenceRoutes(stores.models(), monitoring.references(), body, json, clock)
                  .register(config.routes);
              new MonitoringRoutes(queries, json).register(config.routes);
              new PeriodRoutes(
                      new PeriodQueries(
                          stores.models(), monitoring.events(), monitoring.references(), clock),
                      json)
                  .register(config.routes);
              new UnmatchedLabelRoutes(stores.models(), stores.labels(), json)
                  .register(config.routes);
              new OpenApiRoutes(json).register(config.routes);
              groups.forEach(g -> g.register(config.routes));
            });
  }

  /** Binds the host and port of the settings; returns the port bound (useful with port 0). */
  public int start() {
    app.start(settings.host(), settings.port());
    return app.port();
  }

  /** Every route registered, as {@code "GET /api/v1/models/{name}"}, for the OpenAPI test. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map((ParsedEndpoint e) -> e.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(e -> e.method.name() + " " + e.path)
        .toList();
  }

  /** Stops accepting requests and releases the port. Safe to call twice. */
  public void stop() {
    app.stop();
  }

  private static ApiException notWired() {
    return new ApiException(503, null, "windows and references are not available in this server");
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
