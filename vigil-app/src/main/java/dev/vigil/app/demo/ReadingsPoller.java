package dev.vigil.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.app.traffic.VigilClient;
import dev.vigil.app.traffic.VigilClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the status line's figures from the real monitoring API over the recent windows: the current
 * and the previous minute (the demo model has minute windows), so the line follows the story as it
 * unfolds rather than averaging all of it.
 */
final class ReadingsPoller {

  /**
   * Fewer predictions than this and drift is not shown: the distance tests Vigil picks against a
   * large reference flag noise on a few hundred values (seen: 2 of 10 features on 180 rows).
   */
  static final int MIN_PREDICTIONS_FOR_DRIFT = 500;

  private final VigilClient client;
  private final String model;
  private final Clock clock;

  ReadingsPoller(VigilClient client, String model, Clock clock) {
    this.client = client;
    this.model = model;
    this.clock = clock;
  }

  /** The readings now; a figure the server cannot give yet is left empty. */
  Readings read() {
    Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    String range =
        "?from="
            + minute.minus(Duration.ofMinutes(1))
            + "&to="
            + minute.plus(Duration.ofMinutes(1));
    String base = "/api/v1/models/" + VigilClient.segment(model);
    JsonNode drift = getOrNull(base + "/drift" + range);
    if (drift != null && drift.path("predictions").asLong() < MIN_PREDICTIONS_FOR_DRIFT) {
      drift = null;
    }
    JsonNode performance = getOrNull(base + "/performance" + range);
    JsonNode estimated = getOrNull(base + "/performance/estimated" + range);
    JsonNode alerts = getOrNull(base + "/alerts");
    return new Readings(
        number(drift == null ? null : drift.path("dataset").path("drift_share")),
        drifted(drift),
        accuracy(performance),
        estimated == null || !estimated.path("available").asBoolean(false)
            ? OptionalDouble.empty()
            : accuracy(estimated),
        firing(alerts));
  }

  private JsonNode getOrNull(String pathAndQuery) {
    try {
      return client.getJson(pathAndQuery);
    } catch (VigilClientException e) {
      // 404 (a server without the route), 409 (no reference yet), or no answer: not shown.
      return null;
    }
  }

  private static OptionalDouble accuracy(JsonNode answer) {
    return answer == null
        ? OptionalDouble.empty()
        : number(answer.path("metrics").path("accuracy").path("value"));
  }

  private static OptionalDouble number(JsonNode node) {
    return node != null && node.isNumber()
        ? OptionalDouble.of(node.asDouble())
        : OptionalDouble.empty();
  }

  private static List<String> drifted(JsonNode drift) {
    List<String> names = new ArrayList<>();
    if (drift != null) {
      for (JsonNode feature : drift.path("features")) {
        if (feature.path("drifted").asBoolean(false)) {
          names.add(feature.path("feature").asText());
        }
      }
    }
    return names;
  }

  private static List<String> firing(JsonNode alerts) {
    List<String> rules = new ArrayList<>();
    if (alerts != null) {
      for (JsonNode alert : alerts.path("active")) {
        if (alert.path("status").asText().equals("firing")) {
          rules.add(alert.path("rule").asText());
        }
      }
    }
    return rules;
  }
}
