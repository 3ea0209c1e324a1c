package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.NewRun;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.RunStatus;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcTrackingStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil runs cleanup} and {@code vigil runs list} on a real data directory. */
class RunsCommandTest {

  @TempDir Path dataDir;

  /** Work on the data directory's database, closed afterwards as the command needs it alone. */
  private <T> T withTracking(Function<Tracking, T> work) {
    try (Database db = Database.openDataDir(dataDir)) {
      return work.apply(new Tracking(new JdbcTrackingStore(db), Clock.systemUTC()));
    }
  }

  private static Run startedAgo(Tracking tracking, String experimentId, String name, Duration ago) {
    return tracking.createRun(
        new NewRun(
            experimentId,
            Optional.of(name),
            Optional.of("alice"),
            Optional.of(Instant.now().minus(ago)),
            Map.of()));
  }

  @Test
  void cleanupEndsTheStuckRunsOfAnExperimentAndListsThem() {
    String[] ids =
        withTracking(
            t -> {
              Experiment churn = t.createExperiment("churn", Optional.empty(), Map.of());
              Experiment other = t.createExperiment("other", Optional.empty(), Map.of());
              return new String[] {
                startedAgo(t, churn.id(), "stuck-training", Duration.ofHours(5)).id(),
                startedAgo(t, churn.id(), "fresh", Duration.ofMinutes(10)).id(),
                startedAgo(t, other.id(), "elsewhere", Duration.ofHours(5)).id()
              };
            });

    CommandRun run =
        CommandRun.of(
            "runs",
            "cleanup",
            "--experiment",
            "churn",
            "--older-than",
            "2h",
            "--data-dir",
            dataDir.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Ended 1 run(s)"), run.out());
    assertTrue(run.out().contains(ids[0]), run.out());
    assertTrue(run.out().contains("stuck-training"), run.out());
    assertTrue(run.out().contains("churn"), run.out());
    assertFalse(run.out().contains(ids[1]), run.out());
    assertFalse(run.out().contains(ids[2]), run.out());
    Run killed = withTracking(t -> t.run(ids[0]));
    assertEquals(RunStatus.KILLED, killed.status());
    assertTrue(killed.endTime().isPresent());
    assertEquals("running longer than 2h", killed.tags().get(Tracking.CLEANUP_REASON_TAG));
    assertEquals(RunStatus.RUNNING, withTracking(t -> t.run(ids[1])).status());
    assertEquals(RunStatus.RUNNING, withTracking(t -> t.run(ids[2])).status());

    CommandRun all = CommandRun.of("runs", "cleanup", "--all", "--data-dir", dataDir.toString());
    assertEquals(0, all.exitCode(), all.err());
    assertTrue(all.out().contains(ids[2]), all.out());
    assertEquals(RunStatus.KILLED, withTracking(t -> t.run(ids[2])).status());

    CommandRun again = CommandRun.of("runs", "cleanup", "--all", "--data-dir", dataDir.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("No run was running longer than 2h"), again.out());
  }

  @Test
  void listShowsTheRunsOfAnExperiment() {
    String id =
        withTracking(
            t -> {
              Experiment churn = t.createExperiment("churn", Optional.empty(), Map.of());
              startedAgo(t, Experiment.DEFAULT_ID, "not-this-one", Duration.ofMinutes(1));
              return startedAgo(t, churn.id(), "baseline", Duration.ofMinutes(3)).id();
            });
    CommandRun run =
        CommandRun.of("runs", "list", "--experiment", "churn", "--data-dir", dataDir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(id), run.out());
    assertTrue(run.out().contains("baseline"), run.out());
    assertFalse(run.out().contains("not-this-one"), run.out());
  }

  @Test
  void aBadDurationOrAnUnknownExperimentIsAUsageError() {
    CommandRun bad =
        CommandRun.of(
            "runs",
            "cleanup",
            "--all",
            "--older-than",
            "two hours",
            "--data-dir",
            dataDir.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--older-than"), bad.err());

    CommandRun unknown =
        CommandRun.of("runs", "cleanup", "--experiment", "nope", "--data-dir", dataDir.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("nope"), unknown.err());

    CommandRun neither = CommandRun.of("runs", "cleanup", "--data-dir", dataDir.toString());
    assertEquals(2, neither.exitCode());
    CommandRun both =
        CommandRun.of(
            "runs", "cleanup", "--all", "--experiment", "x", "--data-dir", dataDir.toString());
    assertEquals(2, both.exitCode());
  }
}
