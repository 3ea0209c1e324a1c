package dev.vigil.core.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to be appended to the audit trail, before the store gives it its place (sequence and
 * hashes). Absent texts are empty strings; the evidence is JSON text ({@code {}} when none).
 *
 * <p>Invariants: the time is truncated to microseconds (what both databases keep, so the hash of a
 * stored entry can be recomputed); the actor is not blank.
 */
public record AuditEvent(
    Instant time,
    String actor,
    String model,
    Optional<Integer> version,
    AuditAction action,
    String from,
    String to,
    String reason,
    String evidence) {

  public AuditEvent {
    time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    from = from == null ? "" : from;
    to = to == null ? "" : to;
    reason = reason == null ? "" : reason;
    evidence = evidence == null || evidence.isBlank() ? "{}" : evidence;
  }
}
