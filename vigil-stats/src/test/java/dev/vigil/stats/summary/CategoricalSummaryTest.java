package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoricalSummaryTest {

  @Test
  void booleansAreTheCategoriesTrueAndFalse() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    recorder.recordBoolean(true);
    recorder.recordBoolean(false);
    recorder.recordBoolean(true);
    recorder.record(null);
    recorder.record("  ");
    recorder.recordMissing();
    CategoricalSummary summary = recorder.summary();
    assertEquals(Map.of("false", 1L, "true", 2L), summary.counts());
    assertEquals(3, summary.missing());
    assertEquals(3, summary.count());
    assertTrue(summary.isExact());
  }

  @Test
  void countsStayExactUpToTheCategoryLimit() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = 0; i < CategoricalSummary.EXACT_CATEGORY_LIMIT; i++) {
      recorder.record("c" + i);
    }
    assertTrue(recorder.summary().isExact());
    assertEquals(1024, recorder.summary().counts().size());
    recorder.record("one too many");
    CategoricalSummary sketched = recorder.summary();
    assertFalse(sketched.isExact());
    assertEquals(1025, sketched.count());
    assertTrue(sketched.sketchBytes().isPresent());
  }

  @Test
  void heavyHittersSurviveTheSketch() {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = 0; i < 20_000; i++) {
      recorder.record(i % 2 == 0 ? "hot" : "cold" + i);
    }
    CategoricalSummary summary = recorder.summary();
    long hot = summary.counts().get("hot");
    assertTrue(hot <= 10_000 && 10_000 - hot <= summary.countError());
    assertEquals(20_000, summary.count());
    assertTrue(summary.otherCount() > 0);
  }

  @Test
  void exactRejectsBadCounts() {
    assertThrows(
        IllegalArgumentException.class, () -> CategoricalSummary.exact(0, Map.of("a", 0L)));
    assertThrows(
        IllegalArgumentException.class, () -> CategoricalSummary.exact(0, Map.of(" ", 1L)));
    assertThrows(IllegalArgumentException.class, () -> CategoricalSummary.exact(-1, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CategoricalSummary.fromSketchBytes(0, new byte[] {4, 1, 10}));
  }
}
