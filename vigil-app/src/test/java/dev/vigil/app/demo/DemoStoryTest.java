package dev.vigil.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.synth.DriftShift;
import dev.vigil.app.traffic.ReplayCounts;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DemoStoryTest {

  private final DemoStory story = DemoStory.DEFAULT;

  @Test
  void theStoryGoesStableThenCovariateThenConceptDrift() {
    assertEquals("stable", story.phaseAt(Duration.ZERO).name());
    assertEquals(DriftShift.NONE, story.phaseAt(Duration.ofHours(47)).shift());
    assertEquals("covariate drift", story.phaseAt(Duration.ofDays(2)).name());
    assertEquals(0, story.phaseAt(Duration.ofDays(3)).shift().concept());
    assertTrue(story.phaseAt(Duration.ofDays(3)).shift().covariate() > 0);
    assertEquals("concept drift", story.phaseAt(Duration.ofDays(4)).name());
    assertEquals(1, story.phaseAt(Duration.ofDays(40)).shift().concept());
    assertEquals(Duration.ofDays(6), story.length());
  }

  @Test
  void phasesMustStartAtZeroAndFollowEachOther() {
    DemoStory.Phase late = new DemoStory.Phase("late", Duration.ofDays(1), DriftShift.NONE, "");
    assertThrows(IllegalArgumentException.class, () -> new DemoStory(List.of(late)));
    DemoStory.Phase first = new DemoStory.Phase("first", Duration.ZERO, DriftShift.NONE, "");
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new DemoStory(List.of(first, late, late)));
    assertTrue(e.getMessage().startsWith("phases"), e.getMessage());
  }

  @Test
  void theOutlineNamesEveryPhaseWithItsDays() {
    assertEquals(
        "stable (days 0-2), covariate drift (days 2-4), concept drift (from day 4)",
        DemoPrinting.storyOutline(story));
  }

  @Test
  void theStatusLineSaysNaForWhatTheServerCannotTellYet() {
    String line =
        StatusLine.format(
            "stable",
            new ReplayCounts(12, 0, 3, 9, Duration.ofHours(36)),
            new Readings(
                OptionalDouble.of(0.2),
                List.of("Age", "Balance", "Tenure"),
                OptionalDouble.of(0.8123),
                OptionalDouble.empty(),
                List.of("demo-drift-share")));
    assertEquals(
        "day 1.5 stable | 12 requests | 3 labels | drift 20% (Age, Balance +1) | accuracy 0.81,"
            + " est. n/a | firing: demo-drift-share",
        line);
  }
}
