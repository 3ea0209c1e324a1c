package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET .../drift?granularity=} on a real server, on each backend: every bucket's drift equals
 * the whole-range drift query over that bucket's part of the range.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class DriftBucketsRouteTest {

  private static final String DRIFT = "/api/v1/models/churn/drift?";
  private static final List<String> DRIFT_FIELDS =
      List.of("predictions", "features", "skipped", "dataset", "prediction", "label");

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    fixture = new QueryFixture(backend, dataDir);
    fixture.standardWindows(); // 2026-11-22T22:00 (3 predictions), 2026-11-23T10:00 (2)
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode ok(String query) {
    Answer answer = fixture.server.get(DRIFT + query);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static String range(String from, String to) {
    return "from=" + from + "&to=" + to;
  }

  /** The bucket's drift fields are those of the whole-range query over [from, to). */
  private void assertSameDrift(JsonNode bucket, String from, String to) {
    JsonNode single = ok(range(from, to));
    for (String field : DRIFT_FIELDS) {
      assertEquals(single.get(field), bucket.get(field), field + " of the bucket " + from);
    }
  }

  @Test
  void hourlyBucketsEqualTheDriftOfEachHour() {
    fixture.reference();
    JsonNode answer =
        ok(range("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z") + "&granularity=hour");
    assertEquals("hour", answer.get("granularity").asText());
    JsonNode buckets = answer.get("buckets");
    assertEquals(2, buckets.size(), "only the hours holding windows");
    assertEquals("2026-11-22T22:00:00Z", buckets.at("/0/start").asText());
    assertEquals("2026-11-22T23:00:00Z", buckets.at("/0/end").asText());
    assertEquals(3, buckets.at("/0/predictions").asLong());
    assertEquals("2026-11-23T10:00:00Z", buckets.at("/1/start").asText());
    assertEquals(2, buckets.at("/1/predictions").asLong());
    assertTrue(buckets.at("/0/features").size() > 0);
    assertSameDrift(buckets.get(0), "2026-11-22T22:00:00Z", "2026-11-22T23:00:00Z");
    assertSameDrift(buckets.get(1), "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z");
    // The whole range as the query without granularity answers it.
    JsonNode total = ok(range("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z"));
    for (String field : DRIFT_FIELDS) {
      assertEquals(total.get(field), answer.get(field), field);
    }
    assertTrue(total.get("granularity").isNull());
    assertEquals(0, total.get("buckets").size());
  }

  @Test
  void partialDayBucketsCoverTheirPartOfTheRange() {
    fixture.reference();
    JsonNode answer =
        ok(range("2026-11-22T12:00:00Z", "2026-11-23T12:00:00Z") + "&granularity=day");
    JsonNode buckets = answer.get("buckets");
    assertEquals(2, buckets.size());
    assertTrue(buckets.at("/0/partial").asBoolean());
    assertEquals("2026-11-22T00:00:00Z", buckets.at("/0/start").asText());
    assertSameDrift(buckets.get(0), "2026-11-22T12:00:00Z", "2026-11-23T00:00:00Z");
    assertSameDrift(buckets.get(1), "2026-11-23T00:00:00Z", "2026-11-23T12:00:00Z");
  }

  @Test
  void segmentAndVersionScopeEveryBucket() {
    fixture.reference();
    String scope = "&segment=Geography%3DFrance&version=1";
    JsonNode answer =
        ok(range("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z") + "&granularity=hour" + scope);
    assertEquals(1, answer.get("buckets").size());
    assertEquals(1, answer.at("/buckets/0/predictions").asLong());
    JsonNode single = ok(range("2026-11-22T22:00:00Z", "2026-11-22T23:00:00Z") + scope);
    assertEquals(single.get("features"), answer.at("/buckets/0/features"));
  }

  @Test
  void refusals() {
    String day = range("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z");
    ErrorAnswers.assertError(
        fixture.server.get(DRIFT + day + "&granularity=day"), 409, "reference");
    fixture.reference();
    ErrorAnswers.assertError(
        fixture.server.get(DRIFT + day + "&granularity=minute"), 400, "granularity");
    ErrorAnswers.assertError(
        fixture.server.get(DRIFT + day + "&granularity=fortnight"), 400, "granularity");
    ErrorAnswers.assertError(
        fixture.server.get(
            DRIFT + range("2026-10-01T00:00:00Z", "2026-11-24T00:00:00Z") + "&granularity=hour"),
        400,
        "granularity");
    assertEquals(200, fixture.server.get(DRIFT + day + "&granularity=week").status());
  }
}
