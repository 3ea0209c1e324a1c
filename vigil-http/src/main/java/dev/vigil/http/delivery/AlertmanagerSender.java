package dev.vigil.http.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Sends alerts to Prometheus Alertmanager: {@code POST <base>/api/v2/alerts} with a JSON array of
 * postable alerts. Alertmanager deduplicates by label set, so sending a firing alert again (the
 * re-notify interval) refreshes it rather than duplicating it, and sending it with an end resolves
 * it. Safe for concurrent use.
 */
public final class AlertmanagerSender {

  private final URI alerts;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param base Alertmanager's URL, e.g. {@code http://alertmanager:9093}
   */
  public AlertmanagerSender(URI base) {
    Objects.requireNonNull(base, "base");
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new IllegalArgumentException(
          "alertmanager_url must be an http(s) URL, was '" + base + "'");
    }
    this.alerts = URI.create(base.toString().replaceAll("/+$", "") + "/api/v2/alerts");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Posts the alerts in one request.
   *
   * @throws DeliveryException when Alertmanager cannot be reached or does not answer 2xx; the
   *     caller retries later
   */
  public void send(List<AlertmanagerAlert> batch) {
    HttpRequest request =
        HttpRequest.newBuilder(alerts)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(batch)))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("cannot reach Alertmanager at " + alerts + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while posting to " + alerts, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryException(
          "Alertmanager at "
              + alerts
              + " answered "
              + response.statusCode()
              + ": "
              + response.body().strip(),
          null);
    }
  }

  String body(List<AlertmanagerAlert> batch) {
    ArrayNode array = json.createArrayNode();
    batch.forEach(alert -> array.add(AlertJson.node(alert)));
    return array.toString();
  }
}
