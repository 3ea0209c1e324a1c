package dev.vigil.core.window;

import static dev.vigil.core.window.WindowFixtures.CHURN;
import static dev.vigil.core.window.WindowFixtures.T0;
import static dev.vigil.core.window.WindowFixtures.features;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference rows: the window's feature rules, the score column and the target's label values. */
class ReferenceBuilderTest {

  private final ReferenceBuilder builder =
      new ReferenceBuilder(CHURN, Optional.of("score"), Optional.of("Exited"), T0);

  private static Map<String, Object> row(Object score, Object target) {
    return features("Age", 30.0, "Geography", "France", "score", score, "Exited", target);
  }

  private static long ageCount(ReferenceSummary reference) {
    return ((FeatureSummary.Numeric) reference.features().get("Age")).values().count();
  }

  @Test
  void featuresFollowTheWindowRules() {
    List<Map<String, Object>> rows =
        List.of(
            features("Age", 30.0, "Balance", "12.5", "Geography", 1.0, "IsActiveMember", true),
            features("Age", null, "Balance", false, "Geography", "France", "Surname", "Smith"),
            features("Age", 41.0, "Balance", 100.0, "IsActiveMember", "false"));
    ReferenceBuilder plain = new ReferenceBuilder(CHURN, Optional.empty(), Optional.empty(), T0);
    WindowAggregator aggregator = WindowFixtures.aggregator(CHURN);
    for (int i = 0; i < rows.size(); i++) {
      plain.add(rows.get(i), i);
      aggregator.prediction(WindowFixtures.prediction("p" + i, T0, 0.5, rows.get(i)));
    }
    ReferenceSummary reference = plain.build();
    WindowSummary window = aggregator.drain().get(new WindowKey("churn", "v1", Segment.ALL, T0));
    SummaryAssertions.assertSameFeatures(window.features(), reference.features(), "reference");
    assertEquals(2, reference.features().get("Balance").typeErrors());
    assertEquals(3, reference.rows());
    assertEquals(0, reference.scores().count());
    assertEquals(0, reference.target().count() + reference.target().missing());
  }

  @Test
  void scoresAndTargetsAreRecorded() {
    builder.add(row(0.9, "Yes"), 0);
    builder.add(row(0.2, 0.0), 1); // a CSV cell 0 arrives as a Double
    builder.add(row(0.5, true), 2);
    builder.add(row(0.1, 1.0), 3);
    builder.add(row(0.3, null), 4);
    builder.add(row(0.3, " "), 5);
    ReferenceSummary reference = builder.build();
    assertEquals(6, reference.rows());
    assertEquals(6, reference.scores().count());
    assertEquals(2, reference.scores().predictedPositive());
    assertEquals(Map.of("1", 3L, "0", 1L), reference.target().counts());
    assertEquals(2, reference.target().missing());
    assertEquals(T0, reference.uploadedAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "null", "negative", "above one", "boolean", "nan"})
  void aBadScoreRefusesTheRow(String kind) {
    Object score =
        switch (kind) {
          case "text" -> "0.5";
          case "null" -> null;
          case "negative" -> -0.1;
          case "above one" -> 1.5;
          case "boolean" -> true;
          default -> Double.NaN;
        };
    builder.add(row(0.5, "No"), 0);
    var e = assertThrows(IllegalArgumentException.class, () -> builder.add(row(score, "No"), 7));
    assertEquals(
        "row 7: column 'score': the score must be a number in [0, 1], was "
            + (score instanceof String ? "'0.5'" : String.valueOf(score)),
        e.getMessage());
    ReferenceSummary reference = builder.build();
    assertEquals(1, reference.rows());
    assertEquals(1, ageCount(reference));
    assertEquals(1, reference.target().count());
  }

  @Test
  void anUnknownTargetRefusesTheRow() {
    var e = assertThrows(IllegalArgumentException.class, () -> builder.add(row(0.5, 2.0), 12));
    assertEquals(
        "row 12: column 'Exited': '2' is not a label value of the model;"
            + " accepted: 1, Yes, true, 0, No, false",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.add(row(0.5, "yes"), 13));
    ReferenceSummary reference = builder.build();
    assertEquals(0, reference.rows());
    assertEquals(0, reference.scores().count());
    assertEquals(0, ageCount(reference));
  }

  @Test
  void theScoreUsesTheDecisionThreshold() {
    for (double score : new double[] {0.49, 0.5, 1.0, 0.0}) {
      builder.add(row(score, "No"), 0);
    }
    ReferenceSummary reference = builder.build();
    assertEquals(0.5, reference.scores().threshold());
    assertEquals(2, reference.scores().predictedPositive());
  }

  @Test
  void buildCanBeCalledAgainAfterMoreRows() {
    builder.add(row(0.5, "No"), 0);
    assertEquals(1, builder.build().rows());
    builder.add(row(0.5, "No"), 1);
    assertEquals(2, builder.build().rows());
  }
}
