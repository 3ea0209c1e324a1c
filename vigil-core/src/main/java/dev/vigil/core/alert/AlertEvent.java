package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A change of an alert's status, kept as history. Invariant: {@code to} is one of {@code
 * from.next()}.
 *
 * @param value the reading that caused the change
 */
public record AlertEvent(
    String model,
    String ruleId,
    Severity severity,
    AlertStatus from,
    AlertStatus to,
    OptionalDouble value,
    Instant at) {

  public AlertEvent {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
    if (!from.next().contains(to)) {
      throw new IllegalArgumentException("to: " + from.id() + " cannot change to " + to.id());
    }
  }
}
