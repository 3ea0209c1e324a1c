package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataQualityTest {

  private static CategoricalSummary categories(String... values) {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (String v : values) {
      recorder.record(v);
    }
    return recorder.summary();
  }

  @Test
  void outOfRangeCountsValuesBelowTheMinimumAndAboveTheMaximumExactly() {
    NumericSummary reference = NumericSummary.of(30, 41, 60);
    NumericSummary current = NumericSummary.of(20, 30, 45, 60, 61, 70, Double.NaN);
    assertEquals(new ReferenceCount(3, true), DataQuality.outOfRange(current, reference));
    assertEquals(
        new ReferenceCount(0, true), DataQuality.outOfRange(NumericSummary.empty(), reference));
  }

  @Test
  void outOfRangeOfASketchIsAnEstimateWithinItsRankError() {
    double[] many = IntStream.range(0, 10_000).asDoubleStream().toArray();
    NumericSummary current = NumericSummary.of(many);
    assertFalse(current.isExact());
    ReferenceCount count = DataQuality.outOfRange(current, NumericSummary.of(1000, 8999));
    assertFalse(count.exact());
    // 1,000 values below 1000 and 1,000 above 8999; the KLL sketch's rank error is about 1.33 %.
    assertEquals(2000, count.count(), 2 * 0.0133 * 10_000);
  }

  @Test
  void unseenCategoriesCountValuesOfCategoriesTheReferenceNeverSaw() {
    CategoricalSummary reference = categories("France", "Spain", "Spain");
    CategoricalSummary current =
        categories("France", "Germany", "Germany", "Italy", "France", "Spain", null);
    assertEquals(new ReferenceCount(3, true), DataQuality.unseenCategories(current, reference));
  }

  @Test
  void featuresFollowTheSchemaAndNeedAReferenceForDerivedCounts() {
    var model = InMemory.churn(WindowGranularity.HOUR);
    Map<String, FeatureSummary> current =
        Map.of(
            "Age", new FeatureSummary.Numeric(NumericSummary.of(18, 35, Double.NaN), 2),
            "Geography", new FeatureSummary.Categorical(categories("France", "Mars"), 0));
    List<FeatureQuality> none = DataQuality.of(model.schema(), current, Optional.empty());
    assertEquals(
        List.of("Age", "Geography", "IsActive"),
        none.stream().map(FeatureQuality::feature).toList());
    FeatureQuality age = none.get(0);
    assertEquals(2, age.values());
    assertEquals(1, age.missing());
    assertEquals(2, age.typeErrors());
    assertTrue(age.outOfRange().isEmpty());
    assertEquals(0, none.get(2).values()); // absent from the windows: zeros

    ReferenceSummary reference =
        new ReferenceSummary(
            Instant.EPOCH,
            3,
            Map.of(
                "Age", new FeatureSummary.Numeric(NumericSummary.of(20, 60), 0),
                "Geography", new FeatureSummary.Categorical(categories("France"), 0),
                "IsActive", FeatureSummary.Categorical.empty()),
            PredictionSummary.empty(0.5),
            CategoricalSummary.empty());
    List<FeatureQuality> vs = DataQuality.of(model.schema(), current, Optional.of(reference));
    assertEquals(Optional.of(new ReferenceCount(1, true)), vs.get(0).outOfRange());
    assertTrue(vs.get(0).unseenCategories().isEmpty());
    assertEquals(Optional.of(new ReferenceCount(1, true)), vs.get(1).unseenCategories());
    // The reference has no value of IsActive: nothing to compare with.
    assertTrue(vs.get(2).unseenCategories().isEmpty());
  }
}
