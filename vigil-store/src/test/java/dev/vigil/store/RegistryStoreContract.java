package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.registry.AuditAction;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.GateDecision;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.PromotionOutcome;
import dev.vigil.core.registry.PromotionPolicy;
import dev.vigil.core.registry.RegistryConflictException;
import dev.vigil.core.registry.RegistryNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the registry does on every database; run once per database by the subclasses. */
abstract class RegistryStoreContract extends RegistryDatabase {

  @Test
  void aVersionIsStoredWithEveryField() {
    createChurn();
    ModelVersion created = registerVersion(0.8);
    assertEquals(1, created.version());
    assertEquals(created, registry.version("churn", 1));
    ModelVersion read = registry.version("churn", 1);
    assertEquals(Map.of("log_loss", 0.4, "roc_auc", 0.8), read.metrics());
    assertEquals(Optional.of(10_000L), read.content().lineage().rowCount());
    assertEquals(Map.of("team", "risk"), read.tags());
    assertEquals("trained", read.description());
    assertEquals("bank churn", registry.model("churn").description());
  }

  @Test
  void numbersFollowEachOtherAndAreNeverReused() {
    createChurn();
    registerVersion(0.8);
    registerVersion(0.8);
    registry.deleteVersion("churn", 2, "ana", "bad");
    assertEquals(3, registerVersion(0.8).version());
  }

  @Test
  void aTakenNameIsRefusedAndNothingIsAudited() {
    createChurn();
    assertThrows(
        RegistryConflictException.class, () -> registry.createModel("churn", "", Map.of(), "bob"));
    assertEquals(1, registry.audit(Optional.empty()).size());
  }

  @Test
  void archiveExistingLeavesOneProduction() {
    createChurn();
    registerVersion(0.8);
    registerVersion(0.8);
    registry.transition("churn", 1, ModelStage.PRODUCTION, true, "ana", "first");
    registry.transition("churn", 2, ModelStage.PRODUCTION, true, "bob", "better");
    assertEquals(ModelStage.ARCHIVED, registry.version("churn", 1).stage());
    assertEquals(ModelStage.PRODUCTION, registry.version("churn", 2).stage());
    List<AuditEntry> audit = registry.audit(Optional.of("churn"));
    AuditEntry archived = audit.get(audit.size() - 2);
    assertEquals(AuditAction.TRANSITION, archived.event().action());
    assertEquals("Production", archived.event().from());
    assertEquals("Archived", archived.event().to());
    assertEquals("bob", audit.get(audit.size() - 1).event().actor());
    assertEquals("better", audit.get(audit.size() - 1).event().reason());
  }

  @Test
  void withoutArchiveTwoProductionsStayAndTheNewestIsDefault() {
    createChurn();
    registerVersion(0.8);
    registerVersion(0.8);
    registry.transition("churn", 1, ModelStage.PRODUCTION, false, "ana", "");
    registry.transition("churn", 2, ModelStage.PRODUCTION, false, "ana", "");
    assertEquals(ModelStage.PRODUCTION, registry.version("churn", 1).stage());
    assertEquals(2, registry.champion("churn").orElseThrow().version());
  }

  @Test
  void theChampionAliasWinsOverProductionAndMovingItIsAudited() {
    createChurn();
    registerVersion(0.8);
    registerVersion(0.8);
    registry.transition("churn", 2, ModelStage.PRODUCTION, true, "ana", "");
    registry.setAlias("churn", "champion", 1, "ana", "rollback");
    assertEquals(1, registry.champion("churn").orElseThrow().version());
    registry.setAlias("churn", "champion", 2, "bob", "forward");
    AuditEntry moved = last();
    assertEquals("champion@1", moved.event().from());
    assertEquals("champion@2", moved.event().to());
    registry.deleteAlias("churn", "champion", "bob", "");
    assertEquals(AuditAction.DELETE_ALIAS, last().event().action());
    assertEquals(Map.of(), registry.model("churn").aliases());
  }

  @Test
  void aRefusedChangeLeavesNoAuditEntry() {
    createChurn();
    registerVersion(0.8);
    int before = registry.audit(Optional.empty()).size();
    assertThrows(
        RegistryNotFoundException.class, () -> registry.setAlias("churn", "champion", 7, "a", ""));
    assertEquals(before, registry.audit(Optional.empty()).size());
    assertTrue(registry.verifyAudit().intact());
  }

  @Test
  void aPassedPromotionMovesChampionAndRecordsTheEvidence() {
    createChurn();
    registerVersion(0.80);
    registerVersion(0.83);
    registry.promote("churn", 1, GateDecision.unchecked(), "ana", "first");
    PromotionPolicy policy =
        new PromotionPolicy(Map.of("roc_auc", 0.75), Map.of(), Map.of("roc_auc", 0.01), Set.of());
    GateDecision decision =
        policy.evaluate(
            registry.version("churn", 2).metrics(),
            Optional.of(registry.version("churn", 1).metrics()));
    PromotionOutcome outcome = registry.promote("churn", 2, decision, "bob", "better auc");
    assertTrue(outcome.promoted());
    assertEquals(Optional.of(1), outcome.previousChampion());
    assertEquals(2, registry.champion("churn").orElseThrow().version());
    assertEquals(ModelStage.PRODUCTION, registry.version("churn", 2).stage());
    assertEquals(ModelStage.ARCHIVED, registry.version("churn", 1).stage());
    AuditEntry promoted = last();
    assertEquals(AuditAction.PROMOTE, promoted.event().action());
    assertTrue(promoted.event().evidence().contains("\"champion\":0.8"), promoted.toString());
  }

  @Test
  void aRefusedPromotionChangesNothingButIsRecorded() {
    createChurn();
    registerVersion(0.70);
    PromotionPolicy policy =
        new PromotionPolicy(Map.of("roc_auc", 0.75), Map.of(), Map.of(), Set.of());
    GateDecision decision =
        policy.evaluate(registry.version("churn", 1).metrics(), Optional.empty());
    PromotionOutcome outcome = registry.promote("churn", 1, decision, "bob", "try");
    assertFalse(outcome.promoted());
    assertEquals(Optional.empty(), registry.champion("churn"));
    assertEquals(ModelStage.NONE, registry.version("churn", 1).stage());
    assertEquals(AuditAction.PROMOTE_REFUSED, last().event().action());
    assertTrue(last().event().evidence().contains("FAIL"), last().event().evidence());
  }

  @Test
  void deletingAVersionDeletesItsAliasesAndKeepsTheTrail() {
    createChurn();
    registerVersion(0.8);
    registry.setAlias("churn", "challenger", 1, "ana", "");
    registry.deleteVersion("churn", 1, "ana", "withdrawn");
    assertEquals(Map.of(), registry.model("churn").aliases());
    assertEquals(AuditAction.DELETE_VERSION, last().event().action());
    registry.deleteModel("churn", "ana", "retired");
    assertThrows(RegistryNotFoundException.class, () -> registry.model("churn"));
    assertEquals(AuditAction.DELETE_MODEL, last().event().action());
    assertTrue(registry.verifyAudit().intact());
  }
}
