package dev.vigil.app.train;

import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Pushes a registry's series to a Prometheus Pushgateway the way batch jobs do: {@code PUT
 * /metrics/job/<job>/<label>/<value>...} in the text format, which replaces every series of that
 * group, so a re-run of the same job never leaves stale series behind.
 *
 * <p>Written here on the JDK's HTTP client because client_java's pushgateway exporter 1.10.0 is not
 * on Maven Central as reached from our machines (STACK.md); the protocol is one PUT.
 */
public final class PushgatewayPush {

  private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

  private final URI base;
  private final HttpClient http;

  /**
   * @param base the Pushgateway's URL, e.g. {@code http://pushgateway:9091}
   */
  public PushgatewayPush(URI base) {
    Objects.requireNonNull(base, "base");
    String scheme = base.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException(
          "--pushgateway must be an http(s) URL, was '" + base + "'");
    }
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Replaces the group {@code job} + {@code grouping} with the registry's current series.
   *
   * @throws UncheckedIOException when the Pushgateway cannot be reached or refuses the push
   */
  public void push(PrometheusRegistry registry, String job, Map<String, String> grouping) {
    HttpRequest request =
        HttpRequest.newBuilder(groupUri(job, grouping))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", TEXT_FORMAT)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(text(registry)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the Pushgateway at " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pushing to " + base, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new UncheckedIOException(
          new IOException(
              "the Pushgateway at "
                  + base
                  + " answered "
                  + response.statusCode()
                  + ": "
                  + response.body().strip()));
    }
  }

  URI groupUri(String job, Map<String, String> grouping) {
    StringBuilder path = new StringBuilder("/metrics/job/").append(segment(job));
    grouping.forEach((k, v) -> path.append('/').append(segment(k)).append('/').append(segment(v)));
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(root + path);
  }

  private static String segment(String value) {
    // The Pushgateway decodes path segments; '+' must be sent as %20 to mean a space.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] text(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
