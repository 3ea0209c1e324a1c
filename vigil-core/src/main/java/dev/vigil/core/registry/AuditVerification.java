package dev.vigil.core.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking the audit chain: intact, or the first entry found broken (by sequence)
 * and what is wrong with it.
 *
 * <p>Invariants: an intact chain has no broken entry and no problem text.
 */
public record AuditVerification(
    boolean intact, long entriesChecked, Optional<Long> brokenAt, String problem) {

  public AuditVerification {
    Objects.requireNonNull(brokenAt, "brokenAt");
    Objects.requireNonNull(problem, "problem");
    if (intact && (brokenAt.isPresent() || !problem.isEmpty())) {
      throw new IllegalArgumentException("brokenAt must be empty for an intact chain");
    }
  }

  static AuditVerification ok(long checked) {
    return new AuditVerification(true, checked, Optional.empty(), "");
  }

  static AuditVerification broken(long checked, long at, String problem) {
    return new AuditVerification(false, checked, Optional.of(at), problem);
  }
}
