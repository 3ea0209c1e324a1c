package dev.vigil.core.window;

import static dev.vigil.core.window.WindowFixtures.CHURN;
import static dev.vigil.core.window.WindowFixtures.T0;
import static dev.vigil.core.window.WindowFixtures.features;
import static dev.vigil.core.window.WindowFixtures.pair;
import static dev.vigil.core.window.WindowFixtures.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recording rules of docs/WINDOWS.md, one by one. */
class RecordingRulesTest {

  private final WindowAggregator aggregator = WindowFixtures.aggregator(CHURN);

  private static WindowKey key(Segment segment, Instant start) {
    return new WindowKey("churn", "v1", segment, start);
  }

  private Map<WindowKey, WindowSummary> recordOne(Map<String, Object> features) {
    aggregator.prediction(prediction("p1", T0.plusSeconds(5), 0.7, features));
    return aggregator.drain();
  }

  private static NumericSummary numeric(WindowSummary s, String name) {
    return ((FeatureSummary.Numeric) s.features().get(name)).values();
  }

  private static CategoricalSummary categorical(WindowSummary s, String name) {
    return ((FeatureSummary.Categorical) s.features().get(name)).values();
  }

  @Test
  void aPredictionGoesToAllAndToItsSegment() {
    Map<WindowKey, WindowSummary> windows = recordOne(features("Age", 40.0, "Geography", "France"));
    assertEquals(
        java.util.Set.of(key(Segment.ALL, T0), key(new Segment("Geography", "France"), T0)),
        windows.keySet());
    windows.values().forEach(s -> assertEquals(1, s.predictions()));
  }

  @Test
  void theWindowIsTheBaseWindowOfThePredictionTime() {
    aggregator.prediction(prediction("a", T0.minusNanos(1000), 0.1, features()));
    aggregator.prediction(prediction("b", T0.plusSeconds(3599), 0.2, features()));
    aggregator.prediction(prediction("c", T0.plusSeconds(3600), 0.3, features()));
    Map<WindowKey, WindowSummary> windows = aggregator.drain();
    assertEquals(1, windows.get(key(Segment.ALL, T0.minusSeconds(3600))).predictions());
    assertEquals(1, windows.get(key(Segment.ALL, T0)).predictions());
    assertEquals(1, windows.get(key(Segment.ALL, T0.plusSeconds(3600))).predictions());
  }

  @ParameterizedTest
  @CsvSource({"true,true", "false,false"})
  void aBooleanSegmentValueIsItsText(boolean value, String text) {
    MonitoredModel model = WindowFixtures.model("churn", List.of("IsActiveMember"));
    WindowAggregator byActivity = WindowFixtures.aggregator(model);
    byActivity.prediction(prediction("p", T0, 0.5, features("IsActiveMember", value)));
    assertTrue(byActivity.drain().containsKey(key(new Segment("IsActiveMember", text), T0)));
  }

  @Test
  void segmentValuesOfEachType() {
    assertSegmentValue(features("Geography", 1.0), "1");
    assertSegmentValue(features("Geography", 2.5), "2.5");
    assertSegmentValue(features("Geography", null), "(missing)");
    assertSegmentValue(features(), "(missing)");
    assertSegmentValue(features("Geography", " "), "(missing)");
    assertSegmentValue(features("Geography", "x".repeat(250)), "x".repeat(200));
  }

  @Test
  void aLongSegmentValueIsNotCutInsideASurrogatePair() {
    String value = "x".repeat(199) + "\uD83D\uDE00" + "tail";
    assertSegmentValue(features("Geography", value), "x".repeat(199));
  }

  private void assertSegmentValue(Map<String, Object> features, String value) {
    Map<WindowKey, WindowSummary> windows = recordOne(features);
    assertTrue(
        windows.containsKey(key(new Segment("Geography", value), T0)),
        "expected " + value + " in " + windows.keySet());
    assertEquals(2, windows.size());
  }

