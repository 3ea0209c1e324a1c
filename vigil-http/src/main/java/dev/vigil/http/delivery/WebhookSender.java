package dev.vigil.http.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Posts alerts to a webhook, in one of two payloads: {@link Format#GENERIC}, the JSON that
 * Alertmanager's own webhook receiver sends ({@code version} 4, {@code status}, {@code alerts} with
 * labels, annotations, start and end), so tools written for Alertmanager read it as is; or {@link
 * Format#SLACK}, a message with a {@code text} field, which Slack's incoming webhooks and the chat
 * tools compatible with them (Mattermost, Rocket.Chat) display. Safe for concurrent use.
 */
public final class WebhookSender {

  /** The payload a webhook takes. */
  public enum Format {
    GENERIC,
    SLACK;

    /** The format named {@code generic} or {@code slack}; an error naming the field otherwise. */
    public static Format of(String id) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(id)) {
          return format;
        }
      }
      throw new IllegalArgumentException("format: expected generic or slack, got '" + id + "'");
    }
  }

  private final URI url;
  private final Format format;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  public WebhookSender(URI url, Format format) {
    Objects.requireNonNull(url, "url");
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException("url must be an http(s) URL, was '" + url + "'");
    }
    this.url = url;
    this.format = Objects.requireNonNull(format, "format");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Posts the alerts in one request.
   *
   * @param now decides which alerts are resolved: those that ended at or before it
   * @throws DeliveryException when the webhook cannot be reached or does not answer 2xx
   */
  public void send(List<AlertmanagerAlert> alerts, Instant now) {
    String body = format == Format.SLACK ? slack(alerts, now) : generic(alerts, now);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("cannot reach the webhook " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while posting to " + url, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryException(
          "the webhook "
              + url
              + " answered "
              + response.statusCode()
              + ": "
              + response.body().strip(),
          null);
    }
  }

  String generic(List<AlertmanagerAlert> alerts, Instant now) {
    ObjectNode root = json.createObjectNode();
    root.put("version", "4");
    root.put("receiver", "vigil");
    root.put("status", alerts.stream().anyMatch(a -> !resolved(a, now)) ? "firing" : "resolved");
    ArrayNode array = root.putArray("alerts");
    for (AlertmanagerAlert alert : alerts) {
      ObjectNode node = AlertJson.node(alert);
      node.put("status", resolved(alert, now) ? "resolved" : "firing");
      // Alertmanager writes the zero time for an alert without an end; so do we.
      node.put("endsAt", alert.endsAt().map(Instant::toString).orElse("0001-01-01T00:00:00Z"));
      array.add(node);
    }
    return root.toString();
  }

  String slack(List<AlertmanagerAlert> alerts, Instant now) {
    StringBuilder text = new StringBuilder();
    for (AlertmanagerAlert alert : alerts) {
      if (text.length() > 0) {
        text.append('\n');
      }
      boolean resolved = resolved(alert, now);
      text.append(resolved ? "[RESOLVED] " : "[FIRING] ")
          .append(alert.labels().get("alertname"))
          .append(alert.labels().containsKey("model") ? " on " + alert.labels().get("model") : "")
          .append(
              alert.labels().containsKey("severity")
                  ? " (" + alert.labels().get("severity") + ")"
                  : "");
      String summary = alert.annotations().get("summary");
      if (summary != null) {
        text.append(": ").append(summary);
      }
      if (!alert.generatorUrl().isEmpty()) {
        text.append(" <").append(alert.generatorUrl()).append('>');
      }
    }
    ObjectNode root = json.createObjectNode();
    root.put("text", text.toString());
    return root.toString();
  }

  private static boolean resolved(AlertmanagerAlert alert, Instant now) {
    return alert.endsAt().map(end -> !end.isAfter(now)).orElse(false);
  }
}
