package dev.vigil.http;

import static dev.vigil.http.ApiTokensTest.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.store.Database;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With tokens configured: who may use which route (401 / 403 / through), on a real server. */
class ApiTokenRoutesTest {

  private static final String INGEST = "ingest-secret-1";
  private static final String READ = "read-secret-2";
  private static final String ADMIN = "admin-secret-3";
  private static final String INGEST_AND_READ = "both-secret-4";
  private static final String PREDICTION =
      "{\"records\":[" + IngestFixture.prediction("\"id\":\"p-1\",", 0.7) + "]}";
  private static final String LABEL = "{\"records\":[{\"prediction_id\":\"p-1\",\"label\":1}]}";

  /** One request of the matrix: method, path, body. */
  private record Call(String method, String path, String body) {}

  private static final Call LIST = new Call("GET", "/api/v1/models", null);
  private static final Call SHOW = new Call("GET", "/api/v1/models/churn", null);
  private static final Call PREDICT = new Call("POST", IngestFixture.PREDICTIONS, PREDICTION);
  private static final Call FEEDBACK = new Call("POST", IngestFixture.FEEDBACK, LABEL);
  private static final Call KSERVE = new Call("POST", "/api/v1/kserve/events", "{}");
  private static final Call REGISTER = new Call("POST", "/api/v1/models", "{}");
  private static final List<Call> ALL = List.of(LIST, SHOW, PREDICT, FEEDBACK, KSERVE, REGISTER);

  @TempDir Path dataDir;
  private Database database;
  private JdbcPredictionStore predictions;
  private RunningServer server;

  @BeforeEach
  void start() {
    database = Database.openDataDir(dataDir);
    predictions = new JdbcPredictionStore(database);
    ApiTokens tokens =
        new ApiTokens(
            List.of(
                token("ci", INGEST, Scope.INGEST),
                token("dashboard", READ, Scope.READ),
                token("ops", ADMIN, Scope.ADMIN),
                token("both", INGEST_AND_READ, Scope.INGEST, Scope.READ)));
    server =
        new RunningServer(
            new EventStores(
                new JdbcModelStore(database),
                predictions,
                new JdbcLabelStore(database),
                new JdbcPendingEventStore(database)),
            Readiness::ok,
            new ServerSettings("127.0.0.1", 0, 1 << 20).withTokens(tokens),
            Clock.systemUTC());
    Answer registered = call(new Call("POST", "/api/v1/models", ModelRoutesTest.CHURN), ADMIN);
    assertEquals(201, registered.status(), registered.body());
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  @Test
  void withoutAKnownTokenEveryApiRouteIs401() {
    for (Call c : ALL) {
      for (String header : new String[] {null, "Bearer nope", "Bearer ", "Basic " + ADMIN}) {
        Answer answer = call(c, header == null ? Map.of() : Map.of("Authorization", header));
        ErrorAnswers.assertError(answer, 401, "Authorization");
        assertEquals("Bearer", answer.header("WWW-Authenticate"), c.path());
      }
    }
    ErrorAnswers.assertError(
        call(new Call("GET", "/api/v1/none", null), Map.of()), 401, "Authorization");
    assertEquals(0, predictions.countByModel("churn"), "nothing stored without a token");
  }

  @Test
  void eachScopeOpensItsRoutesOnly() {
    assertMatrix(INGEST, List.of(PREDICT, FEEDBACK, KSERVE), List.of(LIST, SHOW, REGISTER));
    assertMatrix(READ, List.of(LIST, SHOW), List.of(PREDICT, FEEDBACK, KSERVE, REGISTER));
    assertMatrix(
        INGEST_AND_READ, List.of(LIST, SHOW, PREDICT, FEEDBACK, KSERVE), List.of(REGISTER));
    assertMatrix(ADMIN, ALL, List.of());
  }

  @Test
  void anAllowedRequestIsServedNormally() {
    assertEquals(200, call(LIST, READ).status());
    assertEquals("churn", call(SHOW, READ).json().get("name").asText());
    assertEquals(200, call(PREDICT, INGEST).status(), call(PREDICT, INGEST).body());
    assertEquals(1, predictions.countByModel("churn"));
    assertEquals(200, call(FEEDBACK, INGEST).status());
    ErrorAnswers.assertError(call(KSERVE, INGEST), 400, "ce-type");
    ErrorAnswers.assertError(call(REGISTER, ADMIN), 400, "name");
  }

  @Test
  void aRefusedIngestStoresNothing() {
    ErrorAnswers.assertError(call(PREDICT, READ), 403, "Authorization");
    assertEquals(0, predictions.countByModel("churn"));
  }

  @Test
  void healthReadinessAndMetricsStayOpen() {
    for (String path : List.of("/healthz", "/readyz", "/metrics")) {
      assertEquals(200, server.get(path).status(), path);
    }
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    assertEquals(200, call(LIST, Map.of("Authorization", "bearer " + READ)).status());
  }

  @Test
  void answersNeverEchoTheToken() {
    Answer unknown = call(LIST, Map.of("Authorization", "Bearer wrong-" + READ));
    Answer forbidden = call(REGISTER, READ);

    for (Answer answer : List.of(unknown, forbidden)) {
      assertFalse(answer.body().contains(READ), answer.body());
      assertFalse(answer.response().headers().map().toString().contains(READ));
    }
    assertTrue(forbidden.json().get("error").asText().contains("'dashboard'"), forbidden.body());
    assertTrue(forbidden.json().get("error").asText().contains("'admin'"), forbidden.body());
  }

  private void assertMatrix(String secret, List<Call> allowed, List<Call> refused) {
    for (Call c : allowed) {
      Answer answer = call(c, secret);
      assertNotEquals(401, answer.status(), c + " " + answer.body());
      assertNotEquals(403, answer.status(), c + " " + answer.body());
    }
    for (Call c : refused) {
      ErrorAnswers.assertError(call(c, secret), 403, "Authorization");
    }
  }

  private Answer call(Call c, String secret) {
    return call(c, secret == null ? Map.of() : Map.of("Authorization", "Bearer " + secret));
  }

  private Answer call(Call c, Map<String, String> headers) {
    var body = c.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(c.body());
    String type = c.body() == null ? null : "application/json";
    return server.send(c.method(), c.path(), type, body, headers);
  }
}