  @Test
  void numericColumnsTakeDoublesOnly() {
    WindowSummary s = recordOne(features("Age", 40.0)).get(key(Segment.ALL, T0));
    assertEquals(1, numeric(s, "Age").count());
    assertEquals(40.0, numeric(s, "Age").min());
    for (Object wrong : new Object[] {"40", true}) {
      WindowSummary bad = recordOne(features("Age", wrong)).get(key(Segment.ALL, T0));
      assertEquals(1, bad.features().get("Age").typeErrors(), "type error for " + wrong);
      assertEquals(0, numeric(bad, "Age").count());
      assertEquals(0, numeric(bad, "Age").missing());
    }
  }

  @Test
  void nullAbsentAndBlankAreMissing() {
    for (Map<String, Object> f :
        List.of(
            features("Age", null, "Geography", null, "IsActiveMember", null),
            features(),
            features("Age", "", "Geography", "  ", "IsActiveMember", ""))) {
      WindowSummary s = recordOne(f).get(key(Segment.ALL, T0));
      for (String name : List.of("Age", "Geography", "IsActiveMember")) {
        assertEquals(1, s.features().get(name).missing(), name + " in " + f);
        assertEquals(0, s.features().get(name).typeErrors(), name + " in " + f);
      }
    }
  }

  @Test
  void categoricalColumnsTakeTextBooleansAndNumbers() {
    aggregator.prediction(prediction("a", T0, 0.1, features("Geography", "France")));
    aggregator.prediction(prediction("b", T0, 0.1, features("Geography", true)));
    aggregator.prediction(prediction("c", T0, 0.1, features("Geography", 1.0)));
    aggregator.prediction(prediction("d", T0, 0.1, features("Geography", "1")));
    aggregator.prediction(prediction("e", T0, 0.1, features("Geography", 2.5)));
    aggregator.prediction(prediction("f", T0, 0.1, features("Geography", -0.0)));
    WindowSummary s = aggregator.drain().get(key(Segment.ALL, T0));
    assertEquals(
        Map.of("France", 1L, "true", 1L, "1", 2L, "2.5", 1L, "0", 1L),
        categorical(s, "Geography").counts());
    assertEquals(0, s.features().get("Geography").typeErrors());
  }

  @Test
  void booleanColumnsAreCategorical() {
    aggregator.prediction(prediction("a", T0, 0.1, features("IsActiveMember", true)));
    aggregator.prediction(prediction("b", T0, 0.1, features("IsActiveMember", "false")));
    aggregator.prediction(prediction("c", T0, 0.1, features("IsActiveMember", 1.0)));
    WindowSummary s = aggregator.drain().get(key(Segment.ALL, T0));
    assertEquals(
        Map.of("true", 1L, "false", 1L, "1", 1L), categorical(s, "IsActiveMember").counts());
  }

  @Test
  void featuresOutsideTheSchemaAreIgnoredAndEverySchemaColumnIsSummarised() {
    WindowSummary s =
        recordOne(features("Surname", "Smith", "Age", 30.0)).get(key(Segment.ALL, T0));
    assertEquals(
        List.of("Age", "Balance", "Geography", "IsActiveMember"),
        List.copyOf(s.features().keySet()));
  }

  @Test
  void theScoreIsRecordedAtTheDecisionThreshold() {
    MonitoredModel strict =
        new MonitoredModel(
            "churn", CHURN.schema(), CHURN.labels(), 0.8, WindowGranularity.MINUTE, List.of(), T0);
    WindowAggregator at08 = WindowFixtures.aggregator(strict);
    for (double score : new double[] {0.5, 0.79, 0.8, 0.95}) {
      at08.prediction(prediction("p" + score, T0.plusSeconds(61), score, features()));
    }
    WindowSummary s = at08.drain().get(key(Segment.ALL, T0.plusSeconds(60)));
    assertEquals(0.8, s.scores().threshold());
    assertEquals(2, s.scores().predictedPositive());
    assertEquals(4, s.predictions());
    assertEquals(0.8, s.labelled().threshold());
  }

