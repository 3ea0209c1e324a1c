package dev.vigil.core.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunFilterTest {

  private static Run run(String id, RunStatus status, double auc, String algo, String tag) {
    return new Run(
        id.repeat(32),
        "0",
        "run " + id,
        "alice",
        status,
        Instant.ofEpochMilli(1000L * id.charAt(0)),
        Optional.empty(),
        LifecycleStage.ACTIVE,
        "",
        Map.of("algo", algo),
        Map.of("team", tag),
        List.of(new MetricPoint("auc", auc, 1, 0)));
  }

  private final Run a = run("a", RunStatus.FINISHED, 0.9, "xgboost", "risk");
  private final Run b = run("b", RunStatus.RUNNING, 0.7, "logistic", "it's");

  @Test
  void comparisonsJoinedByAndMustAllHold() {
    RunFilter f = RunFilter.parse("metrics.auc > 0.8 AND params.algo = 'xgboost'");
    assertTrue(f.test(a));
    assertFalse(f.test(b));
    assertTrue(RunFilter.parse("attributes.status = 'RUNNING'").test(b));
    assertTrue(RunFilter.parse("status != 'RUNNING'").test(a));
    assertTrue(RunFilter.parse("tags.team = 'it''s'").test(b));
    assertTrue(RunFilter.parse("params.algo LIKE 'xg%'").test(a));
    assertTrue(RunFilter.parse("params.algo ILIKE 'XG%'").test(a));
    assertTrue(RunFilter.parse("metrics.`auc` <= 0.7").test(b));
    assertTrue(
        RunFilter.parse("params.algo = 'a and b' and metrics.auc >= 0")
            .test(run("c", RunStatus.RUNNING, 1, "a and b", "x")));
    assertTrue(RunFilter.parse("").test(a));
    assertFalse(RunFilter.parse("metrics.missing > 0").test(a));
  }

  @Test
  void whatIsNotUnderstoodIsRefusedNamingTheFilter() {
    for (String bad :
        List.of(
            "auc >>> 1", "metrics.auc > 'x'", "params.algo > 'x'", "attributes.color = 'red'")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RunFilter.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("filter: "), e.getMessage());
    }
  }

  @Test
  void orderPutsRunsWithoutTheValueLastAndFallsBackToTheLatestStart() {
    Run none =
        new Run(
            "c".repeat(32),
            "0",
            "c",
            "",
            RunStatus.RUNNING,
            Instant.ofEpochMilli(5),
            Optional.empty(),
            LifecycleStage.ACTIVE,
            "",
            Map.of(),
            Map.of(),
            List.of());
    List<Run> runs = List.of(a, none, b);
    assertEquals(
        List.of(a, b, none),
        runs.stream().sorted(RunOrder.parse(List.of("metrics.auc DESC"))).toList());
    assertEquals(
        List.of(b, a, none), runs.stream().sorted(RunOrder.parse(List.of("metrics.auc"))).toList());
    assertEquals(List.of(b, a, none), runs.stream().sorted(RunOrder.parse(List.of())).toList());
    assertThrows(IllegalArgumentException.class, () -> RunOrder.parse(List.of("colour DESC")));
  }

  @Test
  void pagesFollowTheirTokens() {
    List<Integer> all = List.of(1, 2, 3, 4, 5);
    Page<Integer> first = Page.of(all, null, 2);
    assertEquals(List.of(1, 2), first.items());
    Page<Integer> second = Page.of(all, first.nextPageToken().orElseThrow(), 2);
    assertEquals(List.of(3, 4), second.items());
    Page<Integer> last = Page.of(all, second.nextPageToken().orElseThrow(), 2);
    assertEquals(List.of(5), last.items());
    assertEquals(Optional.empty(), last.nextPageToken());
    assertThrows(IllegalArgumentException.class, () -> Page.of(all, "garbage!", 2));
  }

  @Test
  void terminalStatesAreTheEndingOnes() {
    assertFalse(RunStatus.RUNNING.isTerminal());
    assertFalse(RunStatus.SCHEDULED.isTerminal());
    assertTrue(RunStatus.FINISHED.isTerminal());
    assertTrue(RunStatus.FAILED.isTerminal());
    assertTrue(RunStatus.KILLED.isTerminal());
  }
}
