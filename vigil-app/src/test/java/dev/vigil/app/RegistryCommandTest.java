package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.registry.AuditAction;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.GateDecision;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcRegistryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil registry ...} on a data directory holding a model with two versions. */
class RegistryCommandTest {

  @TempDir Path dataDir;

  @BeforeEach
  void twoVersions() {
    withRegistry(
        registry -> {
          registry.createModel("churn", "bank churn", Map.of(), "setup");
          registry.createVersion("churn", version(0.80, "4"), "setup");
          registry.createVersion("churn", version(0.85, "6"), "setup");
          return registry.promote("churn", 1, GateDecision.unchecked(), "setup", "first");
        });
  }

  static NewVersion version(double auc, String depth) {
    return new NewVersion(
        "artifacts/churn/" + depth,
        "run-" + depth,
        "",
        Map.of(),
        Map.of("roc_auc", auc, "log_loss", 0.40),
        Map.of("max_depth", depth),
        new Lineage(
            Optional.of("run-" + depth),
            Optional.of("ab".repeat(32)),
            Optional.of(10_000L),
            Optional.empty()),
        Optional.empty());
  }

  <T> T withRegistry(Function<Registry, T> work) {
    try (Database db = Database.openDataDir(dataDir)) {
      return work.apply(new Registry(new JdbcRegistryStore(db), Clock.systemUTC()));
    }
  }

  CommandRun registry(String... args) {
    return CommandRun.inDataDir(dataDir, "registry", args);
  }

  Path config(String yaml) throws Exception {
    Path file = dataDir.resolve("vigil.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void listsModelsWithTheirChampion() {
    CommandRun run = registry("list");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().lines().anyMatch(l -> l.matches("churn\\s+2\\s+v1\\s+v1\\s+bank churn")),
        run.out());
  }

  @Test
  void showsAModelAndOneVersionInFull() {
    CommandRun model = registry("show", "churn");
    assertEquals(0, model.exitCode(), model.err());
    assertTrue(model.out().contains("Champion:    v1"), model.out());
    CommandRun version = registry("show", "churn", "--version", "2");
    assertTrue(version.out().contains("rows:           10000"), version.out());
    assertTrue(version.out().contains("max_depth            6"), version.out());
  }

  @Test
  void promotesWhenTheGatePassesAndRecordsTheEvidence() throws Exception {
    Path config = config("promotion:\n  minimum: {roc_auc: 0.75}\n  max_drop: {roc_auc: 0.01}\n");
    CommandRun run =
        registry(
            "promote",
            "churn",
            "2",
            "--reason",
            "better",
            "--actor",
            "ana",
            "--config",
            config.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out().contains("roc_auc max_drop 0.01: 0.85 vs champion 0.8 -> pass"), run.out());
    assertTrue(run.out().contains("Promoted churn v2 to champion (was v1)"), run.out());
    AuditEntry last = lastEntry();
    assertEquals(AuditAction.PROMOTE, last.event().action());
    assertEquals("ana", last.event().actor());
    assertTrue(last.event().evidence().contains("\"champion\":0.8"), last.event().evidence());
  }

  @Test
  void aRefusedPromotionExitsOneAndIsRecorded() throws Exception {
    Path config = config("promotion:\n  minimum: {roc_auc: 0.9}\n");
    CommandRun run =
        registry("promote", "churn", "2", "--actor", "ana", "--config", config.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("roc_auc minimum 0.9: 0.85 -> FAIL"), run.out());
    assertEquals(AuditAction.PROMOTE_REFUSED, lastEntry().event().action());
    int champion = withRegistry(r -> r.champion("churn").orElseThrow().version());
    assertEquals(1, champion);
  }

  @Test
  void comparesTwoVersionsSideBySide() {
    CommandRun run = registry("compare", "churn", "1", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().lines().anyMatch(l -> l.matches("\\s+roc_auc\\s+0.8000\\s+0.8500\\s+\\+0.0500")),
        run.out());
    assertTrue(
        run.out().lines().anyMatch(l -> l.matches("\\s+max_depth\\s+4\\s+6\\s+differs")),
        run.out());
  }

  @Test
  void verifyAuditExitsOneNamingTheTamperedEntry() throws Exception {
    assertEquals(0, registry("verify-audit").exitCode());
    try (Database db = Database.openDataDir(dataDir);
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE registry_audit SET reason = 'nothing' WHERE sequence = 4");
    }
    CommandRun run = registry("verify-audit");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("BROKEN at entry 4"), run.out());
  }

  @Test
  void usageErrorsExitTwoNamingTheProblem() throws Exception {
    CommandRun unknownOption = registry("list", "--colour");
    assertEquals(2, unknownOption.exitCode());
    assertTrue(unknownOption.err().contains("--colour"), unknownOption.err());
    CommandRun unknownModel = registry("show", "nope");
    assertEquals(2, unknownModel.exitCode());
    assertTrue(unknownModel.err().contains("no registered model named 'nope'"), unknownModel.err());
    Path bad = config("promotion:\n  minimun: {roc_auc: 0.9}\n");
    CommandRun badConfig = registry("promote", "churn", "2", "--config", bad.toString());
    assertEquals(2, badConfig.exitCode());
    assertTrue(badConfig.err().contains("promotion.minimun"), badConfig.err());
    assertEquals(2, registry("promote", "churn", "two").exitCode());
    assertEquals(2, CommandRun.of("registry").exitCode());
  }

  private AuditEntry lastEntry() {
    List<AuditEntry> all = withRegistry(r -> r.audit(Optional.empty()));
    return all.get(all.size() - 1);
  }
}
