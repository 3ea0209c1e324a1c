package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The current state of one rule's alert.
 *
 * @param since when the alert entered {@code status}
 * @param activeSince when the condition started holding: present exactly when pending or firing
 * @param lastValue the last value read (absent readings leave it as it was)
 * @param lastNotifiedAt when a notification was last asked for (firing, resolved or repeat)
 * @param acknowledgedAt when a user acknowledged the firing alert; only while firing
 */
public record AlertState(
    String model,
    String ruleId,
    AlertStatus status,
    Instant since,
    Optional<Instant> activeSince,
    OptionalDouble lastValue,
    Optional<Instant> lastNotifiedAt,
    Optional<Instant> acknowledgedAt) {

  public AlertState {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(activeSince, "activeSince");
    Objects.requireNonNull(lastValue, "lastValue");
    Objects.requireNonNull(lastNotifiedAt, "lastNotifiedAt");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    boolean active = status == AlertStatus.PENDING || status == AlertStatus.FIRING;
    if (activeSince.isPresent() != active) {
      throw new IllegalArgumentException("activeSince: present exactly when pending or firing");
    }
    if (acknowledgedAt.isPresent() && status != AlertStatus.FIRING) {
      throw new IllegalArgumentException("acknowledgedAt: only a firing alert is acknowledged");
    }
  }

  /** The state of a rule that has never been evaluated: inactive since {@code at}. */
  public static AlertState initial(AlertRule rule, Instant at) {
    return new AlertState(
        rule.model(),
        rule.id(),
        AlertStatus.INACTIVE,
        at,
        Optional.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether a user acknowledged this (firing) alert. */
  public boolean acknowledged() {
    return acknowledgedAt.isPresent();
  }

  /**
   * This firing alert acknowledged at {@code at}: it is not notified again until it resolves.
   * Acknowledging again keeps the first time.
   *
   * @throws IllegalStateException when the alert is not firing
   */
  public AlertState acknowledge(Instant at) {
    if (status != AlertStatus.FIRING) {
      throw new IllegalStateException(
          "alert '" + ruleId + "' of model '" + model + "' is " + status.id() + ", not firing");
    }
    return acknowledged() ? this : with(status, since, activeSince, Optional.of(at));
  }

  AlertState moved(AlertStatus to, Instant at, Optional<Instant> active) {
    return new AlertState(
        model, ruleId, to, at, active, lastValue, lastNotifiedAt, Optional.empty());
  }

  AlertState withValue(OptionalDouble value) {
    return new AlertState(
        model, ruleId, status, since, activeSince, value, lastNotifiedAt, acknowledgedAt);
  }

  AlertState notifiedAt(Instant at) {
    return new AlertState(
        model, ruleId, status, since, activeSince, lastValue, Optional.of(at), acknowledgedAt);
  }

  private AlertState with(
      AlertStatus to, Instant at, Optional<Instant> active, Optional<Instant> acknowledged) {
    return new AlertState(model, ruleId, to, at, active, lastValue, lastNotifiedAt, acknowledged);
  }
}
