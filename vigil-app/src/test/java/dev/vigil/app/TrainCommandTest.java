package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.train.RealPushgateway;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.ReferenceSummaryCodec;
import dev.vigil.models.LoadedModel;
import dev.vigil.models.ModelBundle;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcRegistryStore;
import dev.vigil.store.JdbcTrackingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil train} on the bank churn file, as a user runs it: a tracked run, a registered
 * version with its lineage and bundle, the promotion gate, the audit trail and the Pushgateway. The
 * tests run in order on one data dir, like a user's successive commands.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainCommandTest {

  @TempDir static Path dataDir;
  @TempDir static Path configDir;

  private static final Path CHURN = SharedData.path("Churn_Modelling.csv");

  @Test
  @Order(1)
  void trainsRegistersAndPromotesTheFirstVersionThroughTheGate() throws Exception {
    Path config = policy("  minimum:\n    roc_auc: 0.8\n  max_drop:\n    roc_auc: 0.01\n");
    CommandRun run = train("--promote", "--config", config.toString(), "--reason", "first model");
    assertEquals(0, run.exitCode(), run.err() + run.out());
    assertTrue(run.out().contains("not learnt from: RowNumber"), run.out());
    assertTrue(run.out().contains("not learnt from: Surname"), run.out());
    assertTrue(run.out().contains("Registered churn version 1."), run.out());
    assertTrue(run.out().contains("Promoted to champion"), run.out());
    assertTrue(run.err().contains("training: round 200/200 (100%)"), run.err());

    try (Database db = Database.openDataDir(dataDir)) {
      Registry registry = new Registry(new JdbcRegistryStore(db), Clock.systemUTC());
      ModelVersion v1 = registry.champion("churn").orElseThrow();
      assertEquals(1, v1.version());
      assertTrue(v1.metrics().get("roc_auc") > 0.86, v1.metrics().toString());
      assertEquals(Optional.of(10_000L), v1.content().lineage().rowCount());
      assertEquals(64, v1.content().lineage().dataSha256().orElseThrow().length());

      Tracking tracking = new Tracking(new JdbcTrackingStore(db), Clock.systemUTC());
      Run tracked = tracking.run(v1.content().runId());
      assertEquals(RunStatus.FINISHED, tracked.status());
      assertEquals(
          v1.metrics().get("roc_auc"), tracked.metric("holdout_roc_auc").orElseThrow().value());
      assertEquals("1", tracked.tags().get("vigil.model_version"));

      try (LoadedModel model =
          ModelBundle.load(
              Path.of(v1.content().source()), v1.content().artifactSha256().orElseThrow())) {
        assertEquals(10, model.inputs().size(), model.inputs().names().toString());
        Object[] row = {619.0, "France", "Female", 42.0, 2.0, 0.0, 1.0, 1.0, 1.0, 101348.88};
        double score = model.score(List.<Object[]>of(row))[0];
        assertTrue(score > 0 && score < 1, "score " + score);
      }
      assertTrue(new JdbcModelStore(db).find("churn").isPresent());
      ReferenceSummary reference = new JdbcReferenceStore(db).find("churn").orElseThrow();
      assertEquals(10_000L, reference.rows());
      // The (score, label) pairs CBPE is fitted on are the holdout's (20 %, stratified) only.
      LabelledScoreSample pairs = reference.labelledScores();
      assertEquals(2_000, pairs.size());
      assertEquals(2_000, pairs.seen());
      assertEquals(407, pairs.positives()); // 20.37 % churned, stratified
    }
  }

  @Test
  @Order(2)
  void aWorseChallengerIsRegisteredButTheGateKeepsTheChampion() throws Exception {
    Path config = policy("  max_drop:\n    roc_auc: 0.01\n");
    CommandRun run = train("--algorithm", "logistic", "--promote", "--config", config.toString());
    assertEquals(3, run.exitCode(), run.err() + run.out());
    assertTrue(run.out().contains("Registered churn version 2 (parent 1)."), run.out());
    assertTrue(run.out().contains("REFUSED"), run.out());

    try (Database db = Database.openDataDir(dataDir)) {
      Registry registry = new Registry(new JdbcRegistryStore(db), Clock.systemUTC());
      assertEquals(1, registry.champion("churn").orElseThrow().version());
      List<AuditEntry> audit = registry.audit(Optional.of("churn"));
      AuditEntry last = audit.get(audit.size() - 1);
      assertEquals("promote_refused", last.event().action().id());
      assertTrue(last.event().evidence().contains("roc_auc"), last.event().evidence());
      assertTrue(registry.verifyAudit().intact());
    }
  }

  @Test
  @Order(3)
  void theRunsFiguresArePushedToThePushgateway() throws Exception {
    try (RealPushgateway gateway = RealPushgateway.start()) {
      CommandRun run = train("--no-register", "--pushgateway", gateway.url().toString());
      assertEquals(0, run.exitCode(), run.err() + run.out());
      String page = gateway.scrape();
      assertTrue(
          page.lines()
              .anyMatch(
                  l ->
                      l.startsWith("vigil_training_rows{")
                          && l.contains("class=\"1\"")
                          && l.contains("job=\"vigil_train\"")
                          && l.endsWith(" 2037")),
          page);
      assertTrue(page.contains("vigil_training_metric{"), page);
      assertTrue(page.contains("metric=\"roc_auc\""), page);
    }
  }

  @Test
  @Order(4)
  void aMissingTargetIsRefusedAndNothingIsRecorded() throws Exception {
    CommandRun run =
        CommandRun.of(
            "train",
            "--data",
            CHURN.toString(),
            "--target",
            "Churned",
            "--data-dir",
            dataDir.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("--target: no column 'Churned'"), run.err());
    try (Database db = Database.openDataDir(dataDir)) {
      Registry registry = new Registry(new JdbcRegistryStore(db), Clock.systemUTC());
      assertEquals(2, registry.versions("churn").size());
    }
  }

  @Test
  @Order(5)
  void promotingTheChallengerByHandMakesItsTrainingDataTheReference() throws Exception {
    CommandRun promote =
        CommandRun.of(
            "registry",
            "promote",
            "churn",
            "2",
            "--data-dir",
            dataDir.toString(),
            "--actor",
            "ops");
    assertEquals(0, promote.exitCode(), promote.err() + promote.out());
    assertTrue(promote.out().contains("reference is now v2's training data"), promote.out());
    try (Database db = Database.openDataDir(dataDir)) {
      ModelVersion v2 =
          new Registry(new JdbcRegistryStore(db), Clock.systemUTC())
              .champion("churn")
              .orElseThrow();
      assertEquals(2, v2.version());
      byte[] profile =
          ModelBundle.extra(
              Path.of(v2.content().source()),
              v2.content().artifactSha256().orElseThrow(),
              ModelBundle.REFERENCE_PROFILE);
      byte[] reference =
          ReferenceSummaryCodec.encode(new JdbcReferenceStore(db).find("churn").orElseThrow());
      assertArrayEquals(profile, reference);
    }
  }

  private static CommandRun train(String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                "--data",
                CHURN.toString(),
                "--target",
                "Exited",
                "--data-dir",
                dataDir.toString(),
                "--actor",
                "test"));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static Path policy(String rules) throws Exception {
    Path file = Files.createTempFile(configDir, "vigil", ".yaml");
    Files.writeString(file, "promotion:\n" + rules);
    return file;
  }
}
