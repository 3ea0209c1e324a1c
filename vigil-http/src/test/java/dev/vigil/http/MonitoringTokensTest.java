package dev.vigil.http;

import static dev.vigil.http.ApiTokensTest.token;
import static dev.vigil.http.ErrorAnswers.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With tokens: the monitoring queries need {@code read}, the reference upload {@code admin}. */
class MonitoringTokensTest {

  private static final String INGEST = "ingest-secret-1";
  private static final String READ = "read-secret-2";
  private static final String ADMIN = "admin-secret-3";
  private static final List<String> READS = List.of("windows", "drift", "performance", "reference");

  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    ApiTokens tokens =
        new ApiTokens(
            List.of(
                token("ci", INGEST, Scope.INGEST),
                token("dashboard", READ, Scope.READ),
                token("ops", ADMIN, Scope.ADMIN)));
    fixture =
        new QueryFixture(
            Backend.SQLITE,
            dataDir,
            new ServerSettings("127.0.0.1", 0, 1 << 20).withTokens(tokens),
            bearer(ADMIN));
    fixture.reference();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private Answer get(String route, String token) {
    return fixture.server.send(
        "GET", "/api/v1/models/churn/" + route, null, BodyPublishers.noBody(), bearer(token));
  }

  private Answer putReference(String token, String contentType) {
    return fixture.server.send(
        "PUT",
        "/api/v1/models/churn/reference",
        contentType,
        BodyPublishers.ofString("{}"),
        bearer(token));
  }

  @Test
  void queriesNeedRead() {
    for (String route : READS) {
      assertEquals(200, get(route, READ).status(), route);
      assertEquals(200, get(route, ADMIN).status(), route);
      assertError(get(route, INGEST), 403, "Authorization");
    }
  }

  @Test
  void theReferenceUploadNeedsAdmin() {
    assertError(putReference(READ, "text/csv"), 403, "Authorization");
    assertError(putReference(INGEST, "text/csv"), 403, "Authorization");
    // Through the gate, the request is judged on its own: here its content type.
    assertError(putReference(ADMIN, "application/json"), 415, "Content-Type");
  }

  @Test
  void theOpenApiDocumentStaysOpen() {
    assertEquals(200, fixture.server.get("/openapi.json").status());
  }
}
