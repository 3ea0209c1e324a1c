package dev.vigil.app.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The read routes of a running Vigil that {@code --url} mode asks: GETs with the bearer token, an
 * unreachable server an {@link UncheckedIOException} naming {@code --url}.
 */
final class ServerApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Optional<String> token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerApi(URI base, Optional<String> token) {
    String scheme = base.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("--url: must be an http(s) URL, was '" + base + "'");
    }
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.token = token;
  }

  /** A GET that must answer 200 with JSON; any other status is an error naming {@code --url}. */
  JsonNode json(String pathAndQuery) {
    HttpResponse<String> answer = get(pathAndQuery);
    if (answer.statusCode() != 200) {
      throw new IllegalArgumentException(
          "--url: " + uri(pathAndQuery) + " answered " + status(answer));
    }
    return parse(answer);
  }

  /** A GET whatever its status. */
  HttpResponse<String> get(String pathAndQuery) {
    URI uri = uri(pathAndQuery);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "--url: cannot reach " + base + " (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + uri, e);
    }
  }

  JsonNode parse(HttpResponse<String> answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "--url: " + answer.uri() + " answered something that is not JSON", e);
    }
  }

  /** The status and body of an answer, for messages: {@code 404: {"error": ...}}. */
  static String status(HttpResponse<String> answer) {
    return answer.statusCode() + ": " + answer.body().strip();
  }

  /** A path segment or query value, URL-encoded. */
  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }
}
