package dev.vigil.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification in the delivery queue.
 *
 * @param attempts attempts claimed so far
 * @param nextAttemptAt when it is due (again)
 * @param lastError the error of the last failed attempt
 * @param deliveredAt when it was delivered; present exactly when the status is delivered
 */
public record QueuedNotification(
    long id,
    String model,
    String ruleId,
    String target,
    String payload,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<Instant> deliveredAt,
    Instant createdAt) {

  /** Where a notification is in its delivery. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  public QueuedNotification {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(createdAt, "createdAt");
    if (deliveredAt.isPresent() != (status == Status.DELIVERED)) {
      throw new IllegalArgumentException("deliveredAt: present exactly when delivered");
    }
  }
}
