package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification to queue for delivery: its target (e.g. a webhook's name or URL), the payload
 * rendered for it, and when the first attempt is due.
 */
public record NewNotification(
    String model, String ruleId, String target, String payload, Instant dueAt) {

  public NewNotification {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