  @Test
  void aJoinedPairGoesToThePredictionsWindowsWithItsDelay() {
    PredictionRecord p = prediction("p", T0.plusSeconds(10), 0.9, features("Geography", "Spain"));
    aggregator.joined(pair(p, 1, T0.plusSeconds(7200 + 10).plusNanos(500_000_000)));
    aggregator.joined(
        pair(prediction("q", T0.plusSeconds(20), 0.2, features()), 0, T0.plusSeconds(15)));
    Map<WindowKey, WindowSummary> windows = aggregator.drain();
    WindowSummary all = windows.get(key(Segment.ALL, T0));
    assertEquals(2, all.labelledCount());
    assertEquals(0, all.predictions());
    assertEquals(Map.of(), all.features()); // no prediction in this delta
    assertEquals(-5.0, all.labelDelaySeconds().min());
    assertEquals(7200.5, all.labelDelaySeconds().max());
    assertEquals(1, all.labelled().confusion().truePositives());
    assertEquals(1, all.labelled().confusion().trueNegatives());
    WindowSummary spain = windows.get(key(new Segment("Geography", "Spain"), T0));
    assertEquals(1, spain.labelledCount());
    assertEquals(7200.5, spain.labelDelaySeconds().max());
    assertEquals(1, windows.get(key(new Segment("Geography", "(missing)"), T0)).labelledCount());
    assertEquals(3, windows.size());
  }

  @Test
  void recordsOfUnknownModelsAreSkipped() {
    PredictionRecord other =
        new PredictionRecord("other", "p", "v1", T0, features("Age", 1.0), 0.5);
    aggregator.prediction(other);
    aggregator.joined(pair(other, 1, T0));
    assertEquals(Map.of(), aggregator.drain());
  }

  @Test
  void theModelIsLookedUpAtEveryRecord() {
    MonitoredModel[] current = {null};
    WindowAggregator lookingUp = new WindowAggregator(name -> Optional.ofNullable(current[0]));
    lookingUp.prediction(prediction("a", T0, 0.5, features()));
    current[0] = CHURN;
    lookingUp.prediction(prediction("b", T0, 0.5, features()));
    assertEquals(1, lookingUp.drain().get(key(Segment.ALL, T0)).predictions());
  }

  @Test
  void aSegmentColumnThatCannotNameASegmentIsLeftOut() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("a=b", ColumnKind.CATEGORICAL),
                new ColumnSchema("Geography", ColumnKind.CATEGORICAL)));
    MonitoredModel odd =
        new MonitoredModel(
            "churn",
            schema,
            CHURN.labels(),
            0.5,
            WindowGranularity.HOUR,
            List.of("a=b", "Geography"),
            T0);
    WindowAggregator withOdd = WindowFixtures.aggregator(odd);
    withOdd.prediction(prediction("p", T0, 0.5, features("a=b", "x", "Geography", "Spain")));
    assertEquals(
        java.util.Set.of(key(Segment.ALL, T0), key(new Segment("Geography", "Spain"), T0)),
        withOdd.drain().keySet());
  }

  @Test
  void latencyStaysEmpty() {
    assertEquals(
        0, recordOne(features("Age", 1.0)).get(key(Segment.ALL, T0)).latencySeconds().count());
  }

  @Test
  void aCommitRecordsItsPredictionsAndPairs() {
    PredictionRecord p = prediction("p", T0, 0.9, features());
    PredictionRecord earlier = prediction("e", T0.minusSeconds(3600), 0.1, features());
    aggregator.record(
        new dev.vigil.core.event.EventCommit(
            List.of(), List.of(p), List.of(pair(p, 1, T0), pair(earlier, 0, T0)), 9));
    Map<WindowKey, WindowSummary> windows = aggregator.drain();
    assertEquals(1, windows.get(key(Segment.ALL, T0)).predictions());
    assertEquals(1, windows.get(key(Segment.ALL, T0)).labelledCount());
    assertEquals(1, windows.get(key(Segment.ALL, T0.minusSeconds(3600))).labelledCount());
    assertEquals(0, windows.get(key(Segment.ALL, T0.minusSeconds(3600))).predictions());
  }
}
