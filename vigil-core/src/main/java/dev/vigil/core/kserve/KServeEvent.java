package dev.vigil.core.kserve;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One event of KServe's payload logger (CloudEvents v1.0, binary mode): the request or the response
 * of one inference, joined to its other half by {@code ce-id}.
 *
 * <p>Invariants: the id is a valid prediction id at most 190 characters long (room for a {@code #i}
 * row suffix); the model name is a valid monitored-model name; the time is whole microseconds; the
 * endpoint is {@code null} or not blank; the body is a JSON object as plain Java values (Map, List,
 * String, Number, Boolean, null).
 */
public record KServeEvent(
    EventKind kind,
    String id,
    String modelName,
    Instant time,
    String endpoint,
    Map<String, Object> body) {

  static final int MAX_ID_LENGTH = 190;

  public KServeEvent {
    Objects.requireNonNull(kind, "kind");
    requireHeader("ce-id", id);
    if (id.length() > MAX_ID_LENGTH) {
      throw new KServeEventException("ce-id", "must be at most 190 characters, was " + id.length());
    }
    try {
      PredictionRecord.requireValidId(id);
    } catch (IllegalArgumentException e) {
      throw new KServeEventException("ce-id", e.getMessage());
    }
    requireHeader("ce-inferenceservicename", modelName);
    try {
      MonitoredModel.requireValidName(modelName);
    } catch (IllegalArgumentException e) {
      throw new KServeEventException("ce-inferenceservicename", e.getMessage());
    }
    time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
    endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
    body = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(body, "body")));
  }

  /**
   * Reads an event from its {@code ce-*} headers and parsed body. The time is {@code ce-time} when
   * sent (RFC 3339), else {@code receivedAt}.
   *
   * @param header the value of a header by its lower-case name, {@code null} when absent
   * @param body the body parsed as plain Java values
   * @throws KServeEventException naming the header or {@code body} at fault
   */
  public static KServeEvent of(Function<String, String> header, Object body, Instant receivedAt) {
    String specVersion = header.apply("ce-specversion");
    if (specVersion != null && !specVersion.equals("1.0")) {
      throw new KServeEventException("ce-specversion", "must be 1.0, was '" + specVersion + "'");
    }
    String type = header.apply("ce-type");
    requireHeader("ce-type", type);
    EventKind kind =
        EventKind.ofCeType(type)
            .orElseThrow(
                () ->
                    new KServeEventException(
                        "ce-type",
                        "must be "
                            + EventKind.REQUEST.ceType()
                            + " or "
                            + EventKind.RESPONSE.ceType()
                            + ", was '"
                            + type
                            + "'"));
    String id = header.apply("ce-id");
    String model = header.apply("ce-inferenceservicename");
    Instant time = timeOf(header.apply("ce-time"), receivedAt);
    return new KServeEvent(kind, id, model, time, header.apply("ce-endpoint"), objectOf(body));
  }

  private static Instant timeOf(String ceTime, Instant receivedAt) {
    if (ceTime == null || ceTime.isBlank()) {
      return receivedAt;
    }
    try {
      return OffsetDateTime.parse(ceTime.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new KServeEventException("ce-time", "must be an RFC 3339 time, was '" + ceTime + "'");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectOf(Object body) {
    if (body instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new KServeEventException("body", "must be a JSON object");
  }

  private static void requireHeader(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new KServeEventException(name, "the header is missing");
    }
  }
}
