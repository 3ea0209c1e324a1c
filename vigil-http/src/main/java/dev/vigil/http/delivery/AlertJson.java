package dev.vigil.http.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An alert as JSON in Alertmanager's postable shape ({@code labels}, {@code annotations}, {@code
 * startsAt}, {@code endsAt} when it ended, {@code generatorURL}): what Alertmanager takes, and the
 * form in which a queued notification waits for its delivery.
 */
public final class AlertJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertJson() {}

  static ObjectNode node(AlertmanagerAlert alert) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode labels = node.putObject("labels");
    alert.labels().forEach(labels::put);
    ObjectNode annotations = node.putObject("annotations");
    alert.annotations().forEach(annotations::put);
    node.put("startsAt", alert.startsAt().toString());
    alert.endsAt().ifPresent(end -> node.put("endsAt", end.toString()));
    node.put("generatorURL", alert.generatorUrl());
    return node;
  }

  public static String write(AlertmanagerAlert alert) {
    return node(alert).toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not such an alert
   */
  public static AlertmanagerAlert read(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return new AlertmanagerAlert(
          strings(node.path("labels")),
          strings(node.path("annotations")),
          Instant.parse(node.path("startsAt").asText()),
          node.hasNonNull("endsAt")
              ? Optional.of(Instant.parse(node.get("endsAt").asText()))
              : Optional.empty(),
          node.path("generatorURL").asText(""));
    } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("payload: not an alert: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }
}
