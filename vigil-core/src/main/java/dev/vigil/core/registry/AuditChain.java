package dev.vigil.core.registry;

import java.util.List;
import java.util.Optional;

/** Checks an audit trail, read in sequence order, link by link and against its head. */
public final class AuditChain {

  private AuditChain() {}

  /** Checks the links of the entries alone (a removed tail goes unseen; see the other form). */
  public static AuditVerification verify(List<AuditEntry> entries) {
    return verify(entries, Optional.empty());
  }

  /**
   * Checks every entry in order: its sequence follows the previous one (a gap means entries were
   * deleted), its previous hash is the previous entry's hash (else entries were removed or
   * reordered), and its hash matches its content (else it was changed). Then the last entry must be
   * the head's, which catches entries deleted from the end.
   */
  public static AuditVerification verify(List<AuditEntry> entries, Optional<AuditHead> head) {
    String previousHash = AuditHead.GENESIS_HASH;
    long expected = 1;
    for (AuditEntry entry : entries) {
      long at = entry.sequence();
      if (at != expected) {
        return AuditVerification.broken(expected - 1, at, sequenceProblem(at, expected));
      }
      if (!entry.hash().equals(entry.expectedHash())) {
        return AuditVerification.broken(
            at - 1, at, "entry " + at + " was changed: its hash does not match its content");
      }
      if (!entry.previousHash().equals(previousHash)) {
        return AuditVerification.broken(
            at - 1,
            at,
            "entry " + at + " does not link to entry " + (at - 1) + ": previous_hash differs");
      }
      previousHash = entry.hash();
      expected++;
    }
    long count = expected - 1;
    if (head.isPresent() && !head.get().equals(new AuditHead(count, previousHash))) {
      AuditHead h = head.get();
      return AuditVerification.broken(
          count,
          Math.min(count + 1, Math.max(h.count(), 1)),
          "the chain ends at entry "
              + count
              + " but its head records "
              + h.count()
              + " entries ending with hash "
              + h.lastHash().substring(0, 12)
              + "...: entries were removed from the end or the head was changed");
    }
    return AuditVerification.ok(count);
  }

  private static String sequenceProblem(long at, long expected) {
    if (at < expected) {
      return "entry " + at + " comes after entry " + (expected - 1) + ": entries are out of order";
    }
    String missing =
        at - 1 == expected
            ? "entry " + expected + " is"
            : "entries " + expected + "-" + (at - 1) + " are";
    return "entry "
        + at
        + " follows entry "
        + (expected - 1)
        + ": "
        + missing
        + " missing (deleted)";
  }
}
