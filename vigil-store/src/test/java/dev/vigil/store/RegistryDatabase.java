package dev.vigil.store;

import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.Registry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A registry on an emptied database of the subclass, with a settable clock. */
abstract class RegistryDatabase {

  static final String DATA_SHA = "ab".repeat(32);

  protected Database database;
  protected Registry registry;
  protected final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    execute(
        "DELETE FROM registry_alias",
        "DELETE FROM registry_version",
        "DELETE FROM registry_model",
        "DELETE FROM registry_audit",
        "UPDATE registry_audit_head SET entry_count = 0, last_hash = '" + "0".repeat(64) + "'");
    registry = new Registry(new JdbcRegistryStore(database), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  void execute(String... statements) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.executeUpdate(sql);
      }
    }
  }

  static NewVersion version(double auc) {
    return new NewVersion(
        "artifacts/churn/x",
        "run-1",
        "trained",
        Map.of("team", "risk"),
        Map.of("roc_auc", auc, "log_loss", 0.4),
        Map.of("max_depth", "6"),
        new Lineage(
            Optional.of("run-1"), Optional.of(DATA_SHA), Optional.of(10_000L), Optional.of(1)),
        Optional.of("cd".repeat(32)));
  }

  ModelVersion registerVersion(double auc) {
    clock.advance(Duration.ofSeconds(1));
    return registry.createVersion("churn", version(auc), "ana");
  }

  void createChurn() {
    registry.createModel("churn", "bank churn", Map.of("owner", "risk"), "ana");
  }

  AuditEntry last() {
    List<AuditEntry> all = registry.audit(Optional.empty());
    return all.get(all.size() - 1);
  }
}
