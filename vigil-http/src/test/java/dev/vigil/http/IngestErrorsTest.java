package dev.vigil.http;

import static dev.vigil.http.IngestFixture.PREDICTIONS;
import static dev.vigil.http.IngestFixture.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refused prediction request answers {error, field} naming the record and field, and stores
 * nothing of the request: each bad batch starts with a good record that must not be kept. On each
 * backend.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class IngestErrorsTest {

  private static final String GOOD = prediction("\"id\":\"good-1\",", 0.5);

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private IngestFixture fixture;

  @BeforeEach
  void start() {
    fixture =
        new IngestFixture(backend, dataDir, new ServerSettings("127.0.0.1", 0, 1 << 20, 3, 4));
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  static Stream<Arguments> badRecords() {
    return Stream.of(
        Arguments.of("score missing", "{\"features\":{},\"model_version\":\"1\"}", "score"),
        Arguments.of("score a string", prediction("", 0.5).replace("0.5", "\"high\""), "score"),
        Arguments.of("score above 1", prediction("", 1.5), "score"),
        Arguments.of("bad id", prediction("\"id\":\"has space\",", 0.5), "id"),
        Arguments.of("id a number", prediction("\"id\":7,", 0.5), "id"),
        Arguments.of(
            "version missing",
            prediction("", 0.5).replace(",\"model_version\":\"3\"", ""),
            "model_version"),
        Arguments.of(
            "blank version", prediction("", 0.5).replace("\"3\"", "\" \""), "model_version"),
        Arguments.of(
            "bad timestamp",
            prediction("", 0.5).replace("2026-11-01T10", "yesterday"),
            "timestamp"),
        Arguments.of("features missing", "{\"score\":0.5,\"model_version\":\"1\"}", "features"),
        Arguments.of(
            "features an array",
            "{\"features\":[1],\"score\":0.5,\"model_version\":\"1\"}",
            "features"),
        Arguments.of(
            "feature an object",
            "{\"features\":{\"Age\":{\"v\":1}},\"score\":0.5,\"model_version\":\"1\"}",
            "features.Age"),
        Arguments.of(
            "feature not finite",
            "{\"features\":{\"Age\":1e999},\"score\":0.5,\"model_version\":\"1\"}",
            "features.Age"),
        Arguments.of(
            "too many features",
            "{\"features\":{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1},\"score\":0.5,"
                + "\"model_version\":\"1\"}",
            "features"),
        Arguments.of("unknown field", prediction("\"idd\":\"x\",", 0.5), "idd"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRecords")
  void aBadSecondRecordIsNamedAndNothingIsStored(String why, String record, String field) {
    Answer answer =
        fixture.server.postJson(PREDICTIONS, "{\"records\":[" + GOOD + "," + record + "]}");

    ErrorAnswers.assertError(answer, 400, "records[1]." + field);
    assertEquals(0, fixture.storedPredictions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRecords")
  void ndjsonNamesTheRecordTheSameWay(String why, String record, String field) {
    Answer answer = fixture.server.postNdjson(PREDICTIONS, GOOD + "\n" + record + "\n");

    ErrorAnswers.assertError(answer, 400, "records[1]." + field);
    assertEquals(0, fixture.storedPredictions());
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("not JSON", "{\"records\": [", "body"),
        Arguments.of("not an object", "[1]", "body"),
        Arguments.of("no records field", "{}", "records"),
        Arguments.of("records not an array", "{\"records\": {}}", "records"),
        Arguments.of("empty records", "{\"records\": []}", "records"),
        Arguments.of("a record not an object", "{\"records\": [" + GOOD + ", 3]}", "records[1]"),
        Arguments.of("unknown top-level field", "{\"records\": [], \"x\": 1}", "x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void aBadRequestIsNamedAndNothingIsStored(String why, String body, String field) {
    ErrorAnswers.assertError(fixture.server.postJson(PREDICTIONS, body), 400, field);
    assertEquals(0, fixture.storedPredictions());
  }

  @Test
  void ndjsonSyntaxErrorNamesTheRecord() {
    Answer answer = fixture.server.postNdjson(PREDICTIONS, GOOD + "\n{oops\n");

    ErrorAnswers.assertError(answer, 400, "records[1]");
    assertEquals(0, fixture.storedPredictions());
  }

  @Test
  void tooManyRecordsIsTooLarge() {
    String four = String.join(",", GOOD, GOOD, GOOD, GOOD);

    ErrorAnswers.assertError(
        fixture.server.postJson(PREDICTIONS, "{\"records\":[" + four + "]}"), 413, "records");
    ErrorAnswers.assertError(
        fixture.server.postNdjson(PREDICTIONS, four.replace("},{", "}\n{")), 413, "records");
    assertEquals(0, fixture.storedPredictions());
  }

  @Test
  void anUnknownModelIsNotFound() {
    Answer answer =
        fixture.server.postJson("/api/v1/models/nope/predictions", "{\"records\":[" + GOOD + "]}");

    ErrorAnswers.assertError(answer, 404, "name");
  }

  @Test
  void anotherContentTypeIsRefused() {
    Answer answer =
        fixture.server.send(
            "POST", PREDICTIONS, "text/plain", BodyPublishers.ofString("{\"records\":[]}"));

    ErrorAnswers.assertError(answer, 415, "Content-Type");
  }

  @Test
  void refusalsAreCountedByRouteAndReason() {
    fixture.server.postJson("/api/v1/models/nope/predictions", "{}");
    fixture.server.postJson(PREDICTIONS, "{oops");
    fixture.server.postJson(PREDICTIONS, "{\"records\":[" + prediction("", 2) + "]}");
    fixture.server.postJson(PREDICTIONS, "{\"records\":[" + prediction("", 2) + "]}");

    PrometheusText metrics = PrometheusText.parse(fixture.server.get("/metrics").body());

    String route = "route=\"/api/v1/models/{name}/predictions\"";
    assertEquals("counter", metrics.typeOf("vigil_rejected_requests_total"));
    assertEquals(
        1.0,
        metrics.value("vigil_rejected_requests_total{reason=\"unknown_model\"," + route + "}"));
    assertEquals(
        1.0, metrics.value("vigil_rejected_requests_total{reason=\"malformed\"," + route + "}"));
    assertEquals(
        2.0,
        metrics.value("vigil_rejected_requests_total{reason=\"invalid_record\"," + route + "}"));
  }
}
