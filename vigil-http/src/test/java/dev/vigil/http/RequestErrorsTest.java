package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused request answers {error, field} with the right status and stores nothing. */
class RequestErrorsTest {

  private static final String VALID = ModelRoutesTest.CHURN;
  private static final int MAX_BODY = 4096;

  @TempDir Path dataDir;
  private Database database;
  private RunningServer server;

  @BeforeEach
  void start() {
    database = Database.openDataDir(dataDir);
    server = new RunningServer(new JdbcModelStore(database), Readiness::ok, MAX_BODY);
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("not JSON", "{\"name\": ", "body"),
        Arguments.of("trailing garbage", VALID + " }", "body"),
        Arguments.of("empty body", "", "body"),
        Arguments.of("an array", "[1]", "body"),
        Arguments.of(
            "duplicate key",
            VALID.replace("{\"name\": \"churn\",", "{\"name\": \"a\", \"name\": \"b\","),
            "body"),
        Arguments.of("missing name", VALID.replace("\"name\": \"churn\",", ""), "name"),
        Arguments.of("name not a string", VALID.replace("\"churn\"", "42"), "name"),
        Arguments.of("invalid name", VALID.replace("\"churn\"", "\"no spaces\""), "name"),
        Arguments.of("unknown field", VALID.replace("\"threshold\"", "\"treshold\""), "treshold"),
        Arguments.of("schema not an array", replaceSchema("\"x\""), "schema"),
        Arguments.of(
            "empty schema",
            replaceSchema("[]").replace("\"segments\": [\"Geography\"]", "\"segments\": []"),
            "schema"),
        Arguments.of("column not an object", replaceSchema("[1]"), "schema[0]"),
        Arguments.of(
            "column without name", replaceSchema("[{\"type\": \"numeric\"}]"), "schema[0].name"),
        Arguments.of(
            "blank column name",
            replaceSchema("[{\"name\": \" \", \"type\": \"numeric\"}]"),
            "schema[0].name"),
        Arguments.of(
            "unknown column type", VALID.replace("\"boolean\"", "\"text\""), "schema[2].type"),
        Arguments.of(
            "unknown column field",
            VALID.replace("\"type\": \"numeric\"", "\"type\": \"numeric\", \"unit\": \"y\""),
            "schema[0].unit"),
        Arguments.of("duplicate column", VALID.replace("\"IsActive\"", "\"Age\""), "schema"),
        Arguments.of(
            "blank positive class", VALID.replace("\"churned\"", "\"\""), "positive_class"),
        Arguments.of(
            "missing negative labels",
            VALID.replace("\"negative_labels\": [0, \"No\", false],", ""),
            "negative_labels"),
        Arguments.of(
            "empty positive labels", VALID.replace("[1, \"Yes\", true]", "[]"), "positive_labels"),
        Arguments.of(
            "label an object",
            VALID.replace("[1, \"Yes\", true]", "[{\"a\": 1}]"),
            "positive_labels[0]"),
        Arguments.of(
            "label on both sides",
            VALID.replace("[0, \"No\", false]", "[0, \"Yes\"]"),
            "negative_labels"),
        Arguments.of("threshold a string", VALID.replace("0.3", "\"high\""), "threshold"),
        Arguments.of("threshold above 1", VALID.replace("0.3", "1.5"), "threshold"),
        Arguments.of("unknown granularity", VALID.replace("\"minute\"", "\"day\""), "granularity"),
        Arguments.of("numeric segment", VALID.replace("[\"Geography\"]", "[\"Age\"]"), "segments"),
        Arguments.of(
            "segment not a column", VALID.replace("[\"Geography\"]", "[\"Nope\"]"), "segments"),
        Arguments.of(
            "segment not a string", VALID.replace("[\"Geography\"]", "[3]"), "segments[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void aBadBodyIsABadRequestNamingTheFieldAndStoresNothing(String why, String body, String field) {
    ErrorAnswers.assertError(server.postJson("/api/v1/models", body), 400, field);

    assertNothingStored();
  }

  @Test
  void theValidBodyOfTheseCasesIsAccepted() {
    // Guards the cases above: each one breaks exactly one thing in a body that is accepted.
    assertEquals(201, server.postJson("/api/v1/models", VALID).status());
  }

  @Test
  void aNonJsonContentTypeIsUnsupported() {
    Answer answer =
        server.send("POST", "/api/v1/models", "text/plain", BodyPublishers.ofString(VALID));

    ErrorAnswers.assertError(answer, 415, "Content-Type");
    assertNothingStored();
  }

  @Test
  void aMissingContentTypeIsUnsupported() {
    Answer answer = server.send("POST", "/api/v1/models", null, BodyPublishers.ofString(VALID));

    ErrorAnswers.assertError(answer, 415, "Content-Type");
    assertNothingStored();
  }

  @Test
  void jsonWithACharsetIsAccepted() {
    Answer answer =
        server.send(
            "POST",
            "/api/v1/models",
            "application/json; charset=utf-8",
            BodyPublishers.ofString(VALID));

    assertEquals(201, answer.status(), answer.body());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    Answer answer = server.postJson("/api/v1/models", padded(MAX_BODY + 1));

    ErrorAnswers.assertError(answer, 413, "body");
    assertNothingStored();
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLarge() {
    // No Content-Length: the limit must hold while reading.
    byte[] bytes = padded(MAX_BODY + 1).getBytes(StandardCharsets.UTF_8);
    Answer answer =
        server.send(
            "POST",
            "/api/v1/models",
            "application/json",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

    ErrorAnswers.assertError(answer, 413, "body");
    assertNothingStored();
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() {
    assertEquals(201, server.postJson("/api/v1/models", padded(MAX_BODY)).status());
  }

  @Test
  void anUnknownRouteIsNotFound() {
    ErrorAnswers.assertError(server.get("/api/v1/nothing-here"), 404, "path");
  }

  @Test
  void aWrongMethodOnAKnownRouteIsNotAllowed() {
    Answer answer = server.send("DELETE", "/api/v1/models", null, BodyPublishers.noBody());

    ErrorAnswers.assertError(answer, 405, "method");
  }

  /** The valid body padded with spaces to exactly {@code size} bytes. */
  private static String padded(int size) {
    String padding = " ".repeat(size - VALID.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(padding.length() > 0);
    return VALID + padding;
  }

  private static String replaceSchema(String schema) {
    int start = VALID.indexOf("[{\"name\": \"Age\"");
    int end = VALID.indexOf("]", VALID.indexOf("IsActive")) + 1;
    return VALID.substring(0, start) + schema + VALID.substring(end);
  }

  private void assertNothingStored() {
    assertEquals(0, server.get("/api/v1/models").json().get("models").size());
  }
}
