package dev.vigil.core.registry;

import java.time.Clock;
import java.util.Optional;

/** Makes the audit events of one actor's changes, stamped by the registry's clock. */
final class AuditEvents {

  private final Clock clock;
  private final String actor;

  AuditEvents(Clock clock, String actor) {
    this.clock = clock;
    this.actor = actor;
  }

  AuditEvent of(
      String model,
      Integer version,
      AuditAction action,
      String from,
      String to,
      String reason,
      String evidence) {
    return new AuditEvent(
        clock.instant(),
        actor,
        model,
        Optional.ofNullable(version),
        action,
        from,
        to,
        reason,
        evidence);
  }
}
