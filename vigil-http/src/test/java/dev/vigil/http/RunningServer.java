package dev.vigil.http;

import dev.vigil.core.model.ModelStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A real {@link HttpServer} on a free loopback port, and a client for it. */
final class RunningServer implements AutoCloseable {

  private final HttpServer server;
  private final URI base;
  private final HttpClient client = HttpClient.newHttpClient();

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
    base = URI.create("http://127.0.0.1:" + server.start());
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
    return send("GET", path, null, BodyPublishers.noBody());
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
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, body);
    headers.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      var response = client.send(request.build(), BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
