package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of the monitoring routes: status, and the parameter named. */
class MonitoringErrorsTest {

  private static final List<String> ROUTES = List.of("windows", "drift", "performance");

  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    fixture = new QueryFixture(Backend.SQLITE, dataDir);
    fixture.reference();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Answer get(String route, String query) {
    return fixture.server.get("/api/v1/models/churn/" + route + "?" + query);
  }

  @Test
  void badRangesNameFromOrTo() {
    for (String route : ROUTES) {
      assertError(get(route, "from=yesterday"), 400, "from");
      assertError(get(route, "to=2026-11-23"), 400, "to");
      assertError(get(route, "from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z"), 400, "to");
      assertError(get(route, "from=2025-01-01T00:00:00Z&to=2026-11-23T00:00:00Z"), 400, "from");
    }
  }

  @Test
  void badGranularitiesNameGranularity() {
    assertError(get("windows", "granularity=month"), 400, "granularity");
    assertError(get("windows", "granularity=minute"), 400, "granularity"); // finer than hour
    assertError(get("performance", "granularity=fortnight"), 400, "granularity");
    assertError(get("drift", "granularity=minute"), 400, "granularity"); // finer than hour
  }

  @Test
  void badSegmentsNameSegment() {
    for (String route : ROUTES) {
      assertError(get(route, "segment=Geography"), 400, "segment");
      assertError(get(route, "segment=Age%3D40"), 400, "segment"); // not a segment column
    }
  }

  @Test
  void unknownOrRepeatedParametersAreRefused() {
    assertError(get("windows", "granularty=day"), 400, "granularty");
    assertError(get("windows", "version=1&version=2"), 400, "version");
  }

  @Test
  void unknownModelsAre404() {
    for (String route : List.of("windows", "drift", "performance", "reference")) {
      assertError(fixture.server.get("/api/v1/models/nope/" + route), 404, "name");
    }
  }
}
