package dev.vigil.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead head = AuditHead.EMPTY;
    for (int i = 0; i < n; i++) {
      AuditEvent event =
          new AuditEvent(
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
              "ana",
              "churn",
              Optional.of(i + 1),
              AuditAction.TRANSITION,
              "None",
              "Staging",
              "step " + i,
              "{}");
      AuditEntry entry = AuditEntry.append(head, event);
      entries.add(entry);
      head = head.after(entry);
    }
    return entries;
  }

  private static AuditHead headOf(List<AuditEntry> entries) {
    AuditEntry last = entries.get(entries.size() - 1);
    return new AuditHead(last.sequence(), last.hash());
  }

  @Test
  void anIntactChainVerifies() {
    List<AuditEntry> entries = chain(5);
    AuditVerification v = AuditChain.verify(entries, Optional.of(headOf(entries)));
    assertTrue(v.intact(), v.problem());
    assertEquals(5, v.entriesChecked());
    assertEquals(AuditHead.GENESIS_HASH, entries.get(0).previousHash());
  }

  @Test
  void aChangedReasonIsFoundAtItsEntry() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    AuditEntry e = entries.get(2);
    AuditEvent changed =
        new AuditEvent(
            e.event().time(),
            "ana",
            "churn",
            e.event().version(),
            e.event().action(),
            "None",
            "Staging",
            "nothing to see",
            "{}");
    entries.set(2, new AuditEntry(3, changed, e.previousHash(), e.hash()));
    AuditVerification v = AuditChain.verify(entries);
    assertFalse(v.intact());
    assertEquals(Optional.of(3L), v.brokenAt());
    assertTrue(v.problem().contains("changed"), v.problem());
  }

  @Test
  void aRehashedChangeBreaksTheNextLink() {
    List<AuditEntry> entries = new ArrayList<>(chain(4));
    AuditEntry e = entries.get(1);
    AuditEvent changed =
        new AuditEvent(
            e.event().time(),
            "mallory",
            "churn",
            e.event().version(),
            e.event().action(),
            "None",
            "Staging",
            e.event().reason(),
            "{}");
    entries.set(1, AuditEntry.append(new AuditHead(1, e.previousHash()), changed));
    AuditVerification v = AuditChain.verify(entries);
    assertEquals(Optional.of(3L), v.brokenAt());
    assertTrue(v.problem().contains("does not link"), v.problem());
  }

  @Test
  void aDeletedMiddleEntryIsNamed() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    entries.remove(2);
    AuditVerification v = AuditChain.verify(entries);
    assertEquals(Optional.of(4L), v.brokenAt());
    assertTrue(v.problem().contains("missing"), v.problem());
  }

  @Test
  void swappedEntriesAreFound() {
    List<AuditEntry> entries = new ArrayList<>(chain(4));
    AuditEntry second = entries.get(1);
    entries.set(1, entries.get(2));
    entries.set(2, second);
    assertEquals(Optional.of(3L), AuditChain.verify(entries).brokenAt());
  }

  @Test
  void aDeletedLastEntryIsOnlyFoundWithTheHead() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    AuditHead head = headOf(entries);
    entries.remove(4);
    assertTrue(AuditChain.verify(entries).intact());
    AuditVerification v = AuditChain.verify(entries, Optional.of(head));
    assertFalse(v.intact());
    assertEquals(Optional.of(5L), v.brokenAt());
  }

  @Test
  void everyFieldIsInTheHash() {
    AuditEntry e = chain(1).get(0);
    AuditEvent other =
        new AuditEvent(
            e.event().time(),
            "ana",
            "churn",
            Optional.empty(),
            e.event().action(),
            "None",
            "Staging",
            "step 0",
            "{}");
    assertNotEquals(e.hash(), AuditEntry.append(AuditHead.EMPTY, other).hash());
  }
}
