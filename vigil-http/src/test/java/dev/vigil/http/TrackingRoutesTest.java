package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Run;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vigil's own tracking views: {@code /api/v1/experiments}, {@code /api/v1/runs[/{id}]}. */
class TrackingRoutesTest {

  @TempDir Path dataDir;

  @Test
  void listsExperimentsAndRunsAndShowsARun() {
    try (TrackingFixture fixture = new TrackingFixture(Backend.SQLITE, dataDir)) {
      Experiment churn = fixture.tracking.createExperiment("churn", Optional.empty(), Map.of());
      Run run = fixture.tracking.createRun(NewRun.in(churn.id()));
      fixture.tracking.createRun(NewRun.in(Experiment.DEFAULT_ID));
      fixture.tracking.logParam(run.id(), "depth", "6");
      fixture.tracking.logMetric(run.id(), new MetricPoint("auc", 0.8, 1000, 3));

      JsonNode experiments = fixture.get("/api/v1/experiments").json();
      assertEquals("Default", experiments.at("/experiments/0/name").asText());
      assertEquals("churn", experiments.at("/experiments/1/name").asText());

      Answer runs = fixture.get("/api/v1/runs?experiment=churn");
      assertEquals(200, runs.status(), runs.body());
      assertEquals(1, runs.json().get("runs").size());
      assertEquals(run.id(), runs.json().at("/runs/0/id").asText());
      assertEquals("RUNNING", runs.json().at("/runs/0/status").asText());
      assertEquals(2, fixture.get("/api/v1/runs").json().get("runs").size());

      JsonNode shown = fixture.get("/api/v1/runs/" + run.id()).json();
      assertEquals("6", shown.at("/params/depth").asText());
      assertEquals(0.8, shown.at("/metrics/auc/value").asDouble());
      assertEquals(3, shown.at("/metrics/auc/step").asLong());
      assertTrue(shown.get("ended_at").isNull());
    }
  }

  @Test
  void anUnknownRunOrExperimentIsNotFound() {
    try (TrackingFixture fixture = new TrackingFixture(Backend.SQLITE, dataDir)) {
      Answer run = fixture.get("/api/v1/runs/" + "a".repeat(32));
      assertEquals(404, run.status());
      assertEquals("id", run.json().get("field").asText());
      Answer experiment = fixture.get("/api/v1/runs?experiment=nope");
      assertEquals(404, experiment.status());
      assertEquals("experiment", experiment.json().get("field").asText());
    }
  }
}
