package dev.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.alert.AlertEvent;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStatus;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The columns of the alert tables and their mapping to the alert domain (JdbcAlertStore). */
final class AlertRows {

  static final String RULE_COLUMNS =
      "model_name, rule_id, name, signal_kind, signal_argument, comparison, threshold,"
          + " for_seconds, severity, labels, renotify_seconds";
  static final String STATE_COLUMNS =
      "model_name, rule_id, status, since_us, active_since_us, last_value, last_notified_us,"
          + " acknowledged_us";
  static final String EVENT_COLUMNS =
      "model_name, rule_id, severity, from_status, to_status, value, at_us";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {};

  private AlertRows() {}

  /** Binds every rule column but the key: name .. renotify_seconds from index {@code first}. */
  static void bindRuleBody(PreparedStatement s, int first, AlertRule rule) throws SQLException {
    s.setString(first, rule.name());
    s.setString(first + 1, rule.signal().kind());
    s.setString(first + 2, rule.signal().argument().orElse(null));
    s.setString(first + 3, rule.comparison().id());
    s.setDouble(first + 4, rule.threshold());
    s.setLong(first + 5, rule.forDuration().toSeconds());
    s.setString(first + 6, rule.severity().id());
    s.setString(first + 7, labels(rule.labels()));
    s.setLong(first + 8, rule.renotifyInterval().toSeconds());
  }

  static AlertRule rule(ResultSet r) throws SQLException {
    return new AlertRule(
        r.getString(2),
        r.getString(1),
        r.getString(3),
        Signal.of(r.getString(4), Optional.ofNullable(r.getString(5))),
        Comparison.fromId(r.getString(6)),
        r.getDouble(7),
        Duration.ofSeconds(r.getLong(8)),
        Severity.fromId(r.getString(9)),
        labels(r.getString(10)),
        Duration.ofSeconds(r.getLong(11)));
  }

  static void bindState(PreparedStatement s, AlertState state) throws SQLException {
    s.setString(1, state.model());
    s.setString(2, state.ruleId());
    s.setString(3, state.status().id());
    s.setLong(4, EpochMicros.of(state.since()));
    setTime(s, 5, state.activeSince());
    setValue(s, 6, state.lastValue());
    setTime(s, 7, state.lastNotifiedAt());
    setTime(s, 8, state.acknowledgedAt());
  }

  static AlertState state(ResultSet r) throws SQLException {
    return new AlertState(
        r.getString(1),
        r.getString(2),
        AlertStatus.fromId(r.getString(3)),
        EpochMicros.toInstant(r.getLong(4)),
        time(r, 5),
        value(r, 6),
        time(r, 7),
        time(r, 8));
  }

  static void bindEvent(PreparedStatement s, AlertEvent event) throws SQLException {
    s.setString(1, event.model());
    s.setString(2, event.ruleId());
    s.setString(3, event.severity().id());
    s.setString(4, event.from().id());
    s.setString(5, event.to().id());
    setValue(s, 6, event.value());
    s.setLong(7, EpochMicros.of(event.at()));
  }

  static AlertEvent event(ResultSet r) throws SQLException {
    return new AlertEvent(
        r.getString(1),
        r.getString(2),
        Severity.fromId(r.getString(3)),
        AlertStatus.fromId(r.getString(4)),
        AlertStatus.fromId(r.getString(5)),
        value(r, 6),
        EpochMicros.toInstant(r.getLong(7)));
  }

  static void setTime(PreparedStatement s, int index, Optional<Instant> time) throws SQLException {
    if (time.isPresent()) {
      s.setLong(index, EpochMicros.of(time.get()));
    } else {
      s.setNull(index, Types.BIGINT);
    }
  }

  static Optional<Instant> time(ResultSet r, int index) throws SQLException {
    long micros = r.getLong(index);
    return r.wasNull() ? Optional.empty() : Optional.of(EpochMicros.toInstant(micros));
  }

  private static void setValue(PreparedStatement s, int index, OptionalDouble value)
      throws SQLException {
    if (value.isPresent()) {
      s.setDouble(index, value.getAsDouble());
    } else {
      s.setNull(index, Types.DOUBLE);
    }
  }

  private static OptionalDouble value(ResultSet r, int index) throws SQLException {
    double value = r.getDouble(index);
    return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static String labels(Map<String, String> labels) {
    try {
      return MAPPER.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("labels cannot be written as JSON", e);
    }
  }

  private static Map<String, String> labels(String json) {
    try {
      return MAPPER.readValue(json, LABELS);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored alert labels are not a JSON object: " + json, e);
    }
  }
}
