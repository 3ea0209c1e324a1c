package dev.vigil.core.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a promotion: whether it happened, the gate's decision, the version that was
 * champion before (if any) and the audit entry recording it.
 */
public record PromotionOutcome(
    boolean promoted, GateDecision decision, Optional<Integer> previousChampion, AuditEntry entry) {

  public PromotionOutcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(previousChampion, "previousChampion");
    Objects.requireNonNull(entry, "entry");
  }
}
