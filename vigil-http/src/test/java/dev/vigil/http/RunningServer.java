package dev.vigil.http;

import dev.vigil.core.model.ModelStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A real {@link HttpServer} on a free loopback port, and a client for it. */
final class RunningServer implements AutoCloseable {

  private final HttpServer server;
  private final RunningClient client;

  /** A server for the model routes only: the event stores refuse any use. */
  RunningServer(ModelStore store, ReadinessCheck readiness, long maxBodyBytes) {
    this(
        new EventStores(
            store, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS),
        readiness,
        new ServerSettings("127.0.0.1", 0, maxBodyBytes),
        Clock.systemUTC());
  }

  RunningServer(
      EventStores stores, ReadinessCheck readiness, ServerSettings settings, Clock clock) {
    this(stores, new MemoryMonitoring(stores.models()).sources(), readiness, settings, clock);
  }

  RunningServer(
      EventStores stores,
      MonitoringSources monitoring,
      ReadinessCheck readiness,
      ServerSettings settings,
      Clock clock) {
    server =
        new HttpServer(stores, monitoring, readiness, new PrometheusRegistry(), settings, clock);
    client = new RunningClient("http://127.0.0.1:" + server.start());
  }

  /** Every route the server registered, as {@code "GET /path"}. */
  List<String> routes() {
    return server.routes();
  }

  Answer put(String path, String contentType, String body) {
    return send("PUT", path, contentType, BodyPublishers.ofString(body));
  }

  Answer postNdjson(String path, String lines) {
    return send("POST", path, "application/x-ndjson", BodyPublishers.ofString(lines));
  }

  Answer get(String path) {
    return client.get(path);
  }

  Answer postJson(String path, String json) {
    return send("POST", path, "application/json", BodyPublishers.ofString(json));
  }

  Answer send(String method, String path, String contentType, BodyPublisher body) {
    return send(method, path, contentType, body, Map.of());
  }

  /** A request with extra headers, e.g. {@code Authorization}. */
  Answer send(
      String method,
      String path,
      String contentType,
      BodyPublisher body,
      Map<String, String> headers) {
    return client.send(method, path, contentType, body, headers);
  }

  @Override
  public void close() {
    server.stop();
  }
}
