package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An alert that must be sent now: it started firing, resolved, or is still firing one re-notify
 * interval after it was last sent.
 *
 * @param activeSince when the condition started holding (for a resolve: of the episode resolved)
 * @param at when the evaluation asked for it
 */
public record Notification(
    AlertRule rule, Reason reason, OptionalDouble value, Instant activeSince, Instant at) {

  /** Why the notification is sent. */
  public enum Reason {
    FIRING,
    RESOLVED,
    REPEAT
  }

  public Notification {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(activeSince, "activeSince");
    Objects.requireNonNull(at, "at");
  }
}
