package dev.vigil.http;

import static dev.vigil.http.ApiTokensTest.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.NewVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With API tokens, a registry change is audited under the name of the token that made it. */
class RegistryActorTest {

  @TempDir Path dataDir;

  @Test
  void theTokensNameIsTheActor() {
    ApiTokens tokens =
        new ApiTokens(
            List.of(
                token("release-bot", "s3cret-admin", Scope.ADMIN),
                token("viewer", "s3cret-read", Scope.READ)));
    ServerSettings settings = new ServerSettings("127.0.0.1", 0, 1 << 20).withTokens(tokens);
    try (RegistryServer server = new RegistryServer(Backend.SQLITE, dataDir, settings)) {
      server.registry.createModel("churn", "", Map.of(), "setup");
      server.registry.createVersion("churn", NewVersion.of("artifacts/churn/1", "", ""), "setup");
      String stage = "{\"stage\": \"Staging\"}";
      String path = "/api/v1/registry/models/churn/versions/1/stage";
      assertEquals(
          403,
          server.send("POST", path, stage, Map.of("Authorization", "Bearer s3cret-read")).status());
      assertEquals(
          200,
          server
              .send("POST", path, stage, Map.of("Authorization", "Bearer s3cret-admin"))
              .status());
      List<AuditEntry> audit = server.registry.audit(Optional.empty());
      assertEquals(3, audit.size());
      assertEquals("release-bot", audit.get(2).event().actor());
    }
  }
}
