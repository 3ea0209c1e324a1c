package dev.vigil.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;

/**
 * The HTTP client every test server fixture shares: sends requests with any method (DELETE with a
 * body too, as MLflow's clients do) to paths under one base URL and answers {@link Answer}s.
 */
final class RunningClient {

  private final URI base;
  private final HttpClient client = HttpClient.newHttpClient();

  RunningClient(String baseUrl) {
    this.base = URI.create(baseUrl);
  }

  Answer get(String path) {
    return send("GET", path, null, BodyPublishers.noBody(), Map.of());
  }

  /** A POST with a JSON body. */
  Answer post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  /** A request with a JSON body, or with no body when {@code json} is null. */
  Answer send(String method, String path, String json, Map<String, String> headers) {
    return json == null
        ? send(method, path, null, BodyPublishers.noBody(), headers)
        : send(method, path, "application/json", BodyPublishers.ofString(json), headers);
  }

  /** A request with any body; no Content-Type header when {@code contentType} is null. */
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
}
