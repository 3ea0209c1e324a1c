package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.registry.AuditVerification;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain as stored: tampering with its rows by plain SQL is found and named, and
 * concurrent writers keep one order. Run once per database by the subclasses.
 */
abstract class RegistryAuditContract extends RegistryDatabase {

  /** Five entries: create, register 1, register 2, transition 1, alias champion -> 2. */
  @BeforeEach
  void fiveEntries() {
    createChurn();
    registerVersion(0.8);
    registerVersion(0.8);
    registry.transition("churn", 1, ModelStage.STAGING, true, "ana", "review");
    registry.setAlias("churn", "champion", 2, "bob", "ship it");
    assertEquals(5, registry.audit(Optional.empty()).size());
  }

  @Test
  void anUntouchedTrailVerifies() {
    AuditVerification v = registry.verifyAudit();
    assertTrue(v.intact(), v.problem());
    assertEquals(5, v.entriesChecked());
  }

  @Test
  void aChangedReasonIsFoundAtItsEntry() throws SQLException {
    execute("UPDATE registry_audit SET reason = 'routine' WHERE sequence = 4");
    AuditVerification v = registry.verifyAudit();
    assertFalse(v.intact());
    assertEquals(Optional.of(4L), v.brokenAt());
    assertTrue(v.problem().contains("entry 4 was changed"), v.problem());
  }

  @Test
  void aChangedActorIsFound() throws SQLException {
    execute("UPDATE registry_audit SET actor = 'ana' WHERE sequence = 5");
    assertEquals(Optional.of(5L), registry.verifyAudit().brokenAt());
  }

  @Test
  void aDeletedMiddleEntryIsFound() throws SQLException {
    execute("DELETE FROM registry_audit WHERE sequence = 3");
    AuditVerification v = registry.verifyAudit();
    assertEquals(Optional.of(4L), v.brokenAt());
    assertTrue(v.problem().contains("missing"), v.problem());
  }

  @Test
  void aDeletedLastEntryIsFoundThroughTheHead() throws SQLException {
    execute("DELETE FROM registry_audit WHERE sequence = 5");
    AuditVerification v = registry.verifyAudit();
    assertFalse(v.intact());
    assertEquals(Optional.of(5L), v.brokenAt());
    assertTrue(v.problem().contains("head records 5 entries"), v.problem());
  }

  @Test
  void renumberedEntriesAreFound() throws SQLException {
    execute(
        "UPDATE registry_audit SET sequence = 100 WHERE sequence = 2",
        "UPDATE registry_audit SET sequence = 2 WHERE sequence = 3",
        "UPDATE registry_audit SET sequence = 3 WHERE sequence = 100");
    assertEquals(Optional.of(2L), registry.verifyAudit().brokenAt());
  }

  @Test
  void concurrentVersionsGetDistinctNumbersAndTheChainStaysWhole() throws Exception {
    int threads = 4;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        Callable<List<Integer>> work =
            () -> {
              start.await();
              List<Integer> numbers = new ArrayList<>();
              for (int i = 0; i < each; i++) {
                ModelVersion v = registry.createVersion("churn", version(0.8), "worker");
                numbers.add(v.version());
              }
              return numbers;
            };
        futures.add(pool.submit(work));
      }
      start.countDown();
      Set<Integer> numbers = new TreeSet<>();
      for (Future<List<Integer>> f : futures) {
        numbers.addAll(f.get());
      }
      assertEquals(threads * each, numbers.size());
      assertEquals(3, ((TreeSet<Integer>) numbers).first());
      assertEquals(2 + threads * each, ((TreeSet<Integer>) numbers).last());
    } finally {
      pool.shutdown();
    }
    assertTrue(registry.verifyAudit().intact(), registry.verifyAudit().problem());
  }
}
