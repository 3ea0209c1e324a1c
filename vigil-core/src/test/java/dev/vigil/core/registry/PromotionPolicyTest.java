package dev.vigil.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromotionPolicyTest {

  private final PromotionPolicy policy =
      new PromotionPolicy(
          Map.of("roc_auc", 0.75),
          Map.of("log_loss", 0.5),
          Map.of("roc_auc", 0.01, "log_loss", 0.02),
          Set.of("log_loss", "brier"));

  @Test
  void aCandidateWithinEveryBoundPasses() {
    GateDecision d =
        policy.evaluate(
            Map.of("roc_auc", 0.80, "log_loss", 0.40),
            Optional.of(Map.of("roc_auc", 0.805, "log_loss", 0.39)));
    assertTrue(d.passed(), d.checks().toString());
    assertEquals(4, d.checks().size());
  }

  @Test
  void aDropBeyondTheBoundFailsWithBothValuesInTheEvidence() {
    GateDecision d =
        policy.evaluate(
            Map.of("roc_auc", 0.80, "log_loss", 0.40),
            Optional.of(Map.of("roc_auc", 0.82, "log_loss", 0.40)));
    assertFalse(d.passed());
    GateCheck failed = d.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
    assertEquals("roc_auc max_drop 0.01: 0.8 vs champion 0.82 -> FAIL", failed.line());
    assertTrue(d.evidenceJson().contains("\"champion\":0.82"), d.evidenceJson());
  }

  @Test
  void lowerIsBetterMetricsFailOnARise() {
    GateDecision d =
        policy.evaluate(
            Map.of("roc_auc", 0.80, "log_loss", 0.45),
            Optional.of(Map.of("roc_auc", 0.80, "log_loss", 0.40)));
    assertEquals(
        List.of("log_loss max_drop 0.02: 0.45 vs champion 0.4 -> FAIL"),
        d.checks().stream().filter(c -> !c.passed()).map(GateCheck::line).toList());
  }

  @Test
  void aMissingMetricFailsAndNoChampionPassesTheDropRules() {
    GateDecision d = policy.evaluate(Map.of("log_loss", 0.3), Optional.empty());
    assertFalse(d.passed());
    assertEquals(
        List.of("roc_auc minimum 0.75: missing -> FAIL", "roc_auc max_drop 0.01: missing -> FAIL"),
        d.checks().stream().filter(c -> !c.passed()).map(GateCheck::line).toList());
  }

  @Test
  void anExactBoundPasses() {
    assertTrue(
        policy.evaluate(Map.of("roc_auc", 0.75, "log_loss", 0.5), Optional.empty()).passed());
  }

  @Test
  void badBoundsAreRefusedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PromotionPolicy(Map.of(), Map.of(), Map.of("roc_auc", -0.1), Set.of()));
    assertTrue(e.getMessage().startsWith("maxDrop.roc_auc"), e.getMessage());
  }
}
